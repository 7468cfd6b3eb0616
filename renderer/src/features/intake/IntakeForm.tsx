/**
 * The application being typed: two steps (applicant; situation and documents), autosaved as a draft,
 * then the duplicate guard and registration, or the refusal at the counter for an incomplete package.
 * The state and its rules live in ./useIntakeSession; this component renders them and the keyboard.
 */
import type { KeyboardEvent } from 'react';
import { Alert, Button, Group, Kbd, Radio, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { formatDateTime } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import { ApplicantStep } from './ApplicantStep';
import { DocumentsStep } from './DocumentsStep';
import { DuplicateGuard } from './DuplicateGuard';
import { useHotkey } from './hotkeys';
import { RefusalConfirm, RefusalDoneView } from './Refusal';
import { useIntakeSession, type SessionProps } from './useIntakeSession';

export function IntakeFormView(props: SessionProps & { onClose: () => void }) {
  const { lang, onClose } = props;
  const { t } = useTranslation(['intake', 'iin']);
  const s = useIntakeSession(props);
  const { state, service, errors, check } = s;
  const form = state.form;
  const refused = state.refusal !== null;
  const leave = () => void s.flush().then(onClose);

  useHotkey('Digit1', () => s.setStep('applicant'), !refused);
  useHotkey('Digit2', s.next, !refused);
  useHotkey('KeyR', () => void s.register(), !refused);
  useHotkey('KeyN', leave);

  /** Enter in a field advances: to the documents from step 1, to registration from step 2. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.shiftKey) return;
    const target = e.target as HTMLElement;
    if (!['INPUT', 'SELECT'].includes(target.tagName)) return;
    e.preventDefault();
    if (state.step === 'applicant') s.next();
    else if (check.complete) void s.register();
  };

  if (state.refusal) {
    return (
      <RefusalDoneView
        refusal={state.refusal}
        lang={lang}
        busy={state.busy}
        onReprint={() => void s.reprintRefusal()}
        onClose={onClose}
      />
    );
  }

  const duplicates = state.duplicates;
  return (
    <Stack gap="md" onKeyDown={onKeyDown} data-testid="intake-form" data-service={form.serviceId}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>
            {service.number}. {service.name[lang]}
          </Title>
          <Text size="xs" c="dimmed" data-testid="draft-status">
            {state.savedAt
              ? t('draft.savedAt', { time: formatDateTime(state.savedAt, lang) })
              : t('draft.notSaved')}
          </Text>
        </div>
        <Radio.Group
          label={t('printLang')}
          value={form.printLang}
          onChange={(v) => s.patch((f) => void (f.printLang = v as Lang))}
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
        value={state.step}
        onChange={(v) => (v === 'documents' ? s.next() : s.setStep('applicant'))}
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
            patch={s.patch}
            service={service}
            errors={errors}
            showErrors={state.showErrors}
            lang={lang}
            today={s.today}
            districtOfficeName={s.districtName}
          />
          {s.openCases.length > 0 && (
            <Alert color="yellow" mt="sm" data-testid="duplicate-early">
              {t('duplicate.early', {
                count: s.openCases.length,
                numbers: s.openCases.map((d) => formatCaseNumber(d.id)).join(', '),
              })}
            </Alert>
          )}
          {s.otherNames.length > 0 && (
            <Alert color="yellow" mt="sm" title={t('nameConflict.title')} data-testid="name-conflict">
              {s.otherNames.map((n) => (
                <Text size="sm" key={n.name}>
                  {t('nameConflict.earlier', {
                    name: n.name,
                    numbers: n.caseIds.map((id) => formatCaseNumber(id)).join(', '),
                  })}
                </Text>
              ))}
              <Text size="sm">
                {t('nameConflict.now', {
                  name: [form.applicant.surname, form.applicant.name, form.applicant.patronymic]
                    .map((x) => x.trim())
                    .filter(Boolean)
                    .join(' '),
                })}
              </Text>
            </Alert>
          )}
          {s.districtMismatch && (
            <Alert color="yellow" mt="sm" data-testid="district-mismatch">
              {t('districtMismatch')}
            </Alert>
          )}
          {state.showErrors && errors.length > 0 && (
            <Alert color="red" mt="sm" data-testid="form-errors">
              {t('errors.summary', { count: errors.length })}
            </Alert>
          )}
          <Group mt="md">
            <Button onClick={s.next} data-testid="intake-next">
              {t('actions.next')} (Enter)
            </Button>
            <Button variant="default" onClick={leave} data-testid="intake-close">
              {t('actions.later')}
            </Button>
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsStep
            form={form}
            patch={s.patch}
            service={service}
            list={s.list}
            check={check}
            lang={lang}
          />
          {duplicates && duplicates.length > 0 && (
            <DuplicateGuard
              duplicates={duplicates}
              reason={state.reason}
              reasonError={state.reasonError}
              busy={state.busy}
              lang={lang}
              onReason={(text) => s.dispatch({ type: 'reason', text })}
              onConfirm={() => void s.register()}
              onCancel={() => s.dispatch({ type: 'duplicates', rows: null })}
            />
          )}
          {state.failure && (
            <Alert color="red" mt="md" data-testid="register-error">
              {state.failure}
            </Alert>
          )}
          <Group mt="md">
            <Button
              onClick={() => void s.register()}
              disabled={!check.complete || (duplicates !== null && duplicates.length > 0)}
              loading={state.busy}
              data-testid="intake-register"
            >
              {t('actions.register')} (Alt+R)
            </Button>
            {!check.complete && (
              <Button
                color="orange"
                variant="light"
                onClick={s.askRefusal}
                loading={state.busy}
                data-testid="intake-refuse"
              >
                {t('actions.refuse')}
              </Button>
            )}
            <Button variant="default" onClick={() => s.setStep('applicant')}>
              {t('actions.back')}
            </Button>
          </Group>
        </Tabs.Panel>
      </Tabs>
      <RefusalConfirm
        opened={state.confirmingRefusal}
        missing={check.missing}
        lang={lang}
        busy={state.busy}
        onConfirm={() => void s.refuse()}
        onCancel={() => s.dispatch({ type: 'confirm-refusal', open: false })}
      />
    </Stack>
  );
}
