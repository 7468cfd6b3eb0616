/**
 * First run: language, office, workstation, first administrator. Steps validate with the same pure
 * rules completeSetup applies, so a message appears on the step where the mistake is.
 *
 * Test hook (test builds only, see platform/buildFlags): `?pbkdf2=N` (N ≥ 1000) in the page address sets
 * this installation's PBKDF2 iteration count, so that hashing does not dominate e2e run time. A
 * production build ignores it.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Container, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { validateNewAccount, type AccountErrors } from '@shared/auth/accounts';
import { setupIterations } from '@shared/auth/security';
import { TEST_BUILD } from '../../platform/buildFlags';
import type { Workstation } from '../../store';
// The entry chunk: the account commands only, not the whole store (store/README.md).
import { useAccountStore } from '../../store/account';
import { normalizeDeskCode } from '../../store/workstation';
import { autoBackupApi, indexedDbKeyStore } from '../../backup/autoBackup';
import { getPlatform } from '../../platform';
import { useLang } from '../../app/hooks';
import { LanguageStep } from './LanguageStep';
import { OfficeStep } from './OfficeStep';
import { WorkstationStep } from './WorkstationStep';
import { AdminStep, type AdminDraft } from './AdminStep';
import { recoveryError, type RecoveryDraft, type RecoveryError } from './recovery';

const STEPS = ['language', 'office', 'workstation', 'admin'] as const;

export function SetupWizard() {
  const { t } = useTranslation(['setup', 'common', 'auth']);
  const store = useAccountStore();
  const lang = useLang();
  const [step, setStep] = useState(0);
  const [officeCode, setOfficeCode] = useState<string | null>(null);
  const [workstation, setWorkstation] = useState<Workstation>('main');
  const [deskCode, setDeskCode] = useState('');
  const [admin, setAdmin] = useState<AdminDraft>({
    login: '',
    fullName: '',
    password: '',
    passwordRepeat: '',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<AccountErrors>({});
  const [busy, setBusy] = useState(false);
  // The backup key pair is made here where the daily backup runs (Electron); elsewhere later, in
  // Settings, if ever.
  const hasAutoBackup = useMemo(() => autoBackupApi(getPlatform().backup) !== null, []);
  const [recovery, setRecovery] = useState<RecoveryDraft>({ passphrase: '', repeat: '' });
  const [recoveryProblem, setRecoveryProblem] = useState<RecoveryError | null>(null);

  const stepError = (): string | null => {
    if (STEPS[step] === 'office' && !officeCode) return 'setup:errors.officeRequired';
    if (STEPS[step] === 'workstation' && !normalizeDeskCode(workstation, deskCode))
      return 'setup:errors.deskCode';
    return null;
  };

  const next = () => {
    const error = stepError();
    setFormError(error);
    if (!error) setStep((s) => s + 1);
  };

  const finish = async () => {
    const errors = validateNewAccount({ ...admin, roles: ['admin'] });
    setFieldErrors(errors);
    const problem = hasAutoBackup ? recoveryError(recovery, admin.password) : null;
    setRecoveryProblem(problem);
    if (Object.keys(errors).length > 0 || problem || !officeCode) return;
    setBusy(true);
    try {
      const iterations = setupIterations(window.location.search, TEST_BUILD);
      const result = await store.completeSetup(
        {
          lang,
          officeCode,
          workstation,
          deskCode,
          admin,
          ...(iterations ? { iterations } : {}),
          ...(hasAutoBackup ? { recoveryPassphrase: recovery.passphrase } : {}),
        },
        Date.now(),
        hasAutoBackup ? { backupKeys: indexedDbKeyStore() } : {},
      );
      if (!result.ok) {
        const { form, ...fields } = result.errors;
        setFieldErrors(fields);
        setFormError(form ? `setup:${form}` : null);
        return;
      }
      notifications.show({ color: 'teal', message: t('setup:done') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container size="md" py="xl">
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <div>
            <Title order={1} size="h2">
              {t('setup:title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('common:appName')} · {t('setup:intro')}
            </Text>
          </div>
          <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={setStep}>
            {STEPS.map((s) => (
              <Stepper.Step key={s} label={t(`setup:steps.${s}`)} />
            ))}
          </Stepper>
          {STEPS[step] === 'language' && <LanguageStep />}
          {STEPS[step] === 'office' && <OfficeStep value={officeCode} onChange={setOfficeCode} />}
          {STEPS[step] === 'workstation' && (
            <WorkstationStep
              workstation={workstation}
              deskCode={deskCode}
              onWorkstation={setWorkstation}
              onDeskCode={setDeskCode}
            />
          )}
          {STEPS[step] === 'admin' && (
            <AdminStep
              value={admin}
              onChange={setAdmin}
              errors={fieldErrors}
              recovery={
                hasAutoBackup ? { value: recovery, onChange: setRecovery, error: recoveryProblem } : undefined
              }
            />
          )}
          {formError && (
            <Alert color="red" role="alert" data-testid="setup-error">
              {t(formError)}
            </Alert>
          )}
          <Group justify="space-between">
            <Button
              variant="default"
              disabled={step === 0}
              onClick={() => setStep((s) => s - 1)}
              data-testid="setup-back"
            >
              {t('common:actions.back')}
            </Button>
            {step < STEPS.length - 1 ? (
              <Button onClick={next} data-testid="setup-next">
                {t('common:actions.next')}
              </Button>
            ) : (
              <Button onClick={() => void finish()} loading={busy} data-testid="setup-finish">
                {t('common:actions.finish')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
    </Container>
  );
}
