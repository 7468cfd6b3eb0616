/**
 * Individual-assistant / sign-language-specialist application, Annex 2 to the service 8 regulation
 * (digest 4.2), prefilled.
 */
import type { LocalDate } from '../../time/almaty';
import type { PrintContext } from '../context';
import { fill } from '../labels';
import { formField } from '../layout/blocks';
import { fullName } from '../person';
import { shortDate } from './common';
import {
  addressee,
  closing,
  formTitle,
  GROUP_NUMERALS,
  idFields,
  openForm,
  requestChoice,
  rightColumn,
  type ApplicationBase,
  type DisabilityGroup,
} from './application-form';

export interface AssistantApplicationData extends ApplicationBase {
  disabilityGroup?: DisabilityGroup;
  birthDate?: LocalDate;
  requested: 'individual-assistant' | 'sign-language-specialist';
}

export async function buildAssistantApplication(
  data: AssistantApplicationData,
  ctx: PrintContext,
): Promise<Uint8Array> {
  const L = ctx.labels.application;
  const w = await openForm(data, ctx, `${L.title}: ${fullName(data.applicant)}`);
  rightColumn(w, () => {
    addressee(w, data, ctx);
    const group = data.disabilityGroup ? GROUP_NUMERALS[data.disabilityGroup] : '____';
    w.text(fill(L.fromDisabledGroup, { group }), { after: 3 });
  });
  w.space(4);
  formField(w, L.fullName, fullName(data.applicant));
  formField(w, L.birthDate, data.birthDate && shortDate(data.birthDate, ctx));
  formField(w, L.address, data.address, { blankLines: 2 });
  formField(w, L.phone, data.phone);
  idFields(w, data.idDocument, L.idNumber, ctx);
  formField(w, L.iin, data.iin);
  formTitle(w, ctx);
  requestChoice(
    w,
    L.assistantRequest,
    [
      { text: L.assistantIndividual, selected: data.requested === 'individual-assistant' },
      { text: L.assistantSignLanguage, selected: data.requested === 'sign-language-specialist' },
    ],
    L.underlineHint,
  );
  closing(w, data, ctx, L.signatureApplicant);
  return w.save();
}
