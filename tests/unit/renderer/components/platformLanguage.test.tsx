// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, waitFor, configure } from '@testing-library/react';
import { closeTestDbs, testDb } from '../testDb';
import { App } from '@renderer/app/App';
import { AppProviders } from '@renderer/app/AppProviders';
import { createI18n } from '@renderer/i18n';
import { getPlatform, setPlatformForTesting } from '@renderer/platform';
import type { Lang } from '@shared/i18n/lang';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  cleanup();
  setPlatformForTesting(undefined);
  await closeTestDbs();
});

describe('host menu language', () => {
  it('follows the interface language from the start and on every switch', async () => {
    const told: Lang[] = [];
    setPlatformForTesting({ ...getPlatform(), setLanguage: async (lang: Lang) => void told.push(lang) });
    const i18n = createI18n('kk');
    render(
      <AppProviders db={testDb()} i18n={i18n}>
        <App />
      </AppProviders>,
    );
    await waitFor(() => expect(told).toEqual(['kk']));
    await act(() => i18n.changeLanguage('ru'));
    expect(told[0]).toBe('kk');
    expect(told.at(-1)).toBe('ru');
  });
});
