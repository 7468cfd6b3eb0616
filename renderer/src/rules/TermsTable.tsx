/** The terms and channels of every service: open or closed, the term and its unit, per channel. */
import { Checkbox, NativeSelect, NumberInput, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANNELS, SERVICE_IDS, type Catalogue, type CatalogueOverrides } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import { currentChannel, withChannel, type TermUnit } from './edit';

const UNITS: TermUnit[] = ['calendar-days', 'working-days', 'minutes'];

interface Props {
  draft: CatalogueOverrides;
  setDraft: (next: CatalogueOverrides) => void;
  preview: Catalogue;
  defaults: Catalogue;
  lang: Lang;
}

export function TermsTable({ draft, setDraft, preview, defaults, lang }: Props) {
  const { t } = useTranslation('rules');
  return (
    <Stack gap="xs">
      <Title order={4}>{t('terms.title')}</Title>
      <Table withTableBorder w="auto" data-testid="rules-terms">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('service')}</Table.Th>
            <Table.Th>{t('terms.channel')}</Table.Th>
            <Table.Th>{t('terms.open')}</Table.Th>
            <Table.Th>{t('terms.term')}</Table.Th>
            <Table.Th>{t('terms.unit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SERVICE_IDS.flatMap((id) =>
            CHANNELS.map((channel) => {
              const setting = currentChannel(preview, defaults, id, channel);
              const set = (patch: Partial<typeof setting>) =>
                setDraft(withChannel(draft, defaults, id, channel, { ...setting, ...patch }));
              const key = `${id}-${channel}`;
              return (
                <Table.Tr key={key}>
                  <Table.Td>{channel === 'district' ? preview.services[id].name[lang] : ''}</Table.Td>
                  <Table.Td>{t(`terms.${channel}`)}</Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('terms.open')}
                      data-testid={`channel-open-${key}`}
                      checked={setting.enabled}
                      onChange={(e) => set({ enabled: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('terms.term')}
                      data-testid={`term-value-${key}`}
                      w={90}
                      min={1}
                      allowDecimal={false}
                      allowNegative={false}
                      value={setting.term.value}
                      onChange={(v) => {
                        const value = typeof v === 'number' ? v : Number(v);
                        if (Number.isInteger(value) && value > 0) set({ term: { ...setting.term, value } });
                      }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t('terms.unit')}
                      data-testid={`term-unit-${key}`}
                      w={210}
                      value={setting.term.unit}
                      data={UNITS.map((u) => ({ value: u, label: t(`units.${u}`) }))}
                      onChange={(e) =>
                        set({ term: { ...setting.term, unit: e.currentTarget.value as TermUnit } })
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              );
            }),
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
