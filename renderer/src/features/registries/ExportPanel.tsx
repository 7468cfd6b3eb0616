/**
 * Compiling a registry (issue 5, item 2; accumulation department of a ЦОН main workstation) or a
 * desk's hand-off (item 3): pick the cases, unlock the keys, build, record, save the file.
 */
import { memo, useMemo, useRef, useState } from 'react';
import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { ProgressLine } from './ProgressLine';
import { saveRegistryFile } from './registryFile';
import { getPlatform } from '../../platform';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { surnameWithInitials } from '@shared/case/intake';
import { officesOfType } from '@shared/directory/offices';
import { formatDate } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import type { SessionUser } from '../../auth/session';
import {
  useExportBlocker,
  useExportCases,
  useHasActiveKeys,
  useStore,
  type CaseRow,
  type OfficeConfig,
  type RegistryRow,
} from '../../store';
import type { Lang } from '@shared/i18n/lang';
import type { CaseFilter } from '../../registry/exportRegistry';
import { sessionKeySets, sessionUnlocked } from '../../registry/identity';
import type { Progress as ProgressInfo } from '../../registry/progress';
import { SheetProgress, useSheetPrint } from './SheetPrint';
import { CaseCheckbox } from './CaseCheckbox';
import { UnlockKeys } from './UnlockKeys';
import { DateInput } from '../../ui/DateInput';
import { officeByCode } from '@shared/directory/offices';

const officeLabel = (code: string, lang: Lang) => {
  const o = officeByCode(code);
  return o ? `${code} · ${o.shortName[lang]}` : code;
};

// Kept importable from here for the other registry screens.
export { REGISTRY_MIME, saveRegistryFile } from './registryFile';
export { ProgressLine } from './ProgressLine';

export function ExportPanel({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('registries');
  const store = useStore();
  const lang = useLang();
  const isDesk = office.workstation === 'desk';
  const isCenter = officesOfType('center').some((o) => o.code === office.officeCode);
  // A district office sends results (decisions, returned packages) back to the ЦОН that accepted them.
  const isResults = !isDesk && officesOfType('district').some((o) => o.code === office.officeCode);
  const districts = useMemo(() => officesOfType(isResults ? 'center' : 'district'), [isResults]);
  const [district, setDistrict] = useState<string | null>(null);
  const [filter, setFilter] = useState<CaseFilter>({});
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [unlocked, setUnlocked] = useState(sessionUnlocked(user.id));
  const [progress, setProgress] = useState<ProgressInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const cancelExport = useRef<AbortController | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ registry: RegistryRow; name: string; saved: boolean } | null>(null);
  // The sheet is printed right after a registry is compiled: its worker starts once the file is done.
  const sheet = useSheetPrint(done !== null && !isDesk);
  const hasKeys = useHasActiveKeys();
  const recipient = isDesk ? office.officeCode : district;
  const blocker = useExportBlocker(recipient);
  const isAdmin = user.roles.includes('admin');

  const cases = useExportCases(isDesk ? 'handoff' : isResults ? 'results' : 'send', office, district, filter);
  const chosen = (cases ?? []).filter((c) => !excluded.has(c.id));
  const desks = [...new Set((cases ?? []).map((c) => c.intake.deskCode))].sort();

  if (!isDesk && !isCenter && !isResults) return <Alert color="gray">{t('export.notCenter')}</Alert>;
  if (isCenter && !isDesk && !user.roles.includes('accumulation-inspector')) {
    return <Alert color="gray">{t('export.role')}</Alert>;
  }
  if (hasKeys === false) {
    return (
      <Alert color="yellow" data-testid="export-no-keys">
        {t('export.noKeys')} {isAdmin ? t('export.fixAdmin') : t('export.fixAskAdmin')}
      </Alert>
    );
  }
  if (!unlocked) return <UnlockKeys owner={user.id} onUnlocked={() => setUnlocked(true)} />;

  const run = async () => {
    if (busy) return;
    const keys = sessionKeySets(user.id)[0];
    if (!keys) {
      setUnlocked(false);
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    const controller = new AbortController();
    cancelExport.current = controller;
    const result = await store.exportRegistry({
      signal: controller.signal,
      office,
      user,
      recipientCode: isDesk ? office.officeCode : (district ?? ''),
      caseIds: chosen.map((c) => c.id),
      keys,
      now: new Date(),
      onProgress: setProgress,
    });
    cancelExport.current = null;
    setBusy(false);
    if (!result.ok) {
      setProgress(null);
      setError(
        t(`export.errors.${result.error}`, { number: result.caseId ? formatCaseNumber(result.caseId) : '' }),
      );
      return;
    }
    setExcluded(new Set());
    const saved = await saveRegistryFile(result.registry, lang);
    setDone({ registry: result.registry, name: saved.name, saved: saved.outcome === 'saved' });
  };

  return (
    <Stack gap="md" data-testid="export-panel">
      {isDesk ? (
        <Text size="sm">{t('export.deskIntro')}</Text>
      ) : (
        <Group align="end">
          <Select
            label={isResults ? t('export.center') : t('export.district')}
            data={districts.map((d) => ({ value: d.code, label: `${d.code} · ${d.shortName[lang]}` }))}
            value={district}
            onChange={(v) => {
              setDistrict(v);
              setExcluded(new Set());
            }}
            data-testid="export-district"
            w={360}
          />
          {isResults ? null : (
            <>
              <DateInput
                label={t('export.from')}
                value={filter.from ?? ''}
                onChange={(v) => setFilter({ ...filter, from: v || undefined })}
                data-testid="export-from"
              />
              <DateInput
                label={t('export.to')}
                value={filter.to ?? ''}
                onChange={(v) => setFilter({ ...filter, to: v || undefined })}
                data-testid="export-to"
              />
              <Select
                label={t('export.desk')}
                clearable
                data={desks.map((d) => ({ value: d, label: d === '00' ? t('export.mainDesk') : d }))}
                value={filter.deskCode ?? null}
                onChange={(v) => setFilter({ ...filter, deskCode: v ?? undefined })}
                data-testid="export-desk"
              />
            </>
          )}
        </Group>
      )}
      {cases && cases.length > 0 ? (
        <CaseTable cases={cases} excluded={excluded} onExcluded={setExcluded} lang={lang} />
      ) : (
        <Text c="dimmed" data-testid="export-empty">
          {isDesk || district ? t('export.empty') : t('export.chooseDistrict')}
        </Text>
      )}
      {blocker === 'no-recipient-card' && recipient ? (
        <Alert color="yellow" data-testid="export-missing-card">
          {t('export.missingCard', { office: officeLabel(recipient, lang) })}{' '}
          {isAdmin ? t('export.fixCardAdmin') : t('export.fixCardAskAdmin')}
        </Alert>
      ) : null}
      <Group>
        <Button
          onClick={() => void run()}
          disabled={busy || chosen.length === 0 || blocker !== null}
          loading={busy}
          data-testid="export-registry"
        >
          {t(isDesk ? 'export.runDesk' : isResults ? 'export.runResults' : 'export.run', {
            count: chosen.length,
          })}
        </Button>
        {busy && progress?.phase !== 'write' && progress?.phase !== 'done' ? (
          // Until the write starts nothing is stored, so stopping leaves everything as it was.
          <Button variant="default" onClick={() => cancelExport.current?.abort()} data-testid="export-cancel">
            {t('export.cancel')}
          </Button>
        ) : null}
      </Group>
      <ProgressLine progress={progress} />
      {error ? (
        <Alert color="red" role="alert" data-testid="export-error">
          {error}
        </Alert>
      ) : null}
      {done ? (
        <Alert color="green" data-testid="export-done">
          <Stack gap="xs">
            <Text>
              {t('export.compiled', {
                number: done.registry.registryNumber,
                count: done.registry.caseIds.length,
              })}
            </Text>
            <Text size="sm" data-testid="export-file">
              {done.saved
                ? t(getPlatform().kind === 'web' ? 'export.savedWeb' : 'export.savedDialog', {
                    name: done.name,
                  })
                : t('export.notSaved', { name: done.name })}
            </Text>
            <Text size="sm" fw={600} data-testid="export-next">
              {t(isDesk ? 'export.nextDesk' : isResults ? 'export.nextResults' : 'export.next')}
            </Text>
            <Group>
              <Button
                size="xs"
                variant="light"
                onClick={() => void saveRegistryFile(done.registry, lang)}
                data-testid="export-save-again"
              >
                {t('list.save')}
              </Button>
              {!isDesk ? (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => void sheet.print(done.registry)}
                  loading={sheet.printing}
                  data-testid="export-print-sheet"
                >
                  {t('list.print')}
                </Button>
              ) : null}
            </Group>
            <SheetProgress progress={sheet.progress} onCancel={sheet.cancel} />
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}

/**
 * The cases to send, each with its checkbox. Memoised: the export reports progress (and yields to the
 * window) every chunk while it compiles; re-rendering thousands of rows each time slowed it down.
 */
const CaseTable = memo(function CaseTable({
  cases,
  excluded,
  onExcluded,
  lang,
}: {
  cases: readonly CaseRow[];
  excluded: ReadonlySet<string>;
  onExcluded: (next: Set<string>) => void;
  lang: Lang;
}) {
  const { t } = useTranslation('registries');
  return (
    <Table striped data-testid="export-cases">
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          <Table.Th>{t('columns.number')}</Table.Th>
          <Table.Th>{t('columns.applicant')}</Table.Th>
          <Table.Th>{t('columns.accepted')}</Table.Th>
          <Table.Th>{t('columns.documents')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cases.map((c) => (
          <Table.Tr key={c.id} data-testid={`export-case-${c.id}`}>
            <Table.Td>
              <CaseCheckbox id={c.id} excluded={excluded} onExcluded={onExcluded} />
            </Table.Td>
            <Table.Td>{formatCaseNumber(c.id)}</Table.Td>
            <Table.Td>{surnameWithInitials(c.intake.applicant)}</Table.Td>
            <Table.Td>{formatDate(c.acceptedAt, lang)}</Table.Td>
            <Table.Td>{c.intake.documents.length}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
});
