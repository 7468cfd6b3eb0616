/** The export asks first: the CSV holds personal data (the export itself is audited). */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function AuditExportModal({
  opened,
  onClose,
  rows,
  exporting,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  /** Rows to export when the count is exact, else null. */
  rows: number | null;
  exporting: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation('audit');
  return (
    <Modal opened={opened} onClose={onClose} title={t('export.title')} data-testid="audit-export-modal">
      <Stack>
        <Alert color="orange" data-testid="audit-export-warning">
          {t('export.warning')}
        </Alert>
        {rows !== null && <Text size="sm">{t('export.rows', { count: rows })}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-testid="audit-export-cancel">
            {t('export.cancel')}
          </Button>
          <Button color="orange" loading={exporting} onClick={onConfirm} data-testid="audit-export-confirm">
            {t('export.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
