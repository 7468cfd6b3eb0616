// @vitest-environment happy-dom
// fake-indexeddb before Dexie is first imported.
import { closeTestDbs, testDb } from '../testDb';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { act, cleanup, fireEvent, render, screen, waitFor, configure } from '@testing-library/react';
import type { Lang } from '@shared/i18n/lang';

// Fonts from disk instead of fetch(); the PDF goes to a spy instead of the platform.
const delivered: Uint8Array[] = [];
vi.mock('@renderer/print/printKit', async (importOriginal) => {
  const real = await importOriginal<typeof import('@renderer/print/printKit')>();
  const root = join(__dirname, '../../../../assets/fonts');
  const fonts = {
    regular: new Uint8Array(readFileSync(join(root, 'DejaVuSans.ttf'))),
    bold: new Uint8Array(readFileSync(join(root, 'DejaVuSans-Bold.ttf'))),
  };
  return {
    ...real,
    loadPrintKit: async (lang: Lang) => ({
      print: await real.loadPrintBuilders(),
      ctx: { lang, labels: await real.loadPrintLabels(lang), fonts },
    }),
    deliverPdf: async (bytes: Uint8Array) => {
      delivered.push(bytes);
      return 'saved' as const;
    },
  };
});

import { notifications } from '@mantine/notifications';
import { AppProviders } from '@renderer/app/AppProviders';
import { IntakeFormView } from '@renderer/features/intake/IntakeForm';
import { emptyFamilyMember, emptyForm, type IntakeForm } from '@renderer/features/intake/model';
import { createI18n } from '@renderer/i18n';
import type { AppDatabase } from '@renderer/db/database';
import type { CaseRow } from '@renderer/db/types';
import { makeCaseNumber } from '@shared/case-number';
import { defaultCatalogue, getService, type ServiceId } from '@shared/catalogue';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

const OFFICE = { officeCode: '22', workstation: 'main' as const, deskCode: '00', configuredAt: 0 };
const USER = {
  id: 'u-insp',
  login: 'insp',
  fullName: 'Иванова Анна Сергеевна',
  roles: ['center-inspector' as const],
};

beforeEach(() => void (delivered.length = 0));
afterEach(async () => {
  cleanup();
  // Let the draft saved on unmount land before the database goes; messages are a global store.
  await new Promise((r) => setTimeout(r, 50));
  notifications.clean();
  await closeTestDbs();
});

/** A valid step 1 for the service. */
function filled(serviceId: ServiceId = 'housing-assistance'): IntakeForm {
  const f = emptyForm(getService(defaultCatalogue(), serviceId), 'ru');
  Object.assign(f.applicant, {
    surname: 'Қасымов',
    name: 'Әли',
    patronymic: 'Серікұлы',
    iin: '950615300000',
    birthDate: '1995-06-15',
    docNumber: '045678912',
    regDistrict: 'almaly',
    regStreet: 'ул. Шевченко, 1',
    phone: '+7 701 000 00 00',
  });
  return f;
}

function Harness({ initial }: { initial: IntakeForm }) {
  const [open, setOpen] = useState(true);
  return open ? (
    <>
      <button data-testid="leave-area" onClick={() => setOpen(false)} />
      <IntakeFormView
        draftId="d1"
        initial={initial}
        office={OFFICE}
        user={USER}
        lang="ru"
        onRegistered={() => undefined}
        onClose={() => setOpen(false)}
      />
    </>
  ) : (
    <div data-testid="elsewhere" />
  );
}

function renderForm(initial: IntakeForm, lang: Lang = 'ru', db: AppDatabase = testDb()) {
  render(
    <AppProviders db={db} i18n={createI18n(lang)}>
      <Harness initial={initial} />
    </AppProviders>,
  );
  return db;
}

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;
async function toDocuments() {
  fireEvent.click(screen.getByTestId('intake-next'));
  await screen.findByTestId('checklist');
}

describe('IntakeFormView: each fact once (issue 16, item 3)', () => {
  it('step 2 shows the status and representative of step 1 instead of asking, and the checklist follows', async () => {
    const f = filled('child-benefit-under-18');
    f.hasRepresentative = true;
    Object.assign(f.representative, {
      surname: 'Петрова',
      name: 'Анна',
      basis: 'notarized-power-of-attorney',
      basisDocument: '№ 12 от 01.02.2026',
    });
    f.family = [
      {
        ...emptyFamilyMember(),
        surname: 'Қасымова',
        name: 'Айым',
        iin: '100101600009',
        relation: 'child',
        occupation: 'pupil',
      },
    ];
    renderForm(f);
    await toDocuments();
    expect(screen.queryByTestId('f-situation-representative')).toBeNull();
    expect(screen.queryByTestId('f-situation-applicantStatus')).toBeNull();
    expect(screen.getByTestId('derived-representative').textContent).toContain('Представитель заявителя');
    expect(screen.getByTestId('derived-applicantStatus').textContent).toContain('Гражданин РК');
    expect(screen.getByTestId('doc-notarized-power-of-attorney')).toBeTruthy();
  });

  it("the births after 13.08.2007 follow the children's IINs: yes, so no birth certificates with state data", async () => {
    const f = filled('child-benefit-under-18');
    f.family = [
      {
        ...emptyFamilyMember(),
        surname: 'Қасымова',
        name: 'Айым',
        iin: '100101600009',
        relation: 'child',
        occupation: 'pupil',
      },
    ];
    renderForm(f);
    await toDocuments();
    expect(input('f-situation-birthsRegisteredAfter2007').value).toBe('yes');
    fireEvent.change(screen.getByTestId('f-situation-stateSystems'), { target: { value: 'available' } });
    // Still listed, as optional: the regulation lets the applicant bring it.
    await waitFor(() =>
      expect(screen.getByTestId('doc-birth-certificates').getAttribute('data-required')).toBe('no'),
    );
  });
});

describe('IntakeFormView: field limits as typed (issue 16, item 4)', () => {
  it.each([
    ['ru', 'Слишком длинное значение: не больше 100 знаков.'],
    ['kk', 'Мән тым ұзын: 100 таңбадан аспауы керек.'],
  ] as const)('a 300-character surname is refused on the field at once (%s)', async (lang, message) => {
    renderForm(filled(), lang);
    fireEvent.change(screen.getByTestId('f-applicant-surname'), { target: { value: 'Қ'.repeat(300) } });
    const field = input('f-applicant-surname');
    const described = field.getAttribute('aria-describedby') ?? '';
    await waitFor(() => expect(document.body.textContent).toContain(message));
    expect(described).not.toBe('');
    expect(document.body.textContent).not.toContain('applicant.surname');
    fireEvent.click(screen.getByTestId('intake-next'));
    expect(screen.queryByTestId('checklist')).toBeNull();
  });
});

describe('IntakeFormView: fewer clicks in the document check (issue 16, item 7)', () => {
  it('"mark all" fills a column of the required lines; digits toggle a line by its number', async () => {
    renderForm(filled());
    await toDocuments();
    const required = [
      ...document.querySelectorAll('[data-testid="checklist"] tbody tr[data-required="yes"]'),
    ];
    const box = (tr: Element, col: string) =>
      tr.querySelector<HTMLInputElement>(`[data-testid="${tr.getAttribute('data-testid')}-${col}"]`)!;
    // Housing wants the original checked and the copy kept (issue 14): both columns make it complete.
    fireEvent.click(screen.getByTestId('docs-all-copy'));
    expect(screen.queryByTestId('package-complete')).toBeNull();
    fireEvent.click(screen.getByTestId('docs-all-original'));
    await screen.findByTestId('package-complete');
    expect(required.every((tr) => box(tr, 'copy').checked)).toBe(true);
    const first = required.find((tr) => tr.getAttribute('data-number') === '1')!;
    act(
      () =>
        void window.dispatchEvent(new KeyboardEvent('keydown', { code: 'Digit1', key: '!', shiftKey: true })),
    );
    await waitFor(() => expect(box(first, 'original').checked).toBe(false));
    expect(screen.queryByTestId('package-complete')).toBeNull();
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { code: 'Digit1', key: '1' })));
    await waitFor(() => expect(box(first, 'copy').checked).toBe(false));
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { code: 'Digit1', key: '1' })));
    await waitFor(() => expect(box(first, 'copy').checked).toBe(true));
    act(
      () =>
        void window.dispatchEvent(new KeyboardEvent('keydown', { code: 'Digit1', key: '!', shiftKey: true })),
    );
    await waitFor(() => expect(box(first, 'original').checked).toBe(true));
    await screen.findByTestId('package-complete');
  });
});

describe('IntakeFormView: refusal at the counter (issue 16, item 8)', () => {
  it('asks first, records on confirmation only, and prints again as a recorded duplicate', async () => {
    const db = renderForm(filled());
    await toDocuments();
    fireEvent.click(screen.getByTestId('intake-refuse'));
    expect((await screen.findByTestId('refusal-confirm')).textContent).toContain(
      'Отказ будет записан, и будет напечатан перечень недостающих документов (',
    );
    expect(document.body.textContent).not.toContain('{{');
    expect(await db.counterRefusals.count()).toBe(0);
    expect(delivered).toHaveLength(0);
    fireEvent.click(screen.getByTestId('refusal-cancel'));
    await waitFor(() => expect(screen.queryByTestId('refusal-confirm')).toBeNull());
    expect(await db.counterRefusals.count()).toBe(0);

    fireEvent.click(screen.getByTestId('intake-refuse'));
    fireEvent.click(await screen.findByTestId('refusal-confirm-button'));
    await screen.findByTestId('refusal-done', {}, { timeout: 10_000 });
    await waitFor(() => expect(delivered).toHaveLength(1));
    expect(await db.counterRefusals.count()).toBe(1);

    fireEvent.click(screen.getByTestId('refusal-reprint'));
    expect((await screen.findByTestId('refusal-reprints', {}, { timeout: 10_000 })).textContent).toBe(
      'Напечатано дубликатов: 1',
    );
    expect(delivered).toHaveLength(2);
    const reprints = await db.audit.where('action').equals('intake.counter-refusal-reprinted').toArray();
    expect(reprints).toHaveLength(1);
    expect(reprints[0]!.details).toMatchObject({ userId: USER.id, lang: 'ru' });
  }, 30_000);
});

describe('IntakeFormView: the same IIN under another name (issue 16, item 6)', () => {
  it('warns with both names', async () => {
    const db = testDb();
    const earlier = {
      id: makeCaseNumber({ officeCode: '22', deskCode: '00', epoch: 0, year: 2026, sequence: 1 }),
      personKey: 'iin:950615300000',
      serviceId: 'child-benefit-under-18',
      status: 'accepted',
      intake: { applicant: { surname: 'Иванов', name: 'Иван', patronymic: 'Иванович' } },
    } as unknown as CaseRow;
    await db.cases.add(earlier);
    renderForm(filled(), 'ru', db);
    const alert = await screen.findByTestId('name-conflict', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Иванов Иван Иванович');
    expect(alert.textContent).toContain('Қасымов Әли Серікұлы');
  });
});

describe('IntakeFormView: leaving keeps the draft and says so (issue 16, item 9)', () => {
  it('a form left for another area is saved at once with a message', async () => {
    const db = renderForm(filled());
    fireEvent.change(screen.getByTestId('f-applicant-name'), { target: { value: 'Әлихан' } });
    fireEvent.click(screen.getByTestId('leave-area'));
    await screen.findByText(
      'Заявление не завершено: черновик сохранён, его можно продолжить в разделе «Приём».',
    );
    await waitFor(async () => expect((await db.drafts.get('d1'))?.label).toContain('Қасымов'));
  });
});
