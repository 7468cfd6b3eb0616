/**
 * Settings → Правила: the term of review of complaints (value, unit, legal basis, confirmed) and
 * whether a ЦОН inspector may register complaints. Saving a term adds a rule in force from now on.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_TERM_UNITS, type ComplaintTermRule, type ComplaintTermUnit } from '@shared/complaints';
import { useAuth } from '../../auth/AuthProvider';
import { useComplaintTerm, useInspectorMayRegister, useStore } from '../../store';

export function ComplaintRulesPanel() {
  const rule = useComplaintTerm();
  if (!rule) return null;
  return <Editor key={rule.effectiveFrom} rule={rule} />;
}

function Editor({ rule }: { rule: ComplaintTermRule }) {
  const { t } = useTranslation('complaints');
  const store = useStore();
  const { user } = useAuth();
  const inspector = useInspectorMayRegister();
  // Shown at once, before the live setting catches up with the save.
  const [inspectorChoice, setInspectorChoice] = useState<boolean | null>(null);
  const [value, setValue] = useState<number | string>(rule.value);
  const [unit, setUnit] = useState<ComplaintTermUnit>(rule.unit);
  const [ru, setRu] = useState(rule.basis.ru);
  const [kk, setKk] = useState(rule.basis.kk);
  const [confirmed, setConfirmed] = useState(rule.confirmed);
  const [status, setStatus] = useState<'saved' | 'invalid' | 'notAllowed' | null>(null);
  if (!user) return null;

  const save = async () => {
    const r = await store.saveComplaintTerm(
      { value: Number(value), unit, basis: { ru, kk }, confirmed },
      user.id,
      Date.now(),
    );
    setStatus(r.ok ? 'saved' : r.code === 'invalid' ? 'invalid' : 'notAllowed');
  };

  return (
    <Stack gap="xs" data-testid="complaint-rules">
      <Title order={4}>{t('rules.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('rules.hint')}
      </Text>
      <Text data-testid="complaint-term-current">
        {t('rules.current', { value: rule.value, unit: t(`units.${rule.unit}`) })}
      </Text>
      {!rule.confirmed && (
        <Alert color="yellow" data-testid="complaint-term-unconfirmed">
          {t('rules.unconfirmed')}
        </Alert>
      )}
      <Group align="end">
        <NumberInput
          label={t('rules.value')}
          min={1}
          max={365}
          w={120}
          value={value}
          onChange={setValue}
          data-testid="complaint-term-value"
        />
        <NativeSelect
          label={t('rules.unit')}
          value={unit}
          data={COMPLAINT_TERM_UNITS.map((u) => ({ value: u, label: t(`units.${u}`) }))}
          onChange={(e) =>
            setUnit(e.currentTarget.value === 'calendar-days' ? 'calendar-days' : 'working-days')
          }
          data-testid="complaint-term-unit"
        />
      </Group>
      <TextInput
        label={t('rules.basisRu')}
        value={ru}
        onChange={(e) => setRu(e.currentTarget.value)}
        data-testid="complaint-term-basis-ru"
      />
      <TextInput
        label={t('rules.basisKk')}
        value={kk}
        onChange={(e) => setKk(e.currentTarget.value)}
        data-testid="complaint-term-basis-kk"
      />
      <Checkbox
        label={t('rules.confirmed')}
        checked={confirmed}
        onChange={(e) => setConfirmed(e.currentTarget.checked)}
        data-testid="complaint-term-confirmed"
      />
      <Button w="fit-content" onClick={() => void save()} data-testid="complaint-term-save">
        {t('rules.save')}
      </Button>
      {status && (
        <Alert color={status === 'saved' ? 'green' : 'red'} data-testid="complaint-term-status">
          {t(`rules.${status}`)}
        </Alert>
      )}
      <Checkbox
        mt="md"
        label={t('rules.inspector')}
        checked={inspectorChoice ?? inspector === true}
        onChange={(e) => {
          const value = e.currentTarget.checked;
          setInspectorChoice(value);
          void store.saveInspectorMayRegister(value, user.id, Date.now()).then((r) => {
            if (r.ok) return;
            setInspectorChoice(null);
            setStatus('notAllowed');
          });
        }}
        data-testid="complaint-inspector-may-register"
      />
    </Stack>
  );
}
