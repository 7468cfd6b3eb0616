/** Step 1 of the application: applicant, representative, family (where the service needs it), sub-type. */
import { Fieldset, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ServiceDef } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import type { LocalDate } from '@shared/time/almaty';
import { ApplicantAddress } from './ApplicantAddress';
import { ApplicantIdentity } from './ApplicantIdentity';
import { FamilySection } from './FamilySection';
import { SelectField, useErrorText } from './fields';
import type { FieldError, IntakeForm, Patch } from './model';
import { RepresentativeSection } from './RepresentativeSection';

export function ApplicantStep({
  form,
  patch,
  service,
  errors,
  showErrors,
  lang,
  today,
  districtOfficeName,
}: {
  form: IntakeForm;
  patch: Patch;
  service: ServiceDef;
  errors: FieldError[];
  showErrors: boolean;
  lang: Lang;
  today: LocalDate;
  districtOfficeName: string | null;
}) {
  const { t } = useTranslation(['intake', 'iin']);
  const err = useErrorText(errors, showErrors);

  return (
    <Stack gap="md">
      {service.subTypes.length > 0 && (
        <SelectField
          path="subType"
          label={t('fields.subType')}
          value={form.subType ?? ''}
          placeholder={t('choose')}
          onChange={(v) => patch((f) => void (f.subType = v || null))}
          options={service.subTypes.map((s) => ({ value: s.id, label: s.name[lang] }))}
          error={err('subType')}
          required
        />
      )}
      <Fieldset legend={t('sections.applicant')}>
        <Stack gap="sm">
          <ApplicantIdentity form={form} patch={patch} service={service} err={err} today={today} />
          <ApplicantAddress
            form={form}
            patch={patch}
            err={err}
            lang={lang}
            districtOfficeName={districtOfficeName}
          />
        </Stack>
      </Fieldset>
      <RepresentativeSection form={form} patch={patch} service={service} err={err} />
      <FamilySection form={form} patch={patch} err={err} />
    </Stack>
  );
}
