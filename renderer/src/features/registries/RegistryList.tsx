/**
 * Registries sent and received (issue 5): the file can be saved again and the sheet printed; the
 * open registry takes barcode scans of its paper packages (chain of custody, item 5): at the ЦОН
 * they record the dispatch, at the district office they match paper to the imported data.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCaseNumber } from '@shared/case-number';
import { officeByCode } from '@shared/directory/offices';
import { formatDateTime } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import type { SessionUser } from '../../auth/session';
import { useCustodyScans, useRegistries, useStore, type OfficeConfig, type RegistryRow } from '../../store';
import { custodyStatus, type ScanOutcome } from '../../registry/custody';
import { useScanClaim } from '../../scan/ScanProvider';
import { saveRegistryFile } from './ExportPanel';
import { SheetProgress, useSheetPrint } from './SheetPrint';

export function RegistryList({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('registries');
  const lang = useLang();
  const registries = useRegistries();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = registries?.find((r) => r.id === openId) ?? null;
  const name = (code: string) => officeByCode(code)?.shortName[lang] ?? code;

  return (
    <Stack gap="md" data-testid="registry-list">
      {registries && registries.length === 0 ? <Text c="dimmed">{t('list.empty')}</Text> : null}
      {registries && registries.length > 0 ? (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.direction')}</Table.Th>
              <Table.Th>{t('manifest.number')}</Table.Th>
              <Table.Th>{t('manifest.kind')}</Table.Th>
              <Table.Th>{t('list.partner')}</Table.Th>
              <Table.Th>{t('list.date')}</Table.Th>
              <Table.Th>{t('manifest.count')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {registries.map((r) => (
              <Table.Tr key={r.id} data-testid={`registry-${r.registryNumber}`} data-direction={r.direction}>
                <Table.Td>
                  <Badge color={r.direction === 'out' ? 'blue' : 'teal'}>{t(`list.${r.direction}`)}</Badge>
                </Table.Td>
                <Table.Td>{r.registryNumber}</Table.Td>
                <Table.Td>{t(`registry:kind.${r.kind}`)}</Table.Td>
                <Table.Td>
                  {name(r.direction === 'out' ? r.recipientOfficeCode : r.senderOfficeCode)}
                </Table.Td>
                <Table.Td>{formatDateTime(r.createdAt, lang)}</Table.Td>
                <Table.Td>{r.caseIds.length}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setOpenId(r.id)}
                    data-testid={`open-${r.registryNumber}`}
                  >
                    {t('list.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {open ? <RegistryDetail key={open.id} registry={open} office={office} user={user} /> : null}
    </Stack>
  );
}

function RegistryDetail({
  registry,
  user,
  office,
}: {
  registry: RegistryRow;
  office: OfficeConfig;
  user: SessionUser;
}) {
  const { t } = useTranslation('registries');
  const store = useStore();
  const lang = useLang();
  const scans = useCustodyScans(registry.id);
  const [last, setLast] = useState<ScanOutcome | null>(null);
  const sheet = useSheetPrint(registry.kind !== 'desk-handoff');
  const status = custodyStatus(registry, scans ?? []);
  const scanSide = registry.direction === 'out' ? 'dispatch' : 'receipt';

  useScanClaim((digits) => {
    void store.recordCustodyScan(registry, digits, user.id, Date.now()).then(async (outcome) => {
      setLast(outcome);
      // A package left in transit at import (the importing account could not take the step) is
      // received when its paper is scanned by someone who may.
      if (outcome.kind === 'listed' && registry.direction === 'in' && registry.kind === 'registry') {
        await store.receiveScanned(outcome.caseId, user, office);
      }
      // The paper of a result back at the ЦОН: scanned in, the case is ready for pickup (3.1 B8).
      if (outcome.kind === 'listed' && registry.direction === 'in' && registry.kind === 'results') {
        await store.readyScanned(outcome.caseId, user, office);
      }
    });
  }, registry.kind !== 'desk-handoff');

  return (
    <Card withBorder data-testid="registry-detail">
      <Stack gap="sm">
        <Title order={3}>{t('list.detailTitle', { number: registry.registryNumber })}</Title>
        <Group>
          {registry.direction === 'out' ? (
            <Button
              size="xs"
              variant="light"
              onClick={() => void saveRegistryFile(registry, lang)}
              data-testid="list-save"
            >
              {t('list.save')}
            </Button>
          ) : null}
          {registry.kind !== 'desk-handoff' ? (
            <Button
              size="xs"
              variant="light"
              onClick={() => void sheet.print(registry)}
              loading={sheet.printing}
              data-testid="list-print"
            >
              {t('list.print')}
            </Button>
          ) : null}
        </Group>
        <SheetProgress progress={sheet.progress} onCancel={sheet.cancel} />
        {registry.kind !== 'desk-handoff' ? (
          <>
            <Alert color="blue">{t(`custody.intro.${scanSide}`)}</Alert>
            <Text data-testid="custody-count">
              {t('custody.count', { scanned: status.matched.length, total: registry.caseIds.length })}
            </Text>
            {last ? (
              <Alert
                color={last.kind === 'listed' ? 'green' : 'orange'}
                data-testid="custody-last"
                data-kind={last.kind}
              >
                {last.kind === 'not-a-case-number'
                  ? t('custody.notANumber', { digits: last.digits })
                  : t(`custody.last.${last.kind}${last.repeated ? 'Again' : ''}`, {
                      number: formatCaseNumber(last.caseId),
                    })}
              </Alert>
            ) : null}
            {status.missingPaper.length > 0 ? (
              <div data-testid="custody-missing-paper">
                <Text fw={600}>{t('custody.missingPaper', { count: status.missingPaper.length })}</Text>
                <Text size="sm">{status.missingPaper.map((id) => formatCaseNumber(id)).join(', ')}</Text>
              </div>
            ) : (
              <Text c="green" data-testid="custody-complete">
                {t('custody.complete')}
              </Text>
            )}
            {status.paperWithoutData.length > 0 ? (
              <div data-testid="custody-paper-without-data">
                <Text fw={600} c="red">
                  {t('custody.paperWithoutData', { count: status.paperWithoutData.length })}
                </Text>
                <Text size="sm">{status.paperWithoutData.map((id) => formatCaseNumber(id)).join(', ')}</Text>
              </div>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
