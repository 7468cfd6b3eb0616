/**
 * Correction of intake data (issue 4, item 7): applicant names, IIN, identity document, addresses and
 * phones, validated with shared/case/intake.ts and stored through the lifecycle's `correct` event.
 */
import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Applicant } from '@shared/case/intake';
import { CITY_DISTRICT_LIST } from '@shared/directory/districts';
import type { CityDistrict } from '@shared/directory/types';
import { IDENTITY_DOC_TYPES } from '@shared/iin/person-key';
import type { TransitionContext } from '@shared/lifecycle';
import { useLang } from '../../app/hooks';
import { useStore, type CaseRow } from '../../store';
import { checkCorrection, type ApplicantCorrection } from '../../journal/actions';
import { useActionErrorMessage } from './actionErrorMessage';

interface Form {
  surname: string;
  name: string;
  patronymic: string;
  iin: string;
  birthDate: string;
  docType: string;
  docNumber: string;
  issuedBy: string;
  issuedOn: string;
  registeredDistrict: string;
  registeredStreet: string;
  actualDistrict: string;
  actualStreet: string;
  phones: string;
}

function formOf(a: Applicant): Form {
  return {
    surname: a.surname,
    name: a.name,
    patronymic: a.patronymic,
    iin: a.iin,
    birthDate: a.birthDate ?? '',
    docType: a.identity.docType,
    docNumber: a.identity.number,
    issuedBy: a.identity.issuedBy,
    issuedOn: a.identity.issuedOn ?? '',
    registeredDistrict: a.registeredAddress.district,
    registeredStreet: a.registeredAddress.street,
    actualDistrict: a.actualAddress?.district ?? a.registeredAddress.district,
    actualStreet: a.actualAddress?.street ?? '',
    phones: a.phones.join(', '),
  };
}

/** The form as an applicant correction; the schema checks it (districts come from a closed list). */
export function correctionOf(f: Form): ApplicantCorrection {
  return {
    surname: f.surname,
    name: f.name,
    patronymic: f.patronymic,
    iin: f.iin.replace(/\s/g, ''),
    birthDate: f.birthDate.trim() || null,
    identity: {
      docType: f.docType,
      number: f.docNumber,
      issuedBy: f.issuedBy,
      issuedOn: f.issuedOn.trim() || null,
    },
    registeredAddress: { district: f.registeredDistrict as CityDistrict, street: f.registeredStreet },
    actualAddress: f.actualStreet.trim()
      ? { district: f.actualDistrict as CityDistrict, street: f.actualStreet }
      : null,
    phones: f.phones
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter(Boolean),
  };
}

export function CorrectionModal({
  row,
  makeCtx,
  onClose,
}: {
  row: CaseRow;
  makeCtx: () => TransitionContext;
  onClose: () => void;
}) {
  const { t } = useTranslation('journal');
  const actionError = useActionErrorMessage();
  const lang = useLang();
  const store = useStore();
  const [form, setForm] = useState<Form>(() => formOf(row.intake.applicant));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [bad, setBad] = useState<Set<string>>(new Set());

  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof Form, extra: { w?: number } = {}) => (
    <TextInput
      label={t(`case.correction.${key}`)}
      value={form[key]}
      onChange={(e) => set(key)(e.currentTarget.value)}
      error={bad.has(key) || undefined}
      data-testid={`correction-${key}`}
      {...extra}
    />
  );
  const districts = CITY_DISTRICT_LIST.map((d) => ({ value: d.id, label: d.name[lang] }));

  const submit = async () => {
    const correction = correctionOf(form);
    const check = checkCorrection(row.intake.applicant, correction);
    if (check.ok && check.changed.length === 0) {
      setError(t('case.correction.nothingChanged'));
      return;
    }
    setBusy(true);
    const result = await store.correctApplicant(row.id, correction, reason, makeCtx());
    setBusy(false);
    if (!result.ok) {
      if (result.error.code === 'invalid-intake') setBad(new Set(result.error.fields.map(formKeyOf)));
      setError(actionError(result));
      return;
    }
    notifications.show({ color: 'green', message: t('case.actions.done.correct') });
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('case.correction.title')}
      data-testid="correction-modal"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={3}>
            {text('surname')}
            {text('name')}
            {text('patronymic')}
            {text('iin')}
            {text('birthDate')}
            {text('phones')}
          </SimpleGrid>
          <SimpleGrid cols={4}>
            <Select
              label={t('case.correction.docType')}
              value={form.docType}
              onChange={(v) => v && set('docType')(v)}
              data={IDENTITY_DOC_TYPES.map((d) => ({ value: d, label: t(`case.docTypes.${d}`) }))}
              allowDeselect={false}
              data-testid="correction-docType"
            />
            {text('docNumber')}
            {text('issuedBy')}
            {text('issuedOn')}
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select
              label={t('case.correction.registeredDistrict')}
              value={form.registeredDistrict}
              onChange={(v) => v && set('registeredDistrict')(v)}
              data={districts}
              allowDeselect={false}
              data-testid="correction-registeredDistrict"
            />
            {text('registeredStreet')}
            <Select
              label={t('case.correction.actualDistrict')}
              value={form.actualDistrict}
              onChange={(v) => v && set('actualDistrict')(v)}
              data={districts}
              allowDeselect={false}
              data-testid="correction-actualDistrict"
            />
            {text('actualStreet')}
          </SimpleGrid>
          <Textarea
            label={t('case.actions.reason')}
            placeholder={t('case.actions.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            withAsterisk
            rows={3}
            data-testid="case-reason"
          />
          {error ? (
            <Alert color="red" data-testid="case-action-error">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('case.actions.close')}
            </Button>
            <Button type="submit" loading={busy} data-testid="case-reason-submit">
              {t('case.actions.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Schema path (`identity.number`, `registeredAddress.street`) → the form field that holds it. */
function formKeyOf(path: string): string {
  const map: Record<string, keyof Form> = {
    'identity.number': 'docNumber',
    'identity.docType': 'docType',
    'identity.issuedBy': 'issuedBy',
    'identity.issuedOn': 'issuedOn',
    'registeredAddress.street': 'registeredStreet',
    'registeredAddress.district': 'registeredDistrict',
    'actualAddress.street': 'actualStreet',
    'actualAddress.district': 'actualDistrict',
  };
  return map[path] ?? path.split('.')[0]!;
}
