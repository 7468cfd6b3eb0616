/** The applicant's names, IIN (or none), birth date, status and identity document. */
import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APPLICANT_STATUSES, type ServiceDef } from '@shared/catalogue';
import { IDENTITY_DOC_TYPES } from '@shared/iin';
import type { LocalDate } from '@shared/time/almaty';
import { DateField, SelectField, TextField, type ErrorText } from './fields';
import { iinFeedback, type IntakeForm, type Patch } from './model';

interface Props {
  form: IntakeForm;
  patch: Patch;
  service: ServiceDef;
  err: ErrorText;
  today: LocalDate;
}

export function ApplicantIdentity({ form, patch, service, err, today }: Props) {
  const { t } = useTranslation(['intake', 'iin']);
  const a = form.applicant;
  const iin = iinFeedback(a.iin, today);
  // As typed: a wrong IIN shows once it is long enough or has a non-digit, before any "Next".
  const iinTypedError =
    !a.noIin && a.iin !== '' && (a.iin.length >= 12 || /\D/.test(a.iin)) && iin.errorKey
      ? t(iin.errorKey)
      : undefined;
  const birthFromIin = !a.noIin && iin.birthDate !== null;
  return (
    <>
      <SimpleGrid cols={3}>
        <TextField
          path="applicant.surname"
          label={t('fields.surname')}
          value={a.surname}
          onChange={(v) => patch((f) => void (f.applicant.surname = v))}
          error={err('applicant.surname')}
          required
          autoFocus
        />
        <TextField
          path="applicant.name"
          label={t('fields.name')}
          value={a.name}
          onChange={(v) => patch((f) => void (f.applicant.name = v))}
          error={err('applicant.name')}
          required
        />
        <TextField
          path="applicant.patronymic"
          label={t('fields.patronymic')}
          value={a.patronymic}
          onChange={(v) => patch((f) => void (f.applicant.patronymic = v))}
          error={err('applicant.patronymic')}
        />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <TextField
          path="applicant.iin"
          label={t('fields.iin')}
          value={a.noIin ? '' : a.iin}
          readOnly={a.noIin}
          inputMode="numeric"
          maxLength={14}
          onChange={(v) =>
            patch((f) => {
              f.applicant.iin = v;
              const fb = iinFeedback(v, today);
              if (fb.birthDate) f.applicant.birthDate = fb.birthDate;
            })
          }
          error={iinTypedError ?? err('applicant.iin')}
          description={iin.warningKey ? t(iin.warningKey) : undefined}
          required={!a.noIin}
        />
        <DateField
          path="applicant.birthDate"
          label={t('fields.birthDate')}
          value={birthFromIin ? (iin.birthDate ?? '') : a.birthDate}
          readOnly={birthFromIin}
          description={birthFromIin ? t('hints.birthFromIin') : undefined}
          onChange={(v) => patch((f) => void (f.applicant.birthDate = v))}
          error={err('applicant.birthDate')}
          required
        />
        <SelectField
          path="applicant.status"
          label={t('fields.status')}
          value={a.status}
          onChange={(v) => patch((f) => void (f.applicant.status = v as typeof a.status))}
          options={APPLICANT_STATUSES.map((s) => ({
            value: s,
            label:
              t(`statuses.${s}`) + (service.eligibleStatuses.includes(s) ? '' : ` — ${t('notEligible')}`),
          }))}
          error={err('applicant.status')}
        />
      </SimpleGrid>
      {service.allowsApplicantWithoutIin && (
        <Checkbox
          label={t('fields.noIin')}
          checked={a.noIin}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            patch((f) => {
              f.applicant.noIin = checked;
              if (checked) f.applicant.iin = '';
            });
          }}
          data-testid="f-applicant-noIin"
        />
      )}
      <SimpleGrid cols={4}>
        <SelectField
          path="applicant.docType"
          label={t('fields.docType')}
          value={a.docType}
          onChange={(v) => patch((f) => void (f.applicant.docType = v))}
          options={IDENTITY_DOC_TYPES.map((d) => ({ value: d, label: t(`docTypes.${d}`) }))}
          error={err('applicant.docType')}
        />
        <TextField
          path="applicant.docNumber"
          label={t('fields.docNumber')}
          value={a.docNumber}
          onChange={(v) => patch((f) => void (f.applicant.docNumber = v))}
          error={err('applicant.docNumber')}
          required
        />
        <TextField
          path="applicant.docIssuedBy"
          label={t('fields.docIssuedBy')}
          value={a.docIssuedBy}
          onChange={(v) => patch((f) => void (f.applicant.docIssuedBy = v))}
          error={err('applicant.docIssuedBy')}
        />
        <DateField
          path="applicant.docIssuedOn"
          label={t('fields.docIssuedOn')}
          value={a.docIssuedOn}
          onChange={(v) => patch((f) => void (f.applicant.docIssuedOn = v))}
          error={err('applicant.docIssuedOn')}
        />
      </SimpleGrid>
    </>
  );
}
