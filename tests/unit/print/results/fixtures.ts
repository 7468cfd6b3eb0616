/** Shared data for the result-document tests (synthetic people, not real persons). */
import { defaultCatalogue } from '@shared/catalogue';
import type { ServiceId } from '@shared/catalogue/ids';
import type { ResultBase } from '@shared/print/documents/results';
import * as s from '../samples';

export const catalogue = defaultCatalogue();
export const service = (id: ServiceId) => catalogue.services[id];

export const head = {
  position: { ru: 'Руководитель районного отдела', kk: 'Аудандық бөлімнің басшысы' },
  name: { surname: 'Сейтқали', givenName: 'Бауыржан' },
};

export const base: ResultBase = {
  office: s.districtOffice,
  outgoingNumber: '05-12/418',
  date: '2026-03-25',
  caseNumber: s.caseNumber,
  signer: head,
};

export const recipient = { name: s.applicant, address: 'г. Алматы, мкр. 8, д. 10, кв. 3' };

/** Whitespace-free text, for phrases pdftotext may break across lines differently per language. */
export const squash = (text: string): string => text.replace(/\s+/g, '');
