/** Small helpers of the complaints screens. */
import type { ComplaintRow } from '../../complaints/types';

export const complainantName = (c: Pick<ComplaintRow, 'complainant'>): string =>
  [c.complainant.surname, c.complainant.name, c.complainant.patronymic].filter(Boolean).join(' ');
