/** The wheelchair or assistant application form (digest 4.1, 4.2) of a case, filled from its intake. */
import type { Intake } from '@shared/case/intake';
import type { ServiceDef } from '@shared/catalogue';
import { DISTRICT_NAMES } from '@shared/directory/districts';
import type { Lang } from '@shared/i18n/lang';
import type { IntakeMark, PersonName } from '@shared/print';
import type { LocalDate } from '@shared/time/almaty';
import { officeOrThrow, personName, same, type PrintT } from './casePrintParts';
import type { PrintKit } from './printKit';

export async function buildApplicationForm(
  { print, ctx }: PrintKit,
  {
    intake,
    service,
    lang,
    t,
    applicant,
    acceptedOn,
    mark,
  }: {
    intake: Intake;
    service: ServiceDef;
    lang: Lang;
    t: PrintT;
    applicant: PersonName;
    acceptedOn: LocalDate;
    /** The intake mark the tear-off slip also carries. */
    mark: IntakeMark;
  },
): Promise<Uint8Array> {
  const district = officeOrThrow(intake.districtOfficeCode).district;
  const addressee = same(
    t('print.addressee', {
      // «Алмалинского» (genitive adjective) / «Алмалы»: the template adds «районного отдела …».
      district: district
        ? lang === 'ru'
          ? DISTRICT_NAMES[district].genitive.ru.replace(/\s+района$/, '')
          : DISTRICT_NAMES[district].adjective.kk
        : '',
    }),
  );
  const a = intake.applicant;
  const address = (a.actualAddress ?? a.registeredAddress).street;
  const base = {
    addressee,
    applicant,
    ...(a.identity.issuedOn
      ? {
          idDocument: {
            number: a.identity.number,
            issuedBy: a.identity.issuedBy,
            issuedOn: a.identity.issuedOn,
          },
        }
      : {}),
    ...(a.iin ? { iin: a.iin } : {}),
    address,
    ...(a.phones[0] ? { phone: a.phones[0] } : {}),
    applicationDate: acceptedOn,
    ...(intake.representative ? { proxy: personName(intake.representative) } : {}),
    intake: mark,
  };
  return service.applicationForm === 'wheelchair'
    ? await print.buildWheelchairApplication({ ...base, applicantKind: 'disabled-person' }, ctx)
    : await print.buildAssistantApplication(
        {
          ...base,
          ...(a.birthDate ? { birthDate: a.birthDate } : {}),
          requested:
            intake.subType === 'sign-language-specialist'
              ? 'sign-language-specialist'
              : 'individual-assistant',
        },
        ctx,
      );
}
