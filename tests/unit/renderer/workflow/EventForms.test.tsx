// @vitest-environment happy-dom
/**
 * The event forms (features/workflow/events/): each submits the event of its step with the fields as
 * typed; a refusal without a ground is what the lifecycle refuses (missing-grounds).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { defaultCatalogue } from '@shared/catalogue';
import type { ServiceId } from '@shared/catalogue/ids';
import type { EventType } from '@shared/lifecycle';
import { payloadProblem } from '@shared/lifecycle/payload';
import type { TransitionRule } from '@shared/lifecycle/rules';
import { AppProviders } from '@renderer/app/AppProviders';
import type { AppDatabase } from '@renderer/db/database';
import type { CaseRow, UserRow } from '@renderer/db/types';
import { EventForm, type EventSubmission } from '@renderer/features/workflow/EventForm';
import { createI18n } from '@renderer/i18n';
import { closeTestDbs, testDb } from '../testDb';
import { makeCase } from '../journal/fixtures';

configure({ asyncUtilTimeout: 8000 });
const CATALOGUE = defaultCatalogue();
// happy-dom has no FontFaceSet; Mantine's autosize textarea listens on it.
if (!('fonts' in document)) Object.defineProperty(document, 'fonts', { value: new EventTarget() });

afterEach(async () => {
  cleanup();
  await closeTestDbs();
});

function renderForm(type: EventType, row: CaseRow = makeCase(), db: AppDatabase = testDb()) {
  const onSubmit = vi.fn<(s: EventSubmission) => void>();
  render(
    <AppProviders db={db} i18n={createI18n('ru')}>
      <EventForm type={type} row={row} catalogue={CATALOGUE} lang="ru" busy={false} onSubmit={onSubmit} />
    </AppProviders>,
  );
  const submit = async () => {
    fireEvent.click(await screen.findByTestId(`wf-submit-${type}`));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    return onSubmit.mock.calls[0]![0];
  };
  return { onSubmit, submit };
}

const type = async (testId: string, value: string) =>
  fireEvent.change(await screen.findByTestId(testId), { target: { value } });
const click = async (testId: string) => fireEvent.click(await screen.findByTestId(testId));
/** The lifecycle's own payload check (the rule matters only for deliveries). */
const problem = (s: EventSubmission) =>
  payloadProblem(s.event as unknown as Record<string, unknown>, {} as TransitionRule);

const sameVisitCase = (subType: string) =>
  makeCase({
    serviceId: 'employment-referral' as ServiceId,
    channel: 'district',
    intake: { subType },
  });

describe('event forms', () => {
  it('register: the journal number as typed, trimmed; none when left empty', async () => {
    const row = makeCase({ intake: { incomingNumber: '' } });
    const { submit } = renderForm('register', row);
    await type('wf-journal-number', '  15/2026 ');
    expect(await submit()).toEqual({ event: { type: 'register', journalNumber: '15/2026' } });
  });

  it('refuse-acceptance and return-draft: the reason', async () => {
    const first = renderForm('refuse-acceptance');
    await type('wf-reason', 'Нет подписи');
    expect(await first.submit()).toEqual({ event: { type: 'refuse-acceptance', reason: 'Нет подписи' } });
    cleanup();
    const second = renderForm('return-draft');
    await type('wf-reason', 'Исправить сумму');
    expect(await second.submit()).toEqual({ event: { type: 'return-draft', reason: 'Исправить сумму' } });
  });

  it('assign: only once a specialist is chosen, and that specialist', async () => {
    const db = testDb();
    await db.users.add({
      id: 'spec-1',
      login: 'spec',
      fullName: 'Сапарова Алия',
      roles: ['responsible-specialist'],
      disabled: false,
      failedAttempts: 0,
      lockedUntil: null,
      createdAt: 1,
    } as unknown as UserRow);
    const { onSubmit, submit } = renderForm('assign', makeCase(), db);
    const button = (await screen.findByTestId('wf-submit-assign')) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    // The list is read from the users table; the hint disappears once a specialist is there.
    await waitFor(() =>
      expect(screen.queryByText('Нет пользователей с ролью «ответственный специалист».')).toBeNull(),
    );
    const select = await screen.findByTestId('wf-assignee');
    fireEvent.click(select);
    fireEvent.click(await screen.findByText('Сапарова Алия'));
    await waitFor(() => expect(button.disabled).toBe(false));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await submit()).toEqual({ event: { type: 'assign', assigneeUserId: 'spec-1' } });
  });

  it('return-incomplete: the ticked documents and the others typed one per line', async () => {
    const row = makeCase();
    const { submit } = renderForm('return-incomplete', row);
    await click('wf-missing-1');
    await type('wf-missing-other', ' Справка с места работы \n\n Выписка ');
    const doc = CATALOGUE.services[row.serviceId].documents[1]!.name.ru;
    expect(await submit()).toEqual({
      event: { type: 'return-incomplete', missingDocuments: [doc, 'Справка с места работы', 'Выписка'] },
    });
  });

  it('record-survey-refusal: the protocol goes to the audit beside the event', async () => {
    const { submit } = renderForm('record-survey-refusal');
    await type('wf-protocol', ' № 7 ');
    expect(await submit()).toEqual({ event: { type: 'record-survey-refusal' }, extra: { protocol: '№ 7' } });
  });

  it('submit-conclusion: the conclusion and the survey act date', async () => {
    const { submit } = renderForm('submit-conclusion');
    await click('wf-conclusion-no-need');
    await type('wf-act-date', '05.03.2026');
    expect(await submit()).toEqual({
      event: { type: 'submit-conclusion', conclusion: 'no-need' },
      extra: { surveyActDate: '2026-03-05' },
    });
  });

  it('decide, approved: amount and period (12 months by default for housing)', async () => {
    const { submit } = renderForm('decide');
    await click('wf-outcome-approved');
    expect(((await screen.findByTestId('wf-period')) as HTMLInputElement).value).toBe('12');
    await type('wf-amount', '15000');
    expect(await submit()).toEqual({
      event: { type: 'decide', outcome: 'approved', amount: 15000, periodMonths: 12 },
    });
  });

  it('decide, refused: the grounds ticked; without one the lifecycle refuses the step', async () => {
    const first = renderForm('decide');
    await click('wf-outcome-refused');
    const empty = await first.submit();
    expect(empty.event).toEqual({ type: 'decide', outcome: 'refused', grounds: [] });
    expect(problem(empty)).toBe('missing-grounds');
    cleanup();

    const second = renderForm('decide');
    await click('wf-outcome-refused');
    await click('wf-ground-0');
    const chosen = await second.submit();
    const ground = CATALOGUE.services['housing-assistance' as ServiceId].grounds.refusal[0]!.source;
    expect(chosen.event).toEqual({ type: 'decide', outcome: 'refused', grounds: [ground] });
    expect(problem(chosen)).toBeNull();
  });

  it('issue at the district: the delivery chosen', async () => {
    const { submit } = renderForm('issue', makeCase({ status: 'result-signed' }));
    await click('wf-delivery-post');
    expect(await submit()).toEqual({ event: { type: 'issue', delivery: 'post' } });
  });

  it('issue-same-visit, issued: the referral with the unemployed registration', async () => {
    const { submit } = renderForm('issue-same-visit', sameVisitCase('vocational-training'));
    await click('wf-same-visit-issued');
    await type('wf-org-name', ' ТОО «Алма» ');
    await type('wf-org-address', 'ул. Абая, 10');
    await type('wf-org-position', 'Оператор');
    await type('wf-unemployed-number', '123');
    await type('wf-unemployed-since', '02.02.2026');
    expect(await submit()).toEqual({
      event: { type: 'issue-same-visit', outcome: 'issued' },
      extra: {
        referral: {
          organisation: 'ТОО «Алма»',
          address: 'ул. Абая, 10',
          position: 'Оператор',
          unemployedNumber: '123',
          unemployedSince: '2026-02-02',
        },
      },
    });
  });

  it('issue-same-visit, refused: needs a ground like the decision', async () => {
    const { submit } = renderForm('issue-same-visit', sameVisitCase('job-placement'));
    await click('wf-same-visit-refused');
    expect(screen.queryByTestId('wf-org-name')).toBeNull();
    const s = await submit();
    expect(s).toEqual({ event: { type: 'issue-same-visit', outcome: 'refused', grounds: [] }, extra: {} });
    expect(problem(s)).toBe('missing-grounds');
  });

  it('issue-same-visit for career guidance: a consultation, nothing to choose', async () => {
    const { submit } = renderForm('issue-same-visit', sameVisitCase('career-guidance'));
    expect(screen.queryByTestId('wf-same-visit-issued')).toBeNull();
    expect(await submit()).toEqual({
      event: { type: 'issue-same-visit', outcome: 'consultation' },
      extra: {},
    });
  });

  it('a step without a payload: the button alone', async () => {
    const { submit } = renderForm('pass-to-head');
    expect(await submit()).toEqual({ event: { type: 'pass-to-head' } });
  });
});
