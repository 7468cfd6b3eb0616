/** Wheelchair application, Annex 2 to the service 7 regulation (digest 4.1), prefilled. */
import type { LocalDate } from '../../time/almaty';
import type { PrintContext } from '../context';
import { fill } from '../labels';
import { choice, formField } from '../layout/blocks';
import { fullName, type PersonName } from '../person';
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

export interface WheelchairApplicationData extends ApplicationBase {
  /** The disabled person applies, or the representative of a disabled child (H3). */
  applicantKind: 'disabled-person' | 'child-representative';
  disabilityGroup?: DisabilityGroup;
  child?: { name: PersonName; birthDate: LocalDate; birthCertificateNumber?: string };
  pensionCertificateNumber?: string;
  /** Type or specification of the wheelchair (B2); blank for the specialist to fill in. */
  wheelchairDetails?: string;
}

export async function buildWheelchairApplication(
  data: WheelchairApplicationData,
  ctx: PrintContext,
): Promise<Uint8Array> {
  const L = ctx.labels.application;
  const w = await openForm(data, ctx, `${L.title}: ${fullName(data.applicant)}`);
  const forChild = data.applicantKind === 'child-representative';
  rightColumn(w, () => {
    addressee(w, data, ctx);
    const group = data.disabilityGroup ? GROUP_NUMERALS[data.disabilityGroup] : '____';
    choice(
      w,
      '',
      [
        { text: fill(L.fromDisabledGroup, { group }), selected: !forChild },
        { text: L.fromChildRepresentative, selected: forChild },
      ],
      L.underlineHint,
    );
  });
  w.space(4);
  formField(w, L.fullNameAdultOrRepresentative, fullName(data.applicant));
  formField(w, L.childFullName, data.child && fullName(data.child.name));
  idFields(w, data.idDocument, L.idNumberAdultOrRepresentative, ctx);
  formField(w, L.childBirthDate, data.child && shortDate(data.child.birthDate, ctx));
  formField(w, L.birthCertificate, data.child?.birthCertificateNumber);
  formField(w, L.pensionCertificate, data.pensionCertificateNumber);
  // Not on the 2012 form, but §14.1 asks for the IIN (digest 4.1, note under H12).
  formField(w, L.iin, data.iin);
  formField(w, L.address, data.address, { blankLines: 2 });
  formField(w, L.phone, data.phone);
  formTitle(w, ctx);
  requestChoice(
    w,
    L.wheelchairRequest,
    [
      { text: L.wheelchairSelf, selected: !forChild },
      { text: L.wheelchairChild, selected: forChild },
    ],
    L.underlineHint,
  );
  formField(w, `${L.wheelchairDetails}:`, data.wheelchairDetails);
  closing(w, data, ctx, L.signatureConsumer);
  return w.save();
}
