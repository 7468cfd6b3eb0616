/**
 * Printing a registry sheet from the registry screens (issue 12): the sheet of a large registry
 * takes a moment to build (in a worker), so the screen shows the rows laid out and a Cancel button.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/hooks';
import { useStore, type RegistryRow } from '../../store';
import { warmRegistrySheet } from '../../print/registrySheetJob';

export interface SheetPrintState {
  done: number;
  total: number;
}

/** Print with progress and cancel; `ready` (a sheet can be printed here) starts the worker ahead. */
export function useSheetPrint(ready: boolean) {
  const store = useStore();
  const lang = useLang();
  useEffect(() => {
    if (ready) warmRegistrySheet(lang);
  }, [ready, lang]);
  const [progress, setProgress] = useState<SheetPrintState | null>(null);
  const running = useRef<AbortController | null>(null);

  const print = async (registry: RegistryRow) => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setProgress({ done: 0, total: registry.caseIds.length });
    try {
      await store.printRegistrySheet(registry, lang, {
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
    } finally {
      running.current = null;
      setProgress(null);
    }
  };
  const cancel = () => running.current?.abort();
  return { print, cancel, progress, printing: progress !== null };
}

export function SheetProgress({
  progress,
  onCancel,
}: {
  progress: SheetPrintState | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation('registries');
  if (!progress) return null;
  const value = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Stack gap={2} data-testid="sheet-progress" data-done={progress.done} data-total={progress.total}>
      <Group justify="space-between">
        <Text size="sm">{t('sheet.progress', { done: progress.done, total: progress.total })}</Text>
        <Button size="compact-xs" variant="subtle" color="red" onClick={onCancel} data-testid="sheet-cancel">
          {t('sheet.cancel')}
        </Button>
      </Group>
      <Progress value={value} animated />
    </Stack>
  );
}
