/**
 * The refusal at the counter (issue 16, item 8): a confirmation listing what is missing before
 * anything is recorded or printed, and the screen after it with "print again" (a marked duplicate).
 */
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MissingItem } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import type { RefusalDone } from './sessionState';

function MissingList({ missing, lang }: { missing: MissingItem[]; lang: Lang }) {
  return (
    <List size="sm">
      {missing.map((m) => (
        <List.Item key={m.item.id}>{m.item.name[lang]}</List.Item>
      ))}
    </List>
  );
}

export function RefusalConfirm({
  opened,
  missing,
  lang,
  busy,
  onConfirm,
  onCancel,
}: {
  opened: boolean;
  missing: MissingItem[];
  lang: Lang;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('intake');
  return (
    <Modal opened={opened} onClose={onCancel} title={t('refusal.confirmTitle')} size="lg">
      <Stack data-testid="refusal-confirm">
        <Text size="sm">{t('refusal.confirmText', { n: missing.length })}</Text>
        <MissingList missing={missing} lang={lang} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-testid="refusal-cancel">
            {t('refusal.cancel')}
          </Button>
          <Button color="orange" onClick={onConfirm} loading={busy} data-testid="refusal-confirm-button">
            {t('refusal.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function RefusalDoneView({
  refusal,
  lang,
  busy,
  onReprint,
  onClose,
}: {
  refusal: RefusalDone;
  lang: Lang;
  busy: boolean;
  onReprint: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('intake');
  return (
    <Stack data-testid="refusal-done">
      <Alert color="orange" title={t('refusal.doneTitle')}>
        {t('refusal.done', { count: refusal.missing.length })}
      </Alert>
      <MissingList missing={refusal.missing} lang={lang} />
      {refusal.reprints > 0 && (
        <Text size="sm" c="dimmed" data-testid="refusal-reprints">
          {t('refusal.reprinted', { n: refusal.reprints })}
        </Text>
      )}
      <Group>
        <Button onClick={onClose} autoFocus data-testid="intake-new">
          {t('actions.newApplication')}
        </Button>
        <Button variant="light" onClick={onReprint} loading={busy} data-testid="refusal-reprint">
          {t('refusal.reprint')}
        </Button>
      </Group>
    </Stack>
  );
}
