/**
 * Приём (issue 4): drafts to continue, the service chooser, the application, the result with its
 * printouts. Business rules live in ./model and renderer/src/cases; this page only switches screens.
 */
import { useState } from 'react';
import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getService, type ServiceId } from '@shared/catalogue';
import { officeByCode } from '@shared/directory/offices';
import { formatDateTime } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import { useLang } from '../../app/hooks';
import { useAuth } from '../../auth/AuthProvider';
import { type CaseRow, type DraftRow, useDrafts, useOfficeConfig, useRules, useStore } from '../../store';
import { IntakeFormView } from './IntakeForm';
import { ResultView } from './ResultView';
import { ServiceChooser } from './ServiceChooser';
import { useHotkey } from './hotkeys';
import { emptyForm, isIntakeForm, serviceOptions, type IntakeForm } from './model';

type Mode =
  | { kind: 'home' }
  | { kind: 'form'; draftId: string; form: IntakeForm }
  | { kind: 'result'; row: CaseRow; printLang: Lang };

export function IntakePage({ sub }: { sub: string | null }) {
  void sub;
  const { t } = useTranslation('intake');
  const store = useStore();
  const { user } = useAuth();
  const lang = useLang();
  const office = useOfficeConfig();
  const drafts = useDrafts(user?.id);
  const [mode, setMode] = useState<Mode>({ kind: 'home' });
  const { catalogue } = useRules();
  useHotkey('KeyN', () => setMode({ kind: 'home' }), mode.kind === 'result');

  if (!user || office === undefined || drafts === undefined) return <Loader />;
  if (office === null || !office) return <Text>{t('noOffice')}</Text>;

  if (mode.kind === 'form') {
    return (
      <IntakeFormView
        key={mode.draftId}
        draftId={mode.draftId}
        initial={mode.form}
        office={office}
        user={user}
        lang={lang}
        onRegistered={(row, printLang) => setMode({ kind: 'result', row, printLang })}
        onClose={() => setMode({ kind: 'home' })}
      />
    );
  }
  if (mode.kind === 'result') {
    return (
      <ResultView row={mode.row} initialPrintLang={mode.printLang} onNew={() => setMode({ kind: 'home' })} />
    );
  }

  const start = (serviceId: ServiceId) =>
    setMode({
      kind: 'form',
      draftId: crypto.randomUUID(),
      form: emptyForm(getService(catalogue, serviceId), lang),
    });
  const resume = (d: DraftRow) => {
    if (isIntakeForm(d.form)) setMode({ kind: 'form', draftId: d.id, form: d.form });
  };
  const here = officeByCode(office.officeCode);

  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      {here && (
        <Text size="sm" c="dimmed" data-testid="intake-office">
          {here.name[lang]}
        </Text>
      )}
      {drafts.length > 0 && (
        <Paper withBorder p="md" data-testid="drafts">
          <Title order={4} mb="xs">
            {t('draft.continueTitle', { count: drafts.length })}
          </Title>
          <Stack gap="xs">
            {drafts.map((d) => (
              <Group key={d.id} justify="space-between" data-testid="draft-row">
                <div>
                  <Text>{d.label}</Text>
                  <Text size="xs" c="dimmed">
                    {t('draft.updated', { time: formatDateTime(d.updatedAt, lang) })}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button size="xs" onClick={() => resume(d)} data-testid="draft-resume">
                    {t('draft.resume')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => void store.discardDraft(d.id, user.id)}
                    data-testid="draft-discard"
                  >
                    {t('draft.discard')}
                  </Button>
                </Group>
              </Group>
            ))}
          </Stack>
        </Paper>
      )}
      <ServiceChooser options={serviceOptions(catalogue, office.officeCode)} lang={lang} onChoose={start} />
    </Stack>
  );
}
