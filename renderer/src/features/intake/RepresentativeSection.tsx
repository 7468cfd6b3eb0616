/** Whether someone acts for the applicant and, if so, who and on what basis the service accepts. */
import { Checkbox, Fieldset, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REPRESENTATIVE_BASES } from '@shared/case/intake';
import type { ServiceDef } from '@shared/catalogue';
import { SelectField, TextField, type ErrorText } from './fields';
import { acceptedBases, type IntakeForm, type Patch } from './model';

interface Props {
  form: IntakeForm;
  patch: Patch;
  service: ServiceDef;
  err: ErrorText;
}

export function RepresentativeSection({ form, patch, service, err }: Props) {
  const { t } = useTranslation('intake');
  const bases = acceptedBases(service.representation);
  return (
    <>
      <Checkbox
        label={t('fields.hasRepresentative')}
        description={t(`authority.${service.representation.authority}`)}
        checked={form.hasRepresentative}
        // In person only (3.5 §13): nobody may act for the applicant; a stale tick can still be cleared.
        disabled={bases.length === 0 && !form.hasRepresentative}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          patch((f) => void (f.hasRepresentative = checked));
        }}
        data-testid="f-hasRepresentative"
      />
      {form.hasRepresentative && (
        <Fieldset legend={t('sections.representative')}>
          <Stack gap="sm">
            <SimpleGrid cols={3}>
              {(['surname', 'name', 'patronymic'] as const).map((k) => (
                <TextField
                  key={k}
                  path={`representative.${k}`}
                  label={t(`fields.${k}`)}
                  value={form.representative[k]}
                  onChange={(v) => patch((f) => void (f.representative[k] = v))}
                  error={err(`representative.${k}`)}
                  required={k !== 'patronymic'}
                />
              ))}
            </SimpleGrid>
            <SimpleGrid cols={4}>
              <TextField
                path="representative.iin"
                label={t('fields.iin')}
                inputMode="numeric"
                value={form.representative.iin}
                onChange={(v) => patch((f) => void (f.representative.iin = v))}
                error={err('representative.iin')}
              />
              <TextField
                path="representative.phone"
                type="tel"
                label={t('fields.phone')}
                value={form.representative.phone}
                onChange={(v) => patch((f) => void (f.representative.phone = v))}
                error={err('representative.phone')}
              />
              <SelectField
                path="representative.basis"
                label={t('fields.basis')}
                value={form.representative.basis}
                placeholder={t('choose')}
                onChange={(v) =>
                  patch((f) => void (f.representative.basis = v as typeof f.representative.basis))
                }
                options={REPRESENTATIVE_BASES.map((b) => ({
                  value: b,
                  label: t(`bases.${b}`) + (bases.includes(b) ? '' : ` — ${t('notAccepted')}`),
                }))}
                error={err('representative.basis')}
                required
              />
              <TextField
                path="representative.basisDocument"
                label={t('fields.basisDocument')}
                value={form.representative.basisDocument}
                onChange={(v) => patch((f) => void (f.representative.basisDocument = v))}
                error={err('representative.basisDocument')}
                required
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
      )}
    </>
  );
}
