/**
 * Registration of a complaint (§26): every field of the journal of appeals, the case chosen, typed or
 * scanned from the receipt barcode, and the user's messages for bad input. The form is saved as a
 * draft as it is typed, so nothing is lost; the latest draft of this user is resumed on opening.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseCaseNumber } from '@shared/case-number';
import {
  COMPLAINT_KINDS,
  EMPTY_COMPLAINT_FORM,
  validateComplaintForm,
  type ComplaintForm,
  type ComplaintFormErrors,
} from '@shared/complaints';
import { toAlmatyDate } from '@shared/time/almaty';
import { useRoute } from '../../app/routing';
import { useAuth } from '../../auth/AuthProvider';
import { debounced } from '../../cases/drafts';
import { officeTypeOf, useCase, useStore, type OfficeConfig } from '../../store';
import { useScanClaim } from '../../scan/ScanProvider';
import { useFieldError } from './useFieldError';

const newId = () => `complaint-${globalThis.crypto.randomUUID()}`;
/** The save time; outside render (an event handler's clock, not the component's). */
const clock = () => Date.now();

export function RegisterComplaint({ office, caseId }: { office: OfficeConfig; caseId: string }) {
  const { t } = useTranslation('complaints');
  const store = useStore();
  const { user } = useAuth();
  const [, navigate] = useRoute();
  const [form, setForm] = useState<ComplaintForm>({ ...EMPTY_COMPLAINT_FORM, caseNumber: caseId });
  const [draftId, setDraftId] = useState<string>(newId);
  const [errors, setErrors] = useState<ComplaintFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const touched = useRef(false);
  const message = useFieldError();
  const userId = user?.id ?? '';

  const autosave = useMemo(
    () =>
      debounced(
        (f: ComplaintForm) => store.saveComplaintDraft({ id: draftId, userId, form: f }, clock()),
        400,
      ),
    [store, draftId, userId],
  );
  useEffect(() => () => void autosave.flush(), [autosave]);

  // Resume the latest draft unless the form was opened for a given case.
  useEffect(() => {
    if (caseId || !userId) return;
    void store.listComplaintDrafts(userId).then((drafts) => {
      const last = drafts[0];
      if (last && !touched.current) {
        setDraftId(last.id);
        setForm({ ...EMPTY_COMPLAINT_FORM, ...last.form });
      }
    });
  }, [store, userId, caseId]);

  const set = (patch: Partial<ComplaintForm>) => {
    touched.current = true;
    setForm((f) => {
      const next = { ...f, ...patch };
      autosave.push(next);
      return next;
    });
  };

  const parsedCase = parseCaseNumber(form.caseNumber);
  const caseDigits = parsedCase.ok ? parsedCase.value.digits : null;
  const found = useCase(caseDigits);
  const linked = caseDigits ? found : undefined;

  // A receipt scanned while the form is open is the case the complaint concerns.
  useScanClaim((digits) => {
    const r = parseCaseNumber(digits);
    set({ caseNumber: digits });
    if (!r.ok) return;
    void store.getCase(r.value.digits).then((row) => {
      if (!row) return;
      setForm((f) => {
        if (f.surname.trim()) return f;
        const a = row.intake.applicant;
        const next = {
          ...f,
          surname: a.surname,
          name: a.name,
          patronymic: a.patronymic,
          iin: a.iin,
          noIin: a.iin === '',
        };
        autosave.push(next);
        return next;
      });
    });
  });

  const submit = async () => {
    if (!user) return;
    setFailure(null);
    const now = Date.now();
    const checked = validateComplaintForm(form, toAlmatyDate(now));
    if (!checked.ok) {
      setErrors(checked.errors);
      await autosave.flush();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      autosave.close();
      const r = await store.registerComplaint({
        data: checked.data,
        user,
        office: {
          officeCode: office.officeCode,
          deskCode: office.deskCode,
          officeType: officeTypeOf(office),
        },
        now,
        draftId,
      });
      if (r.ok) navigate('complaints', r.row.id);
      else {
        autosave.reopen();
        setFailure(t(`errors.${r.error.code}`));
      }
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    autosave.cancel();
    await store.discardComplaintDraft(draftId, userId);
    touched.current = true;
    setDraftId(newId());
    setForm({ ...EMPTY_COMPLAINT_FORM });
    setErrors({});
  };

  const err = (field: keyof ComplaintForm) => message(field, errors[field]);
  const field = (
    name: 'surname' | 'name' | 'patronymic' | 'address' | 'phone' | 'employee',
    required = false,
  ) => (
    <TextInput
      label={t(`form.${name}`)}
      withAsterisk={required || (name === 'address' && form.channel === 'post')}
      value={form[name]}
      onChange={(e) => set({ [name]: e.currentTarget.value })}
      error={err(name)}
      data-testid={`c-${name}`}
    />
  );

  return (
    <Stack gap="sm" maw={760} data-testid="complaint-form">
      <Text fw={600}>{t('form.title')}</Text>
      <Radio.Group
        label={t('form.channel')}
        value={form.channel}
        onChange={(v) => set({ channel: v === 'post' ? 'post' : 'hand' })}
        error={err('channel')}
      >
        <Group>
          <Radio value="hand" label={t('channels.hand')} data-testid="c-channel-hand" />
          <Radio value="post" label={t('channels.post')} data-testid="c-channel-post" />
        </Group>
      </Radio.Group>
      <NativeSelect
        label={t('form.kind')}
        withAsterisk
        value={form.kind}
        data={[
          { value: '', label: '—' },
          ...COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
        ]}
        onChange={(e) => {
          const v = e.currentTarget.value;
          set({ kind: v === 'result' || v === 'service' ? v : '' });
        }}
        error={err('kind')}
        data-testid="c-kind"
      />
      <Text fw={600}>{t('form.complainant')}</Text>
      <Group align="start" grow>
        <TextInput
          label={t('form.iin')}
          withAsterisk={!form.noIin}
          disabled={form.noIin}
          inputMode="numeric"
          value={form.iin}
          onChange={(e) => set({ iin: e.currentTarget.value })}
          error={err('iin')}
          data-testid="c-iin"
        />
        <Checkbox
          mt={30}
          label={t('form.noIin')}
          checked={form.noIin}
          onChange={(e) => set({ noIin: e.currentTarget.checked })}
          data-testid="c-noIin"
        />
      </Group>
      <Group grow align="start">
        {field('surname', true)}
        {field('name')}
        {field('patronymic')}
      </Group>
      {field('address')}
      {field('phone')}
      <TextInput
        label={t('form.caseNumber')}
        inputMode="numeric"
        value={form.caseNumber}
        onChange={(e) => set({ caseNumber: e.currentTarget.value })}
        error={err('caseNumber')}
        description={
          linked ? (
            <span data-testid="c-case-found">
              {t('form.caseFound', {
                applicant: [linked.intake.applicant.surname, linked.intake.applicant.name].join(' '),
              })}
            </span>
          ) : linked === null ? (
            t('form.caseNotHere')
          ) : undefined
        }
        data-testid="c-caseNumber"
      />
      {form.kind === 'service' && field('employee')}
      <Textarea
        label={t('form.summary')}
        withAsterisk
        autosize
        minRows={3}
        value={form.summary}
        onChange={(e) => set({ summary: e.currentTarget.value })}
        error={err('summary')}
        data-testid="c-summary"
      />
      <TextInput
        label={t('form.attachmentSheets')}
        inputMode="numeric"
        w={240}
        value={form.attachmentSheets}
        onChange={(e) => set({ attachmentSheets: e.currentTarget.value })}
        error={err('attachmentSheets')}
        data-testid="c-sheets"
      />
      <Text size="sm">{t('form.acceptedBy', { name: user?.fullName ?? '' })}</Text>
      {Object.keys(errors).length > 0 && (
        <Alert color="red" data-testid="c-fix-errors">
          {t('form.fixErrors')}
        </Alert>
      )}
      {failure && (
        <Alert color="red" data-testid="c-failure">
          {failure}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={busy} data-testid="c-register">
          {t('form.register')}
        </Button>
        <Button variant="subtle" color="gray" onClick={() => void discard()} data-testid="c-discard">
          {t('form.discard')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('form.draftSaved')}
        </Text>
      </Group>
    </Stack>
  );
}
