import { useEffect, useState } from 'react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { officeByCode } from '@shared/directory/offices';
import { formatDateTime } from '@shared/i18n/format';
import { useLang } from '../../app/hooks';
import { workstationLabel } from '../../app/officeLabels';
import { getPlatform } from '../../platform';
import { useOfficeConfig } from '../../store';

/** Read-only: the office code is part of every case number, so it is never edited here. */
export function OfficePanel() {
  const { t } = useTranslation(['settings', 'common', 'shell']);
  const lang = useLang();
  const config = useOfficeConfig();
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    getPlatform()
      .appInfo()
      .then((info) => live && setVersion(info.version))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!config) return null;
  const office = officeByCode(config.officeCode);
  const rows: [string, string][] = [
    ['code', config.officeCode],
    ['name', office?.name[lang] ?? '—'],
    ['address', office?.address[lang] ?? '—'],
    ['workstation', workstationLabel(config, t)],
    ['deskCode', config.deskCode],
    ['language', t(`common:languages.${lang}`)],
    ['configuredAt', formatDateTime(config.configuredAt, lang)],
  ];
  if (version) rows.push(['version', version]);
  return (
    <Stack>
      <Title order={3}>{t('office.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('office.hint')}
      </Text>
      <Table w="auto" withTableBorder>
        <Table.Tbody>
          {rows.map(([key, value]) => (
            <Table.Tr key={key}>
              <Table.Th>{t(`office.${key}`)}</Table.Th>
              <Table.Td data-testid={`office-${key}`}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
