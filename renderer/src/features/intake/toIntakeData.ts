/** The form converted to the case's intake part (`cases/register.ts`). */
import type { FamilyMember, ReceivedDocument } from '@shared/case/intake';
import { anyMark, type ChecklistResult, type ServiceDef, type ServiceId } from '@shared/catalogue';
import type { CityDistrict } from '@shared/directory/types';
import { validateIin } from '@shared/iin';
import type { IntakeData } from '../../cases/register';
import type { FamilyRelation, IntakeForm, Occupation, RepresentativeBasis } from './formTypes';
import { needsFamily } from './services';

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');

export function toIntakeData(
  form: IntakeForm,
  list: ChecklistResult,
  service: Pick<ServiceDef, 'family'> | ServiceId = form.serviceId,
): IntakeData {
  const a = form.applicant;
  const iin = a.noIin ? '' : a.iin.trim();
  const fromIin = iin ? validateIin(iin).birthDate : null;
  const listed = [...list.required, ...list.optional];
  const documents: ReceivedDocument[] = listed
    .filter((d) => anyMark(form.documents[d.id]))
    .map((d) => ({
      itemId: d.id,
      originalShown: form.documents[d.id]!.original,
      copyReceived: form.documents[d.id]!.copy,
      ...(form.documents[d.id]!.notarisedCopy ? { notarisedCopy: true } : {}),
    }));
  const family: FamilyMember[] = needsFamily(service)
    ? form.family.map((m) => ({
        surname: clean(m.surname),
        name: clean(m.name),
        patronymic: clean(m.patronymic),
        iin: m.iin.trim(),
        birthDate: (m.iin.trim() ? validateIin(m.iin.trim()).birthDate : null) ?? (m.birthDate || null),
        relation: m.relation as FamilyRelation,
        occupation: m.occupation as Occupation,
        exemption: clean(m.exemption),
      }))
    : [];
  const r = form.representative;
  return {
    serviceId: form.serviceId,
    subType: list.subType,
    applicant: {
      surname: clean(a.surname),
      name: clean(a.name),
      patronymic: clean(a.patronymic),
      iin,
      birthDate: fromIin ?? (a.birthDate || null),
      status: a.status,
      identity: {
        docType: a.docType,
        number: clean(a.docNumber),
        issuedBy: clean(a.docIssuedBy),
        issuedOn: a.docIssuedOn || null,
      },
      registeredAddress: { district: a.regDistrict as CityDistrict, street: clean(a.regStreet) },
      actualAddress: a.sameAddress
        ? null
        : { district: a.actDistrict as CityDistrict, street: clean(a.actStreet) },
      phones: [a.phone, a.phone2].map(clean).filter(Boolean),
    },
    representative: form.hasRepresentative
      ? {
          surname: clean(r.surname),
          name: clean(r.name),
          patronymic: clean(r.patronymic),
          iin: r.iin.trim(),
          phone: clean(r.phone),
          basis: r.basis as RepresentativeBasis,
          basisDocument: clean(r.basisDocument),
        }
      : null,
    family,
    answers: list.answers,
    documents,
  };
}
