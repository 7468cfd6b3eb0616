/**
 * Importing a registry file or a desk hand-off (issue 5, item 4): the manifest, every check, the
 * warnings and the merge plan are shown before anything is written, with every refused or
 * conflicting case and its reason; "Apply" writes the rest of the plan in one transaction. A refusal
 * (also a forged file: wrong kind for its sender, case ids not the signed numbers) shows its ru/kk
 * message and nothing is written.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { officeByCode } from '@shared/directory/offices';
import { formatDateTime } from '@shared/i18n/format';
import { CHECK_IDS } from '@shared/registry';
import { useLang } from '../../app/hooks';
import type { SessionUser } from '../../auth/session';
import { useHasActiveKeys, useStore, type OfficeConfig } from '../../store';
import { getPlatform } from '../../platform';
import { sessionUnlocked } from '../../registry/identity';
import type { ImportReport, PreviewOutcome, ReadyPreview } from '../../registry/importRegistry';
import type { Progress as ProgressInfo } from '../../registry/progress';
import { ProgressLine } from './ExportPanel';
import { HeldBack, PlanTable, writtenCount } from './PlanView';
import { UnlockKeys } from './UnlockKeys';
import { useErrorMessage } from '../../ui/errorMessage';

interface Opened {
  name: string;
  bytes: Uint8Array;
  preview: PreviewOutcome;
}

const STATUS_COLOR = { ready: 'green', 'already-imported': 'blue', refused: 'red' } as const;

export function ImportPanel({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('registries');
  const describe = useErrorMessage();
  const store = useStore();
  const lang = useLang();
  const [unlocked, setUnlocked] = useState(sessionUnlocked(user.id));
  const [opened, setOpened] = useState<Opened | null>(null);
  const [progress, setProgress] = useState<ProgressInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  // No passphrase prompt before the keys exist (issue 16, item 14): say what is missing and who fixes it.
  const hasKeys = useHasActiveKeys();
  if (hasKeys === false) {
    const who = user.roles.includes('admin') ? t('export.fixAdmin') : t('export.fixAskAdmin');
    return <Alert color="yellow" data-testid="import-no-keys">{`${t('import.noKeys')} ${who}`}</Alert>;
  }
  if (!unlocked) return <UnlockKeys owner={user.id} onUnlocked={() => setUnlocked(true)} />;

  const choose = async () => {
    if (busy) return;
    const file = await getPlatform().openFile(['.asreg']);
    if (!file) return;
    setBusy(true);
    setReport(null);
    setError(null);
    setOpened(null);
    let preview: Awaited<ReturnType<typeof store.previewRegistryFile>>;
    try {
      preview = await store.previewRegistryFile(file.bytes, office, new Date(), setProgress);
    } catch (err) {
      // A file's own faults come back as a refusal in the preview; this is the storage or a bug.
      setError(describe(err));
      return;
    } finally {
      setBusy(false);
    }
    if (preview.status === 'keys-locked') {
      setUnlocked(false);
      return;
    }
    setOpened({ name: file.name, bytes: file.bytes, preview });
  };

  const apply = async (preview: ReadyPreview) => {
    if (busy || !opened) return;
    setBusy(true);
    setProgress({ phase: 'apply', done: 0, total: preview.cases.length });
    let result: Awaited<ReturnType<typeof store.importRegistry>>;
    try {
      result = await store.importRegistry({
        preview,
        bytes: opened.bytes,
        fileName: opened.name,
        office,
        user,
        now: new Date(),
        onProgress: setProgress,
      });
    } catch (err) {
      // Nothing is written: the import is one transaction (registry/importRegistry.ts).
      setError(describe(err));
      setProgress(null);
      return;
    } finally {
      setBusy(false);
    }
    setProgress({ phase: 'done', done: preview.cases.length, total: preview.cases.length });
    if (!result.ok) {
      setError(t(`import.errors.${result.error}`));
      return;
    }
    setReport(result.report);
    setOpened(null);
  };

  const preview = opened?.preview;
  const officeName = (code: string) => officeByCode(code)?.shortName[lang] ?? code;

  return (
    <Stack gap="md" data-testid="import-panel">
      <Text size="sm">{t('import.intro')}</Text>
      <Group>
        <Button onClick={() => void choose()} loading={busy} data-testid="import-choose">
          {t('import.choose')}
        </Button>
      </Group>
      <ProgressLine progress={progress} />
      {preview && preview.status !== 'busy' && preview.status !== 'keys-locked' ? (
        <Stack gap="sm" data-testid="import-preview">
          <Alert
            color={STATUS_COLOR[preview.status]}
            role="status"
            data-testid="import-status"
            data-status={preview.status}
          >
            <Text fw={600}>{t(`registry:status.${preview.status}`)}</Text>
            {preview.status === 'refused' ? (
              <Text data-testid="import-refusal" data-code={preview.refusal.code}>
                {t(`registry:refusal.${preview.refusal.code}`)}
              </Text>
            ) : null}
          </Alert>
          {preview.manifest ? (
            <Table withTableBorder maw={720} data-testid="import-manifest">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>{t('manifest.kind')}</Table.Th>
                  <Table.Td>{t(`registry:kind.${preview.manifest.kind}`)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('manifest.number')}</Table.Th>
                  <Table.Td data-testid="import-number">
                    {preview.manifest.registryNumber} (
                    {t('manifest.sequence', { sequence: preview.manifest.sequence })})
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('manifest.sender')}</Table.Th>
                  <Table.Td>
                    {officeName(preview.manifest.sender.officeCode)}
                    {preview.manifest.sender.deskCode
                      ? ` · ${t('identity.desk', { desk: preview.manifest.sender.deskCode })}`
                      : ''}
                  </Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('manifest.recipient')}</Table.Th>
                  <Table.Td>{officeName(preview.manifest.recipient.officeCode)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('manifest.created')}</Table.Th>
                  <Table.Td>{formatDateTime(Date.parse(preview.manifest.createdAt), lang)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('manifest.count')}</Table.Th>
                  <Table.Td data-testid="import-count">{preview.manifest.count}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          ) : null}
          <div>
            <Title order={4}>{t('import.checks')}</Title>
            <List spacing={2} data-testid="import-checks">
              {CHECK_IDS.map((id) => {
                const check = preview.checks.find((c) => c.id === id);
                return (
                  <List.Item
                    key={id}
                    data-testid={`check-${id}`}
                    data-ok={check ? String(check.ok) : 'skipped'}
                  >
                    <Group gap="xs">
                      <Badge color={!check ? 'gray' : check.ok ? 'green' : 'red'} variant="light">
                        {t(`import.check.${!check ? 'skipped' : check.ok ? 'ok' : 'failed'}`)}
                      </Badge>
                      <Text size="sm">{t(`registry:check.${id}`)}</Text>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          </div>
          {preview.warnings.length > 0 ? (
            <Alert color="orange" data-testid="import-warnings">
              {preview.warnings.map((w) => (
                <Text key={w.code} data-testid={`warning-${w.code}`}>
                  {t(`registry:warning.${w.code}`, w.params ?? {})}
                </Text>
              ))}
            </Alert>
          ) : null}
          {preview.status === 'ready' ? (
            <>
              <HeldBack plan={preview.plan} />
              <PlanTable plan={preview.plan} />
              <Group>
                <Button onClick={() => void apply(preview)} loading={busy} data-testid="import-apply">
                  {preview.plan.hasConflicts
                    ? t('import.applyRest', { count: writtenCount(preview.plan) })
                    : t('import.apply', { count: preview.cases.length })}
                </Button>
                <Button variant="default" onClick={() => setOpened(null)} data-testid="import-cancel">
                  {t('import.cancel')}
                </Button>
              </Group>
            </>
          ) : null}
        </Stack>
      ) : null}
      {preview?.status === 'busy' ? <Alert color="gray">{t('busy')}</Alert> : null}
      {error ? (
        <Alert color="red" role="alert" data-testid="import-error">
          {error}
        </Alert>
      ) : null}
      {report ? (
        <Alert color="green" data-testid="import-done">
          <Text>{t('import.done', { number: report.registryNumber })}</Text>
          <Text size="sm">
            {t('import.summary', {
              inserted: report.inserted.length,
              updated: report.updated.length,
              received: report.received.length,
            })}
          </Text>
          {report.notReceived.length > 0 ? (
            <Text size="sm">{t('import.notReceived', { count: report.notReceived.length })}</Text>
          ) : null}
          {report.conflicts.length > 0 ? (
            <Text size="sm" c="red" data-testid="import-conflicts">
              {t('import.conflicts', { count: report.conflicts.length })}
            </Text>
          ) : null}
        </Alert>
      ) : null}
    </Stack>
  );
}
