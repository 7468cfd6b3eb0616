import { DEFAULT_COMPLAINT_TERM, makeComplaintNumber, type Complaint } from '@shared/complaints';
import { almatyInstant } from '@shared/time/almaty';

/** A registered complaint (registered Monday 2 March 2026) for the domain tests. */
export function complaint(over: Partial<Complaint> = {}): Complaint {
  return {
    id: makeComplaintNumber({ officeCode: '22', deskCode: '00', year: 2026, sequence: 1 }),
    officeCode: '22',
    registeredAt: almatyInstant('2026-03-02', 10, 0),
    registeredOn: '2026-03-02',
    channel: 'hand',
    kind: 'service',
    complainant: {
      iin: '950615300000',
      noIin: false,
      surname: 'Қасымов',
      name: 'Әли',
      patronymic: '',
      address: 'ул. Шевченко, 1',
      phone: '',
    },
    caseId: '',
    employee: '',
    summary: 'Грубость',
    attachmentSheets: 0,
    acceptedBy: { userId: 'u1', fullName: 'Ахметова Дана' },
    term: DEFAULT_COMPLAINT_TERM,
    dueDate: '2026-03-27',
    status: 'registered',
    ...over,
  };
}
