/** Step 1 of the application: applicant, representative, family (where the service needs it), sub-type. */
import { Alert, Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FAMILY_RELATIONS, OCCUPATIONS, REPRESENTATIVE_BASES } from '@shared/case/intake';
import { APPLICANT_STATUSES, type ServiceDef } from '@shared/catalogue';
import { CITY_DISTRICT_LIST } from '@shared/directory/districts';
import { IDENTITY_DOC_TYPES } from '@shared/iin';
import type { Lang } from '@shared/i18n/lang';
import type { LocalDate } from '@shared/time/almaty';
import { DateField, SelectField, TextField, useErrorText } from './fields';
import {
  acceptedBases,
  emptyFamilyMember,
  iinFeedback,
  needsFamily,
  type FieldError,
  type IntakeForm,
} from './model';

export type Patch = (mutate: (form: IntakeForm) => void) => void;

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
  const a = form.applicant;
  const iin = iinFeedback(a.iin, today);
  // As typed: a wrong IIN shows once it is long enough or has a non-digit, before any "Next".
  const iinTypedError =
    !a.noIin && a.iin !== '' && (a.iin.length >= 12 || /\D/.test(a.iin)) && iin.errorKey
      ? t(iin.errorKey)
      : undefined;
  const birthFromIin = !a.noIin && iin.birthDate !== null;
  const districts = CITY_DISTRICT_LIST.map((d) => ({ value: d.id, label: d.name[lang] }));
  const bases = acceptedBases(service.representation);

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
        </Stack>
      </Fieldset>

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

      {needsFamily(form.serviceId) && (
        <Fieldset legend={t('sections.family')} data-testid="family">
          <Stack gap="sm">
            {form.family.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('family.none')}
              </Text>
            )}
            {form.family.map((m, i) => (
              <Stack key={i} gap={4} data-testid={`family-${i}`}>
                <SimpleGrid cols={4}>
                  {(['surname', 'name', 'patronymic'] as const).map((k) => (
                    <TextField
                      key={k}
                      path={`family.${i}.${k}`}
                      label={t(`fields.${k}`)}
                      value={m[k]}
                      onChange={(v) => patch((f) => void (f.family[i]![k] = v))}
                      error={err(`family.${i}.${k}`)}
                      required={k !== 'patronymic'}
                    />
                  ))}
                  <TextField
                    path={`family.${i}.iin`}
                    label={t('fields.iin')}
                    inputMode="numeric"
                    value={m.iin}
                    onChange={(v) => patch((f) => void (f.family[i]!.iin = v))}
                    error={err(`family.${i}.iin`)}
                  />
                </SimpleGrid>
                <SimpleGrid cols={4}>
                  {m.iin === '' && (
                    <DateField
                      path={`family.${i}.birthDate`}
                      label={t('fields.birthDate')}
                      value={m.birthDate}
                      onChange={(v) => patch((f) => void (f.family[i]!.birthDate = v))}
                      error={err(`family.${i}.birthDate`)}
                    />
                  )}
                  <SelectField
                    path={`family.${i}.relation`}
                    label={t('fields.relation')}
                    value={m.relation}
                    placeholder={t('choose')}
                    onChange={(v) => patch((f) => void (f.family[i]!.relation = v as typeof m.relation))}
                    options={FAMILY_RELATIONS.map((r) => ({ value: r, label: t(`relations.${r}`) }))}
                    error={err(`family.${i}.relation`)}
                    required
                  />
                  <SelectField
                    path={`family.${i}.occupation`}
                    label={t('fields.occupation')}
                    value={m.occupation}
                    placeholder={t('choose')}
                    onChange={(v) => patch((f) => void (f.family[i]!.occupation = v as typeof m.occupation))}
                    options={OCCUPATIONS.map((o) => ({ value: o, label: t(`occupations.${o}`) }))}
                    error={err(`family.${i}.occupation`)}
                    required
                  />
                  {m.occupation === 'exempt' && (
                    <TextField
                      path={`family.${i}.exemption`}
                      label={t('fields.exemption')}
                      value={m.exemption}
                      onChange={(v) => patch((f) => void (f.family[i]!.exemption = v))}
                      error={err(`family.${i}.exemption`)}
                      required
                    />
                  )}
                </SimpleGrid>
                <Group>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    onClick={() => patch((f) => void f.family.splice(i, 1))}
                    data-testid={`family-${i}-remove`}
                  >
                    {t('family.remove')}
                  </Button>
                </Group>
              </Stack>
            ))}
            {err('family') && (
              <Alert color="red" data-testid="family-error">
                {err('family')}
              </Alert>
            )}
            <Group>
              <Button
                variant="light"
                onClick={() => patch((f) => void f.family.push(emptyFamilyMember()))}
                data-testid="family-add"
              >
                {t('family.add')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      )}
    </Stack>
  );
}
