// @vitest-environment happy-dom
/**
 * A preview that throws (storage, a bug) is not a file's refusal: the panel says so in the user's
 * language through the error mapper, never the raw text, and is usable again.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import type { Lang } from '@shared/i18n/lang';

const preview = vi.fn<() => Promise<never>>();
vi.mock('@renderer/registry/identity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@renderer/registry/identity')>()),
  activeKeyRow: async () => ({ keyId: 'k' }),
  sessionUnlocked: () => true,
}));
vi.mock('@renderer/registry/importRegistry', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@renderer/registry/importRegistry')>()),
  previewRegistryFile: () => preview(),
}));

import { AppProviders } from '@renderer/app/AppProviders';
import { ImportPanel } from '@renderer/features/registries/ImportPanel';
import { createI18n } from '@renderer/i18n';
import { getPlatform, setPlatformForTesting } from '@renderer/platform';
import { closeTestDbs, testDb } from '../testDb';

configure({ asyncUtilTimeout: 8000 });
const OFFICE = { officeCode: '12', workstation: 'main' as const, deskCode: '00', configuredAt: 0 };
const USER = { id: 'u1', login: 'op', fullName: 'Оператор', roles: ['accumulation-inspector' as const] };

afterEach(async () => {
  cleanup();
  setPlatformForTesting(undefined);
  preview.mockReset();
  await closeTestDbs();
});

async function chooseFile(lang: Lang, thrown: unknown) {
  setPlatformForTesting({
    ...getPlatform(),
    openFile: async () => ({ name: 'r.asreg', bytes: new Uint8Array([1, 2, 3]) }),
  });
  preview.mockRejectedValueOnce(thrown);
  const i18n = createI18n(lang);
  render(
    <AppProviders db={testDb()} i18n={i18n}>
      <ImportPanel office={OFFICE} user={USER} />
    </AppProviders>,
  );
  fireEvent.click(await screen.findByTestId('import-choose'));
  return { alert: await screen.findByTestId('import-error'), t: i18n.t };
}

describe('ImportPanel: a preview that throws', () => {
  it('a full disk says so in Russian', async () => {
    const { alert, t } = await chooseFile('ru', { name: 'QuotaExceededError', message: 'quota' });
    expect(alert.textContent).toBe(t('backup:storage.quota'));
    expect((screen.getByTestId('import-choose') as HTMLButtonElement).disabled).toBe(false);
  });

  it('an unknown error gets the generic Kazakh text, not its own words', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { alert, t } = await chooseFile('kk', new TypeError('x is undefined'));
    expect(alert.textContent).toBe(t('common:errors.unexpected'));
    expect(alert.textContent).not.toContain('undefined');
  });
});
