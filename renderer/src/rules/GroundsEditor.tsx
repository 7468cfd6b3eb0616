/** The refusal grounds of one service: remove any, add one typed in both languages. */
import { useState } from 'react';
import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalogue, CatalogueOverrides, Ground, ServiceDef, ServiceId } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import {
  BilingualTextInput,
  EMPTY_BILINGUAL,
  isBilingualFilled,
  type Bilingual,
} from '../ui/BilingualTextInput';
import { adminGround, withRefusalGrounds } from './edit';

interface Props {
  draft: CatalogueOverrides;
  setDraft: (next: CatalogueOverrides) => void;
  defaults: Catalogue;
  serviceId: ServiceId;
  /** The service as the draft would make it. */
  service: ServiceDef;
  lang: Lang;
}

export function GroundsEditor({ draft, setDraft, defaults, serviceId, service, lang }: Props) {
  const { t } = useTranslation('rules');
  const [ground, setGround] = useState<Bilingual>(EMPTY_BILINGUAL);
  const setGrounds = (grounds: Ground[]) => setDraft(withRefusalGrounds(draft, defaults, serviceId, grounds));

  return (
    <>
      <Title order={4}>{t('grounds.title')}</Title>
      <Table withTableBorder data-testid="rules-grounds">
        <Table.Tbody>
          {service.grounds.refusal.map((g, i) => (
            <Table.Tr key={`${i}-${g.text.ru}`}>
              <Table.Td>{g.number ?? '—'}</Table.Td>
              <Table.Td>
                {g.text[lang]}
                {g.source === 'administrator override' && (
                  <Text span size="xs" c="dimmed">
                    {` (${t('grounds.admin')})`}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setGrounds(service.grounds.refusal.filter((_, j) => j !== i))}
                >
                  {t('grounds.remove')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group align="end">
        <BilingualTextInput
          value={ground}
          onChange={setGround}
          labels={{ ru: t('grounds.ru'), kk: t('grounds.kk') }}
          testIdPrefix="ground"
        />
        <Button
          variant="default"
          data-testid="ground-add"
          disabled={!isBilingualFilled(ground)}
          onClick={() => {
            setGrounds([...service.grounds.refusal, adminGround(ground.ru, ground.kk)]);
            setGround(EMPTY_BILINGUAL);
          }}
        >
          {t('grounds.add')}
        </Button>
      </Group>
    </>
  );
}
