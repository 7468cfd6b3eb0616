// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, configure } from '@testing-library/react';
import { Dexie } from 'dexie';
import { AppProviders } from '@renderer/app/AppProviders';
import { StorageErrorScreen, StorageGate } from '@renderer/backup/StorageGate';
import { AppDatabase } from '@renderer/db/database';
import { createI18n } from '@renderer/i18n';
import type { Lang } from '@shared/i18n/lang';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

const names: string[] = [];
afterEach(async () => {
  cleanup();
  for (const n of names.splice(0)) await Dexie.delete(n);
});

async function newerDatabase(name: string) {
  names.push(name);
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(name, 9900);
    req.onupgradeneeded = () => req.result.createObjectStore('settings', { keyPath: 'key' });
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

function gate(db: AppDatabase, lang: Lang) {
  return render(
    <AppProviders db={db} i18n={createI18n(lang)}>
      <StorageGate name={db.name} version={db.verno}>
        <p data-testid="app">app</p>
      </StorageGate>
    </AppProviders>,
  );
}

describe('StorageGate', () => {
  it('lets the app in when the database is not newer', async () => {
    const db = new AppDatabase(`gate-ok-${process.pid}`);
    names.push(db.name);
    gate(db, 'ru');
    expect(await screen.findByTestId('app')).toBeTruthy();
  });

  it('explains a newer database in Russian and Kazakh and never opens it', async () => {
    for (const lang of ['ru', 'kk'] as const) {
      const name = `gate-newer-${lang}-${process.pid}`;
      await newerDatabase(name);
      const db = new AppDatabase(name);
      gate(db, lang);
      const alert = await screen.findByTestId('storage-error');
      expect(alert.textContent).toContain(
        lang === 'ru'
          ? 'Данные созданы более новой версией приложения'
          : 'Деректерді қолданбаның жаңарақ нұсқасы жасаған',
      );
      expect(screen.queryByTestId('app')).toBeNull();
      expect(db.isOpen()).toBe(false);
      cleanup();
    }
  });

  it('shows the quota message for a full disk', async () => {
    const e = new Error('full');
    e.name = 'QuotaExceededError';
    render(
      <AppProviders db={new AppDatabase('unused')} i18n={createI18n('ru')}>
        <StorageErrorScreen error={e} />
      </AppProviders>,
    );
    expect((await screen.findByTestId('storage-error')).textContent).toContain('Недостаточно места');
  });
});
