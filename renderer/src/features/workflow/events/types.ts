/** What every event form takes and gives back; the forms only gather the payload. */
import type { Catalogue } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import type { CaseEvent, EventType } from '@shared/lifecycle';
import { SERVICE_FLOWS } from '@shared/lifecycle';
import type { CaseRow } from '../../../store';

export interface EventSubmission {
  event: CaseEvent;
  /** Facts kept in the audit beside the event (survey act date, protocol). */
  extra?: Record<string, unknown>;
}

export interface EventFormProps {
  type: EventType;
  row: CaseRow;
  catalogue: Catalogue;
  lang: Lang;
  busy: boolean;
  onSubmit: (s: EventSubmission) => void;
}

/** The same-visit result is a referral to an employer: the form records the organisation (3.3 §11). */
export const recordsReferral = (row: Pick<CaseRow, 'serviceId'>) =>
  SERVICE_FLOWS[row.serviceId].approvedDocument === 'referral';
