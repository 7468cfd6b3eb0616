/**
 * Settings → «Правила» (administrators): terms and channels, documents and refusal grounds as
 * overrides over the regulation, and the working calendar's corrections. Every edit is validated
 * over the defaults and shows the rules version it would give; saving writes one audited setting.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '@shared/auth/access';
import type { CalendarCorrection } from '@shared/calendar';
import {
  BASE_RULES_VERSION,
  CHANNELS,
  SERVICE_IDS,
  defaultCatalogue,
  isServiceId,
  type CatalogueOverrides,
  type ServiceId,
} from '@shared/catalogue';
import { useLang } from '../i18n/useLang';
import { useAuth } from '../auth/AuthProvider';
import { useDb } from '../db/DbContext';
import {
  adminGround,
  currentChannel,
  documentMode,
  withChannel,
  withDocumentMode,
  withRefusalGrounds,
  type DocumentMode,
  type TermUnit,
} from './edit';
import {
  catalogueWith,
  checkOverrides,
  EMPTY_OVERRIDES,
  saveCorrections,
  saveOverrides,
  type Rules,
} from './rules';
import { useRules } from './useRules';
import { DateInput } from '../ui/DateInput';
import { UnverifiedHolidays } from './UnverifiedHolidays';

/** The save time; outside render (an event handler's clock, not the component's). */
const clock = () => Date.now();
const UNITS: TermUnit[] = ['calendar-days', 'working-days', 'minutes'];
const MODES: DocumentMode[] = ['default', 'optional', 'removed'];

export function RulesPanel() {
  const { t } = useTranslation('rules');
  const { user } = useAuth();
  const rules = useRules();
  if (!user) return null;
  if (!can(user, 'settings:office')) return <Text>{t('notAllowed')}</Text>;
  if (rules.loading) return <Loader />;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={3}>{t('title')}</Title>
        <Text size="sm" c="dimmed">
          {t('hint')}
        </Text>
        <Text data-testid="rules-version">
          {t('version', { version: versionLabel(rules.catalogue.rulesVersion, t('defaults')) })}
        </Text>
        {rules.problems.map((p) => (
          <Alert key={p.setting} color="red" data-testid="rules-problem">
            {t('problem', { setting: p.setting, message: p.message })}
          </Alert>
        ))}
      </Stack>
      <OverridesEditor key={rules.catalogue.rulesVersion} rules={rules} actorId={user.id} />
      <UnverifiedHolidays rules={rules} actorId={user.id} />
      <CorrectionsEditor rules={rules} actorId={user.id} />
    </Stack>
  );
}

function versionLabel(version: string, defaults: string): string {
  return version === BASE_RULES_VERSION ? `${version} (${defaults})` : version;
}

function OverridesEditor({ rules, actorId }: { rules: Rules; actorId: string }) {
  const { t } = useTranslation('rules');
  const lang = useLang();
  const db = useDb();
  const defaults = useMemo(() => defaultCatalogue(), []);
  const [draft, setDraft] = useState<CatalogueOverrides>(rules.overrides);
  const [serviceId, setServiceId] = useState<ServiceId>(SERVICE_IDS[0]);
  const [groundRu, setGroundRu] = useState('');
  const [groundKk, setGroundKk] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = useMemo(() => checkOverrides(draft), [draft]);
  const preview = useMemo(() => (check.ok ? catalogueWith(draft) : rules.catalogue), [check, draft, rules]);
  const changed = JSON.stringify(draft) !== JSON.stringify(rules.overrides);
  const service = preview.services[serviceId];

  const save = async () => {
    setBusy(true);
    setSaveError(null);
    try {
      const r = await saveOverrides(db, draft, actorId, clock());
      if (!r.ok) setSaveError(r.error.code === 'invalid' ? r.error.message : t('notAllowed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg">
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

      <Stack gap="xs">
        <NativeSelect
          label={t('service')}
          data-testid="rules-service"
          w={480}
          value={serviceId}
          data={SERVICE_IDS.map((id) => ({ value: id, label: preview.services[id].name[lang] }))}
          onChange={(e) => isServiceId(e.currentTarget.value) && setServiceId(e.currentTarget.value)}
        />
        <Title order={4}>{t('documents.title')}</Title>
        <Table withTableBorder data-testid="rules-documents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.number')}</Table.Th>
              <Table.Th>{t('documents.name')}</Table.Th>
              <Table.Th>{t('documents.mode')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {defaults.services[serviceId].documents.map((doc) => (
              <Table.Tr key={doc.id}>
                <Table.Td>{doc.number ?? '—'}</Table.Td>
                <Table.Td>{doc.name[lang]}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={t('documents.mode')}
                    data-testid={`document-mode-${doc.id}`}
                    w={210}
                    value={documentMode(draft, serviceId, doc.id)}
                    data={MODES.map((m) => ({ value: m, label: t(`documents.${m}`) }))}
                    onChange={(e) =>
                      setDraft(
                        withDocumentMode(
                          draft,
                          defaults,
                          serviceId,
                          doc.id,
                          e.currentTarget.value as DocumentMode,
                        ),
                      )
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>

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
                    onClick={() =>
                      setDraft(
                        withRefusalGrounds(
                          draft,
                          defaults,
                          serviceId,
                          service.grounds.refusal.filter((_, j) => j !== i),
                        ),
                      )
                    }
                  >
                    {t('grounds.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="end">
          <TextInput
            label={t('grounds.ru')}
            data-testid="ground-ru"
            value={groundRu}
            onChange={(e) => setGroundRu(e.currentTarget.value)}
          />
          <TextInput
            label={t('grounds.kk')}
            data-testid="ground-kk"
            value={groundKk}
            onChange={(e) => setGroundKk(e.currentTarget.value)}
          />
          <Button
            variant="default"
            data-testid="ground-add"
            disabled={groundRu.trim() === '' || groundKk.trim() === ''}
            onClick={() => {
              setDraft(
                withRefusalGrounds(draft, defaults, serviceId, [
                  ...service.grounds.refusal,
                  adminGround(groundRu, groundKk),
                ]),
              );
              setGroundRu('');
              setGroundKk('');
            }}
          >
            {t('grounds.add')}
          </Button>
        </Group>
      </Stack>

      <Stack gap="xs">
        {check.ok ? (
          <Text data-testid="rules-draft-version">
            {t('draftVersion', { version: versionLabel(check.rulesVersion, t('defaults')) })}
          </Text>
        ) : (
          <Alert color="red" data-testid="rules-invalid">
            {t('invalid', { message: check.error.code === 'invalid' ? check.error.message : '' })}
          </Alert>
        )}
        {saveError && (
          <Alert color="red" data-testid="rules-save-error">
            {t('invalid', { message: saveError })}
          </Alert>
        )}
        <Group>
          <Button
            data-testid="rules-save"
            disabled={!changed || !check.ok}
            loading={busy}
            onClick={() => void save()}
          >
            {t('save')}
          </Button>
          <Button variant="default" disabled={!changed} onClick={() => setDraft(rules.overrides)}>
            {t('discard')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            data-testid="rules-reset"
            onClick={() => setDraft(EMPTY_OVERRIDES)}
          >
            {t('reset')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}

function CorrectionsEditor({ rules, actorId }: { rules: Rules; actorId: string }) {
  const { t } = useTranslation('rules');
  const lang = useLang();
  const db = useDb();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<CalendarCorrection['kind']>('day-off');
  const [ru, setRu] = useState('');
  const [kk, setKk] = useState('');
  const [error, setError] = useState<string | null>(null);

  const store = async (next: CalendarCorrection[]): Promise<boolean> => {
    setError(null);
    const r = await saveCorrections(db, next, actorId, clock());
    if (!r.ok) setError(r.error.code === 'invalid' ? r.error.message : t('notAllowed'));
    return r.ok;
  };
  const add = async () => {
    const row: CalendarCorrection = { date, kind, reason: { ru: ru.trim(), kk: kk.trim() } };
    if (await store([...rules.corrections, row].sort((a, b) => (a.date < b.date ? -1 : 1)))) {
      setDate('');
      setRu('');
      setKk('');
    }
  };

  return (
    <Stack gap="xs">
      <Title order={4}>{t('calendar.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('calendar.hint')}
      </Text>
      {rules.corrections.length === 0 ? (
        <Text size="sm">{t('calendar.empty')}</Text>
      ) : (
        <Table withTableBorder w="auto" data-testid="rules-corrections">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('calendar.date')}</Table.Th>
              <Table.Th>{t('calendar.kind')}</Table.Th>
              <Table.Th>{t('calendar.reasonRu')}</Table.Th>
              <Table.Th>{t('calendar.reasonKk')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.corrections.map((c) => (
              <Table.Tr key={c.date} data-testid={`correction-row-${c.date}`}>
                <Table.Td>{c.date}</Table.Td>
                <Table.Td>{t(`calendar.${c.kind}`)}</Table.Td>
                <Table.Td>{c.reason.ru}</Table.Td>
                <Table.Td lang={lang === 'kk' ? 'kk' : undefined}>{c.reason.kk}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => void store(rules.corrections.filter((x) => x.date !== c.date))}
                  >
                    {t('calendar.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="end">
        <DateInput label={t('calendar.date')} data-testid="correction-date" value={date} onChange={setDate} />
        <NativeSelect
          label={t('calendar.kind')}
          data-testid="correction-kind"
          value={kind}
          data={(['day-off', 'working-day'] as const).map((k) => ({ value: k, label: t(`calendar.${k}`) }))}
          onChange={(e) => setKind(e.currentTarget.value === 'working-day' ? 'working-day' : 'day-off')}
        />
        <TextInput
          label={t('calendar.reasonRu')}
          data-testid="correction-ru"
          value={ru}
          onChange={(e) => setRu(e.currentTarget.value)}
        />
        <TextInput
          label={t('calendar.reasonKk')}
          data-testid="correction-kk"
          value={kk}
          onChange={(e) => setKk(e.currentTarget.value)}
        />
        <Button
          variant="default"
          data-testid="correction-add"
          disabled={date === '' || ru.trim() === '' || kk.trim() === ''}
          onClick={() => void add()}
        >
          {t('calendar.add')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" data-testid="correction-error">
          {t('invalid', { message: error })}
        </Alert>
      )}
    </Stack>
  );
}
