// @vitest-environment happy-dom
/**
 * Issue at the ЦОН (issue 6, item 3; 3.1 B9): the inspector records to whom the result was handed,
 * only on presentation of the receipt; the step is sent as a delivery "via the ЦОН".
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { defaultCatalogue } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import { AppProviders } from '@renderer/app/AppProviders';
import { EventForm, type EventSubmission } from '@renderer/features/workflow/EventForm';
import { createI18n } from '@renderer/i18n';
import { closeTestDbs, testDb } from '../testDb';
import { makeCase } from '../journal/fixtures';

configure({ asyncUtilTimeout: 8000 });
const CATALOGUE = defaultCatalogue();

afterEach(async () => {
  cleanup();
  await closeTestDbs();
});

function renderIssue(
  lang: Lang,
  onSubmit: (s: EventSubmission) => void,
  status = 'ready-for-pickup' as const,
) {
  const row = makeCase({ surname: 'Қасымов', name: 'Әли', status });
  render(
    <AppProviders db={testDb()} i18n={createI18n(lang)}>
      <EventForm type="issue" row={row} catalogue={CATALOGUE} lang={lang} busy={false} onSubmit={onSubmit} />
    </AppProviders>,
  );
}

describe('EventForm: issue at the ЦОН', () => {
  it('needs the receipt, then records the recipient and a delivery via the ЦОН', async () => {
    const onSubmit = vi.fn();
    renderIssue('ru', onSubmit);
    const recipient = (await screen.findByTestId('wf-recipient')) as HTMLInputElement;
    expect(recipient.value).toBe('Қасымов Әли Петрович');
    expect(screen.getByText('Предъявлена расписка о приёме документов')).toBeTruthy();
    const submit = screen.getByTestId('wf-submit-issue') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(screen.queryByTestId('wf-delivery-post')).toBeNull();

    fireEvent.click(screen.getByTestId('wf-receipt-presented'));
    fireEvent.change(recipient, { target: { value: '  Қасымова Дана Серікқызы ' } });
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    expect(onSubmit).toHaveBeenCalledWith({
      event: { type: 'issue', delivery: 'center' },
      extra: { recipient: 'Қасымова Дана Серікқызы', receiptPresented: true },
    });

    // Without a name the step cannot be recorded.
    fireEvent.change(recipient, { target: { value: ' ' } });
    expect(submit.disabled).toBe(true);
  });

  it('speaks Kazakh; at the district the delivery choice stays', async () => {
    renderIssue('kk', () => {});
    expect(await screen.findByText('Құжаттарды қабылдау туралы қолхат көрсетілді')).toBeTruthy();
    cleanup();
    renderIssue('ru', () => {}, 'result-signed' as never);
    expect(await screen.findByTestId('wf-delivery-post')).toBeTruthy();
    expect(screen.queryByTestId('wf-receipt-presented')).toBeNull();
  });
});
