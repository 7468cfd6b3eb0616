/** Where the applicant is registered and lives (which decides the district office), and their phones. */
import { Checkbox, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CITY_DISTRICT_LIST } from '@shared/directory/districts';
import type { Lang } from '@shared/i18n/lang';
import { SelectField, TextField, type ErrorText } from './fields';
import type { IntakeForm, Patch } from './model';

interface Props {
  form: IntakeForm;
  patch: Patch;
  err: ErrorText;
  lang: Lang;
  districtOfficeName: string | null;
}

export function ApplicantAddress({ form, patch, err, lang, districtOfficeName }: Props) {
  const { t } = useTranslation('intake');
  const a = form.applicant;
  const districts = CITY_DISTRICT_LIST.map((d) => ({ value: d.id, label: d.name[lang] }));
  return (
    <>
      <SimpleGrid cols={2}>
        <SelectField
          path="applicant.regDistrict"
          label={t('fields.regDistrict')}
          value={a.regDistrict}
          placeholder={t('choose')}
          onChange={(v) => patch((f) => void (f.applicant.regDistrict = v as typeof a.regDistrict))}
          options={districts}
          error={err('applicant.regDistrict')}
          required
        />
        <TextField
          path="applicant.regStreet"
          label={t('fields.regStreet')}
          value={a.regStreet}
          onChange={(v) => patch((f) => void (f.applicant.regStreet = v))}
          error={err('applicant.regStreet')}
          required
        />
      </SimpleGrid>
      <Checkbox
        label={t('fields.sameAddress')}
        checked={a.sameAddress}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          patch((f) => void (f.applicant.sameAddress = checked));
        }}
        data-testid="f-applicant-sameAddress"
      />
      {!a.sameAddress && (
        <SimpleGrid cols={2}>
          <SelectField
            path="applicant.actDistrict"
            label={t('fields.actDistrict')}
            value={a.actDistrict}
            placeholder={t('choose')}
            onChange={(v) => patch((f) => void (f.applicant.actDistrict = v as typeof a.actDistrict))}
            options={districts}
            error={err('applicant.actDistrict')}
            required
          />
          <TextField
            path="applicant.actStreet"
            label={t('fields.actStreet')}
            value={a.actStreet}
            onChange={(v) => patch((f) => void (f.applicant.actStreet = v))}
            error={err('applicant.actStreet')}
            required
          />
        </SimpleGrid>
      )}
      {districtOfficeName && (
        <Text size="sm" data-testid="district-office">
          {t('districtOffice', { office: districtOfficeName })}
        </Text>
      )}
      <SimpleGrid cols={2}>
        <TextField
          path="applicant.phone"
          type="tel"
          inputMode="tel"
          label={t('fields.phone')}
          value={a.phone}
          onChange={(v) => patch((f) => void (f.applicant.phone = v))}
          error={err('applicant.phone')}
          required
        />
        <TextField
          path="applicant.phone2"
          type="tel"
          inputMode="tel"
          label={t('fields.phone2')}
          value={a.phone2}
          onChange={(v) => patch((f) => void (f.applicant.phone2 = v))}
          error={err('applicant.phone2')}
        />
      </SimpleGrid>
    </>
  );
}
