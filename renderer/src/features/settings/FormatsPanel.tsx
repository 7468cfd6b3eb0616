import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber } from '@shared/i18n/format';
import { useLang, useNow } from '../../app/hooks';

const SAMPLE_NUMBER = 1234567.89;
const SAMPLE_MONEY = 1234567.5;

/** Shows the project's own formatting in the current language (Chromium has no kk locale data). */
export function FormatsPanel() {
  const { t } = useTranslation('settings');
  const lang = useLang();
  const now = useNow();
  const rows = [
    ['dateShort', formatDate(now, lang, 'short')],
    ['dateLong', formatDate(now, lang, 'long')],
    ['number', formatNumber(SAMPLE_NUMBER, lang, 2)],
    ['money', formatMoney(SAMPLE_MONEY, lang)],
  ] as const;
  return (
    <Stack>
      <Title order={3}>{t('formats.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('formats.hint')}
      </Text>
      <Table w="auto" withTableBorder>
        <Table.Tbody>
          {rows.map(([key, value]) => (
            <Table.Tr key={key}>
              <Table.Th>{t(`formats.${key}`)}</Table.Th>
              <Table.Td data-testid={`format-${key}`}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
