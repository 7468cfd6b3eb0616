// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, configure } from '@testing-library/react';
import { closeTestDbs, testDb } from '../testDb';
import { AppProviders } from '@renderer/app/AppProviders';
import { createI18n } from '@renderer/i18n';
import { SheetProgress } from '@renderer/features/registries/SheetPrint';
import type { Lang } from '@shared/i18n/lang';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  cleanup();
  await closeTestDbs();
});

function show(lang: Lang, onCancel: () => void, progress: { done: number; total: number } | null) {
  return render(
    <AppProviders db={testDb()} i18n={createI18n(lang)}>
      <SheetProgress progress={progress} onCancel={onCancel} />
    </AppProviders>,
  );
}

describe('registry sheet progress (issue 12)', () => {
  it('shows the rows laid out and cancels, in Russian and Kazakh', async () => {
    const onCancel = vi.fn();
    show('ru', onCancel, { done: 250, total: 5000 });
    const box = await screen.findByTestId('sheet-progress');
    expect(box.textContent).toContain('250 из 5000');
    fireEvent.click(screen.getByTestId('sheet-cancel'));
    expect(onCancel).toHaveBeenCalledTimes(1);
    cleanup();
    show('kk', onCancel, { done: 500, total: 5000 });
    expect((await screen.findByTestId('sheet-progress')).textContent).toContain('5000 істің 500');
    expect(screen.getByTestId('sheet-cancel').textContent).toBe('Басып шығаруды болдырмау');
  });

  it('shows nothing when no sheet is being built', () => {
    show('ru', () => {}, null);
    expect(screen.queryByTestId('sheet-progress')).toBeNull();
  });
});
