import { Radio, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Workstation } from '../../store';

export function WorkstationStep(props: {
  workstation: Workstation;
  deskCode: string;
  onWorkstation: (w: Workstation) => void;
  onDeskCode: (code: string) => void;
}) {
  const { t } = useTranslation('setup');
  return (
    <Stack>
      <Title order={3}>{t('workstation.title')}</Title>
      <Radio.Group
        value={props.workstation}
        onChange={(v) => props.onWorkstation(v === 'desk' ? 'desk' : 'main')}
      >
        <Stack>
          <Radio
            value="main"
            label={t('workstation.main')}
            description={t('workstation.mainHint')}
            data-testid="workstation-main"
          />
          <Radio
            value="desk"
            label={t('workstation.desk')}
            description={t('workstation.deskHint')}
            data-testid="workstation-desk"
          />
        </Stack>
      </Radio.Group>
      {props.workstation === 'desk' && (
        <TextInput
          label={t('workstation.deskCode')}
          description={t('workstation.deskCodeHint')}
          value={props.deskCode}
          onChange={(e) => props.onDeskCode(e.currentTarget.value)}
          inputMode="numeric"
          maxLength={2}
          w={260}
          data-testid="desk-code"
        />
      )}
    </Stack>
  );
}
