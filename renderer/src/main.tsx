import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_LANG } from '@shared/i18n/lang';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { StorageGate } from './backup/StorageGate';
import { AppDatabase, requestPersistentStorage } from './db/database';
import { createAppI18n } from './i18n/app';
import { readStoredLang } from './i18n/language';

// The remembered language applies before the database opens, so no screen flashes in Russian.
const lang = readStoredLang() ?? DEFAULT_LANG;
document.documentElement.lang = lang;
const i18n = createAppI18n(lang);
i18n.on('languageChanged', (next) => {
  document.documentElement.lang = next;
});

const db = new AppDatabase();
void requestPersistentStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders db={db} i18n={i18n}>
      {/* A database left by a newer release is reported before Dexie opens (and would change) it. */}
      <StorageGate name={db.name} version={db.verno}>
        <App />
      </StorageGate>
    </AppProviders>
  </StrictMode>,
);
