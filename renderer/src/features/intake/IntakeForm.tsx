/**
 * The application being typed: two steps (applicant; situation and documents), autosaved as a draft,
 * then the duplicate guard and registration, or the refusal at the counter for an incomplete package.
 * Rules live in ./model and ../../cases; this component wires them to the screen and the keyboard.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  Kbd,
  List,
  Paper,
  Radio,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { defaultCatalogue, getService } from '../../../../shared/catalogue';
import { formatCaseNumber } from '../../../../shared/case-number';
import { districtOfficeFor, officeByCode } from '../../../../shared/directory/offices';
import { formatDate, formatDateTime } from '../../../../shared/i18n/format';
import type { Lang } from '../../../../shared/i18n/lang';
import { toAlmatyDate } from '../../../../shared/time/almaty';
import type { SessionUser } from '../../auth/session';
import { useDb } from '../../db/DbContext';
import { useRules } from '../../rules/useRules';
import type { AppDatabase } from '../../db/database';
import { useNow } from '../../app/hooks';
import type { CaseRow, OfficeConfig } from '../../db/types';
import { applicantPersonKey } from '../../cases/caseRow';
import { recordCounterRefusal } from '../../cases/counterRefusal';
import { debounced, saveDraft } from '../../cases/drafts';
import { findOpenDuplicates } from '../../cases/duplicates';
import { channelOfOffice, registerCase, type RegisterError } from '../../cases/register';
import { buildCounterRefusalPdf } from '../../print/caseDocuments';
import { deliverPdf } from '../../print/printKit';
import { ApplicantStep } from './ApplicantStep';
import { DocumentsStep } from './DocumentsStep';
import { testId } from './fields';
import { useHotkey } from './hotkeys';
import {
  draftLabel,
  formChecklist,
  formDistrict,
  formCompleteness,
  toIntakeData,
  validateApplicant,
  type IntakeForm,
} from './model';

const AUTOSAVE_MS = 400;

/** Saves the form as a draft 400 ms after the last change (nothing typed is lost on a crash). */
function makeAutosave(
  db: AppDatabase,
  draftId: string,
  userId: string,
  lang: Lang,
  onSaved: (at: number) => void,
  onError: (e: unknown) => void,
) {
  const catalogue = defaultCatalogue();
  return debounced(
    async (f: IntakeForm) => {
      const at = Date.now();
      await saveDraft(
        db,
        {
          id: draftId,
          userId,
          form: f,
          serviceId: f.serviceId,
          label: draftLabel(f, getService(catalogue, f.serviceId), lang),
        },
        at,
      );
      onSaved(at);
    },
    AUTOSAVE_MS,
    onError,
  );
}

export function IntakeFormView({
  draftId,
  initial,
  office,
  user,
  lang,
  onRegistered,
  onClose,
}: {
  draftId: string;
  initial: IntakeForm;
  office: OfficeConfig;
  user: SessionUser;
  lang: Lang;
  onRegistered: (row: CaseRow, printLang: Lang) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['intake', 'iin']);
  const db = useDb();
  const rules = useRules();
  const { catalogue } = rules;
  const [form, setForm] = useState<IntakeForm>(initial);
  const [dirty, setDirty] = useState(false);
  const [step, setStep] = useState<'applicant' | 'documents'>('applicant');
  const [showErrors, setShowErrors] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [duplicates, setDuplicates] = useState<CaseRow[] | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);

  const service = getService(catalogue, form.serviceId);
  const now = useNow();
  const today = toAlmatyDate(now);
  const errors = validateApplicant(form, service, { today });
  const list = formChecklist(catalogue, form);
  const check = formCompleteness(service, list, form);
  const channel = channelOfOffice(office.officeCode);
  // The duplicate guard speaks early: as soon as the IIN (or the document without one) identifies the person.
  const personKey = (() => {
    const a = form.applicant;
    try {
      return applicantPersonKey({
        applicant: { iin: a.noIin ? '' : a.iin, identity: { docType: a.docType, number: a.docNumber } },
      });
    } catch {
      return null;
    }
  })();
  const openCases = useLiveQuery(
    () => (personKey ? findOpenDuplicates(db, personKey, form.serviceId) : []),
    [db, personKey, form.serviceId],
  );

  const autosave = useMemo(
    () =>
      makeAutosave(db, draftId, user.id, lang, setSavedAt, (e) =>
        notifications.show({ color: 'red', message: t('draft.saveFailed', { message: String(e) }) }),
      ),
    [db, draftId, user.id, lang, t],
  );
  useEffect(() => {
    if (dirty) autosave.push(form);
  }, [form, dirty, autosave]);
  // Leaving the screen (another area, sign-out) saves what was typed at once.
  useEffect(() => () => void autosave.flush(), [autosave]);

  const patch = (mutate: (f: IntakeForm) => void) => {
    setForm((prev) => {
      const next = structuredClone(prev);
      mutate(next);
      return next;
    });
    setDirty(true);
    setDuplicates(null);
  };

  const focusFirstError = () => {
    const first = errors[0];
    if (!first) return;
    const el = document.querySelector<HTMLElement>(`[data-testid="${testId(first.path)}"]`);
    el?.focus();
  };

  const next = () => {
    setShowErrors(true);
    if (errors.length > 0) {
      setStep('applicant');
      setTimeout(focusFirstError, 0);
      return;
    }
    setStep('documents');
  };

  const districtName = (() => {
    const d = formDistrict(form);
    if (channel === 'district') return officeByCode(office.officeCode)?.name[lang] ?? null;
    return d ? districtOfficeFor(d).name[lang] : null;
  })();
  const ownDistrict = officeByCode(office.officeCode)?.district;
  const districtMismatch =
    channel === 'district' && formDistrict(form) !== '' && formDistrict(form) !== ownDistrict;

  const describeError = (e: RegisterError): string => {
    switch (e.code) {
      case 'lifecycle':
        return t(`register.errors.lifecycle.${e.error.code}`, { defaultValue: t('register.errors.generic') });
      case 'invalid-intake':
        return t('register.errors.invalid-intake', { paths: e.paths.join(', ') });
      case 'incomplete':
        return t('register.errors.incomplete', { count: e.missing.length });
      default:
        return t(`register.errors.${e.code}`);
    }
  };

  const register = async () => {
    setShowErrors(true);
    if (errors.length > 0) return next();
    if (!check.complete || busy) return;
    setFailure(null);
    const data = toIntakeData(form, list);
    setBusy(true);
    try {
      if (duplicates === null) {
        const key = applicantPersonKey({ applicant: data.applicant });
        const open = await findOpenDuplicates(db, key, form.serviceId);
        if (open.length > 0) {
          setDuplicates(open);
          setTimeout(
            () => document.querySelector<HTMLElement>('[data-testid="duplicate-reason"]')?.focus(),
            0,
          );
          return;
        }
      } else if (reason.trim() === '') {
        setReasonError(true);
        return;
      }
      autosave.close();
      const result = await registerCase(db, {
        data,
        user,
        office,
        now: Date.now(),
        draftId,
        // While the stored rules are still being read, registerCase reads them itself.
        ...(rules.loading ? {} : { catalogue, calendar: rules.calendar }),
        ...(duplicates && duplicates.length > 0 ? { duplicateReason: reason } : {}),
      });
      if (result.ok) {
        onRegistered(result.row, form.printLang);
        return;
      }
      autosave.reopen();
      if (result.error.code === 'duplicate') setDuplicates(result.error.duplicates);
      else setFailure(describeError(result.error));
    } catch (e) {
      autosave.reopen();
      setFailure(String(e));
    } finally {
      setBusy(false);
    }
  };

  const refuse = async () => {
    if (check.complete || busy || !channel) return;
    setBusy(true);
    try {
      const at = Date.now();
      const pdf = await buildCounterRefusalPdf(
        {
          at,
          serviceId: form.serviceId,
          officeCode: office.officeCode,
          applicant: form.applicant,
          missing: check.missing,
          inspectorFullName: user.fullName,
        },
        form.printLang,
        i18n.getFixedT(form.printLang, 'intake'),
        catalogue,
      );
      autosave.close();
      await recordCounterRefusal(
        db,
        {
          serviceId: form.serviceId,
          channel,
          officeCode: office.officeCode,
          userId: user.id,
          missingItemIds: check.missing.map((m) => m.item.id),
          draftId,
        },
        at,
      );
      setRefused(true);
      await deliverPdf(pdf.bytes, { title: pdf.title, fileName: pdf.fileName });
    } catch (e) {
      setFailure(String(e));
    } finally {
      setBusy(false);
    }
  };

  useHotkey('Digit1', () => setStep('applicant'), !refused);
  useHotkey('Digit2', next, !refused);
  useHotkey('KeyR', () => void register(), !refused);
  useHotkey('KeyN', () => void autosave.flush().then(onClose));

  /** Enter in a field advances: to the documents from step 1, to registration from step 2. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.shiftKey) return;
    const target = e.target as HTMLElement;
    if (!['INPUT', 'SELECT'].includes(target.tagName)) return;
    e.preventDefault();
    if (step === 'applicant') next();
    else if (check.complete) void register();
  };

  if (refused) {
    return (
      <Stack data-testid="refusal-done">
        <Alert color="orange" title={t('refusal.doneTitle')}>
          {t('refusal.done', { count: check.missing.length })}
        </Alert>
        <List size="sm">
          {check.missing.map((m) => (
            <List.Item key={m.item.id}>{m.item.name[lang]}</List.Item>
          ))}
        </List>
        <Group>
          <Button onClick={onClose} autoFocus data-testid="intake-new">
            {t('actions.newApplication')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md" onKeyDown={onKeyDown} data-testid="intake-form" data-service={form.serviceId}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>
            {service.number}. {service.name[lang]}
          </Title>
          <Text size="xs" c="dimmed" data-testid="draft-status">
            {savedAt ? t('draft.savedAt', { time: formatDateTime(savedAt, lang) }) : t('draft.notSaved')}
          </Text>
        </div>
        <Radio.Group
          label={t('printLang')}
          value={form.printLang}
          onChange={(v) => patch((f) => void (f.printLang = v as Lang))}
        >
          <Group gap="sm">
            <Radio value="ru" label={t('common:languages.ru')} data-testid="print-lang-ru" />
            <Radio value="kk" label={t('common:languages.kk')} data-testid="print-lang-kk" />
          </Group>
        </Radio.Group>
      </Group>
      <Text size="xs" c="dimmed" data-testid="shortcuts">
        <Kbd>Alt</Kbd>+<Kbd>1</Kbd> {t('shortcuts.applicant')} · <Kbd>Alt</Kbd>+<Kbd>2</Kbd>{' '}
        {t('shortcuts.documents')} · <Kbd>Enter</Kbd> {t('shortcuts.enter')} · <Kbd>Alt</Kbd>+<Kbd>R</Kbd>{' '}
        {t('shortcuts.register')} · <Kbd>Alt</Kbd>+<Kbd>N</Kbd> {t('shortcuts.new')}
      </Text>
      <Tabs
        value={step}
        onChange={(v) => (v === 'documents' ? next() : setStep('applicant'))}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="applicant" data-testid="step-applicant">
            1. {t('steps.applicant')}
          </Tabs.Tab>
          <Tabs.Tab value="documents" data-testid="step-documents">
            2. {t('steps.documents')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="applicant" pt="md">
          <ApplicantStep
            form={form}
            patch={patch}
            service={service}
            errors={errors}
            showErrors={showErrors}
            lang={lang}
            today={today}
            districtOfficeName={districtName}
          />
          {openCases && openCases.length > 0 && (
            <Alert color="yellow" mt="sm" data-testid="duplicate-early">
              {t('duplicate.early', {
                count: openCases.length,
                numbers: openCases.map((d) => formatCaseNumber(d.id)).join(', '),
              })}
            </Alert>
          )}
          {districtMismatch && (
            <Alert color="yellow" mt="sm" data-testid="district-mismatch">
              {t('districtMismatch')}
            </Alert>
          )}
          {showErrors && errors.length > 0 && (
            <Alert color="red" mt="sm" data-testid="form-errors">
              {t('errors.summary', { count: errors.length })}
            </Alert>
          )}
          <Group mt="md">
            <Button onClick={next} data-testid="intake-next">
              {t('actions.next')} (Enter)
            </Button>
            <Button
              variant="default"
              onClick={() => void autosave.flush().then(onClose)}
              data-testid="intake-close"
            >
              {t('actions.later')}
            </Button>
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsStep form={form} patch={patch} service={service} list={list} check={check} lang={lang} />
          {duplicates && duplicates.length > 0 && (
            <Paper withBorder p="md" mt="md" bg="yellow.0" data-testid="duplicate-guard">
              <Text fw={600}>{t('duplicate.title', { count: duplicates.length })}</Text>
              <List size="sm" my="xs">
                {duplicates.map((d) => (
                  <List.Item key={d.id} data-testid={`duplicate-${d.id}`}>
                    {t('duplicate.item', {
                      number: formatCaseNumber(d.id),
                      date: formatDate(d.acceptedAt, lang),
                      status: t(`lifecycle:statuses.${d.status}`, { defaultValue: d.status }),
                    })}
                  </List.Item>
                ))}
              </List>
              <Textarea
                label={t('duplicate.reason')}
                value={reason}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setReasonError(false);
                }}
                error={reasonError ? t('duplicate.reasonRequired') : undefined}
                required
                data-testid="duplicate-reason"
              />
              <Group mt="sm">
                <Button
                  color="orange"
                  onClick={() => void register()}
                  loading={busy}
                  data-testid="duplicate-confirm"
                >
                  {t('duplicate.confirm')}
                </Button>
                <Button variant="default" onClick={() => setDuplicates(null)} data-testid="duplicate-cancel">
                  {t('duplicate.cancel')}
                </Button>
              </Group>
            </Paper>
          )}
          {failure && (
            <Alert color="red" mt="md" data-testid="register-error">
              {failure}
            </Alert>
          )}
          <Group mt="md">
            <Button
              onClick={() => void register()}
              disabled={!check.complete || (duplicates !== null && duplicates.length > 0)}
              loading={busy}
              data-testid="intake-register"
            >
              {t('actions.register')} (Alt+R)
            </Button>
            {!check.complete && (
              <Button
                color="orange"
                variant="light"
                onClick={() => void refuse()}
                loading={busy}
                data-testid="intake-refuse"
              >
                {t('actions.refuse')}
              </Button>
            )}
            <Button variant="default" onClick={() => setStep('applicant')}>
              {t('actions.back')}
            </Button>
          </Group>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
