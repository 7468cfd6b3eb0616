import { Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { officesOfType } from '@shared/directory/offices';
import type { OfficeType } from '@shared/directory/types';
import { useLang } from '../../app/hooks';

const GROUPS: OfficeType[] = ['department', 'district', 'center'];

/** Offices come from the shipped directory, grouped by type; the code is shown, never typed. */
export function OfficeStep({ value, onChange }: { value: string | null; onChange: (code: string) => void }) {
  const { t } = useTranslation('setup');
  const lang = useLang();
  return (
    <Stack>
      <Title order={3}>{t('office.title')}</Title>
      <Radio.Group value={value} onChange={onChange}>
        <Stack>
          {GROUPS.map((type) => (
            <Stack key={type} gap="xs">
              <Text fw={600}>{t(`office.groups.${type}`)}</Text>
              {officesOfType(type).map((office) => (
                <Radio.Card
                  key={office.code}
                  value={office.code}
                  p="sm"
                  data-testid={`office-${office.code}`}
                >
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator />
                    <div>
                      <Text size="sm" fw={600}>
                        {office.code} · {office.name[lang]}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {office.address[lang]}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          ))}
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
