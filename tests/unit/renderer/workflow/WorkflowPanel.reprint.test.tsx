// @vitest-environment happy-dom
/**
 * Reprint at the ЦОН (issue 6, item 3): the inspector issuing a decided case's result can print its
 * notice again; a district office does not get the ЦОН block.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import type { Lang } from '@shared/i18n/lang';

const printed = vi.fn(async () => 'printed' as const);
vi.mock('@renderer/workflow/printResult', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@renderer/workflow/printResult')>()),
  printResultDocument: (...args: unknown[]) => printed(...(args as [])),
}));

import { AppProviders } from '@renderer/app/AppProviders';
import { AuthProvider } from '@renderer/auth/AuthProvider';
import { WorkflowPanel } from '@renderer/features/workflow/WorkflowPanel';
import { putSetting } from '@renderer/db/settings';
import { createI18n } from '@renderer/i18n';
import type { CaseRow } from '@renderer/db/types';
import { closeTestDbs, testDb } from '../testDb';
import { makeCase } from '../journal/fixtures';

configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  cleanup();
  printed.mockClear();
  await closeTestDbs();
});

async function renderPanel(officeCode: string, status: CaseRow['state']['status'], lang: Lang = 'ru') {
  const db = testDb();
  await putSetting(db, 'office', { officeCode, workstation: 'main', deskCode: '00', configuredAt: 1 });
  const made = makeCase({ channel: 'center' });
  const row: CaseRow = {
    ...made,
    state: { ...made.state, status, decision: 'refused', refusalGrounds: ['1'] },
  };
  await db.cases.add(row);
  render(
    <AppProviders db={db} i18n={createI18n(lang)}>
      <AuthProvider>
        <WorkflowPanel caseId={row.id} />
      </AuthProvider>
    </AppProviders>,
  );
  await screen.findByTestId('workflow-panel');
  return row;
}

describe('WorkflowPanel: reprint of the result at the ЦОН', () => {
  it('a ЦОН user reprints the motivated refusal of a case ready for pickup', async () => {
    const row = await renderPanel('22', 'ready-for-pickup');
    const button = await screen.findByTestId('wf-reprint-motivated-refusal');
    expect(screen.getByText('Результат в ЦОН')).toBeTruthy();
    fireEvent.click(button);
    expect((await screen.findByTestId('wf-reprint-note')).textContent).toBe('Документ отправлен на печать.');
    expect(printed).toHaveBeenCalledTimes(1);
    expect((printed.mock.calls[0] as unknown[])[1]).toBe('motivated-refusal');
    expect(((printed.mock.calls[0] as unknown[])[2] as CaseRow).id).toBe(row.id);
  });

  it('in Kazakh, after the issue too', async () => {
    await renderPanel('22', 'issued-by-center', 'kk');
    expect(await screen.findByTestId('wf-reprint-motivated-refusal')).toBeTruthy();
    expect(screen.getByText('ХҚКО-дағы нәтиже')).toBeTruthy();
  });

  it('not before the result reaches the ЦОН, nor at a district office', async () => {
    await renderPanel('22', 'decided-refused');
    expect(screen.queryByTestId('wf-reprint')).toBeNull();
    cleanup();
    await renderPanel('12', 'ready-for-pickup');
    expect(screen.queryByTestId('wf-reprint')).toBeNull();
  });
});
