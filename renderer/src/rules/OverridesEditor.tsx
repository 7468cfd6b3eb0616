/**
 * The catalogue overrides being edited: terms and channels, then one service's documents and refusal
 * grounds. Every edit is checked over the defaults and shows the rules version it would give.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  BASE_RULES_VERSION,
  SERVICE_IDS,
  defaultCatalogue,
  isServiceId,
  type CatalogueOverrides,
  type ServiceId,
} from '@shared/catalogue';
import { useLang } from '../i18n/useLang';
import { useDb } from '../db/DbContext';
import { useErrorMessage } from '../ui/errorMessage';
import { DocumentRulesTable } from './DocumentRulesTable';
import { GroundsEditor } from './GroundsEditor';
import { catalogueWith, checkOverrides, EMPTY_OVERRIDES, saveOverrides, type Rules } from './rules';
import { TermsTable } from './TermsTable';

/** The save time; outside render (an event handler's clock, not the component's). */
const clock = () => Date.now();

export function versionLabel(version: string, defaults: string): string {
  return version === BASE_RULES_VERSION ? `${version} (${defaults})` : version;
}

export function OverridesEditor({ rules, actorId }: { rules: Rules; actorId: string }) {
  const { t } = useTranslation('rules');
  const lang = useLang();
  const db = useDb();
  const describe = useErrorMessage();
  const defaults = useMemo(() => defaultCatalogue(), []);
  const [draft, setDraft] = useState<CatalogueOverrides>(rules.overrides);
  const [serviceId, setServiceId] = useState<ServiceId>(SERVICE_IDS[0]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = useMemo(() => checkOverrides(draft), [draft]);
  const preview = useMemo(() => (check.ok ? catalogueWith(draft) : rules.catalogue), [check, draft, rules]);
  const changed = JSON.stringify(draft) !== JSON.stringify(rules.overrides);

  const save = async () => {
    setBusy(true);
    setSaveError(null);
    try {
      const r = await saveOverrides(db, draft, actorId, clock());
      if (!r.ok) setSaveError(r.error.code === 'invalid' ? describe(r.error.cause) : t('notAllowed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg">
      <TermsTable draft={draft} setDraft={setDraft} preview={preview} defaults={defaults} lang={lang} />

      <Stack gap="xs">
        <NativeSelect
          label={t('service')}
          data-testid="rules-service"
          w={480}
          value={serviceId}
          data={SERVICE_IDS.map((id) => ({ value: id, label: preview.services[id].name[lang] }))}
          onChange={(e) => isServiceId(e.currentTarget.value) && setServiceId(e.currentTarget.value)}
        />
        <DocumentRulesTable
          draft={draft}
          setDraft={setDraft}
          defaults={defaults}
          serviceId={serviceId}
          lang={lang}
        />
        <GroundsEditor
          draft={draft}
          setDraft={setDraft}
          defaults={defaults}
          serviceId={serviceId}
          service={preview.services[serviceId]}
          lang={lang}
        />
      </Stack>

      <Stack gap="xs">
        {check.ok ? (
          <Text data-testid="rules-draft-version">
            {t('draftVersion', { version: versionLabel(check.rulesVersion, t('defaults')) })}
          </Text>
        ) : (
          <Alert color="red" data-testid="rules-invalid">
            {t('invalid', { message: check.error.code === 'invalid' ? describe(check.error.cause) : '' })}
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
