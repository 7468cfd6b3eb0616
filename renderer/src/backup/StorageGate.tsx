/**
 * Keeps the application (and so its Dexie instance) closed until the installed database is known not
 * to come from a newer release. Dexie 4 would otherwise open a newer database anyway and even add the
 * tables it misses, changing data a newer release wrote (tests/unit/renderer/backup/storageErrors.test.ts).
 * Wrap `<App />` in it: `<StorageGate name={db.name} version={db.verno}><App /></StorageGate>`.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Center, Code, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assertDatabaseNotNewer, storageErrorMessageKey } from './storageErrors';

export function StorageGate({
  name,
  version,
  children,
  idb,
}: {
  name: string;
  /** Dexie's version number (not IndexedDB's 10·n). */
  version: number;
  children: ReactNode;
  idb?: IDBFactory;
}) {
  const [state, setState] = useState<'checking' | 'ok' | { error: unknown }>('checking');
  useEffect(() => {
    let live = true;
    assertDatabaseNotNewer(name, version, idb ?? indexedDB).then(
      () => live && setState('ok'),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [name, version, idb]);
  if (state === 'ok') return children;
  if (state === 'checking') {
    return (
      <Center mih="100vh">
        <Loader />
      </Center>
    );
  }
  return <StorageErrorScreen error={state.error} />;
}

/** A full-window explanation of a storage failure, in the interface language. */
export function StorageErrorScreen({ error }: { error: unknown }) {
  const { t } = useTranslation(['backup', 'common']);
  const key = storageErrorMessageKey(error);
  const newer = key === 'backup:storage.newerVersion';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <Center mih="100vh" p="md">
      <Stack maw={640}>
        <Alert
          color="red"
          role="alert"
          title={newer ? t('backup:storage.newerVersionTitle') : t('common:errorScreen.title')}
          data-testid="storage-error"
        >
          {key ? t(key) : t('common:errorScreen.hint')}
        </Alert>
        <Code block>{detail}</Code>
      </Stack>
    </Center>
  );
}
