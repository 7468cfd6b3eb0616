// @vitest-environment happy-dom
/**
 * The intake document check (issue 14): a required document the regulation wants shown in the
 * original and kept as a copy stays missing, and registration stays closed, until both are ticked.
 */
// fake-indexeddb before Dexie is first imported.
import { closeTestDbs, testDb } from '../testDb';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, configure } from '@testing-library/react';
import { defaultCatalogue, getService } from '@shared/catalogue';
import { AppProviders } from '@renderer/app/AppProviders';
import { IntakeFormView } from '@renderer/features/intake/IntakeForm';
import { emptyForm, type IntakeForm } from '@renderer/features/intake/model';
import { createI18n } from '@renderer/i18n';

// A loaded shared machine is slow to close a modal or settle a live query: wait longer than 1 s.
configure({ asyncUtilTimeout: 8000 });

const OFFICE = { officeCode: '22', workstation: 'main' as const, deskCode: '00', configuredAt: 0 };
const USER = {
  id: 'u-insp',
  login: 'insp',
  fullName: 'Иванова Анна Сергеевна',
  roles: ['center-inspector' as const],
};

afterEach(async () => {
  cleanup();
  // Let the draft saved on unmount land before the database goes.
  await new Promise((r) => setTimeout(r, 50));
  await closeTestDbs();
});

/** A valid step 1 for housing assistance. */
function filled(): IntakeForm {
  const f = emptyForm(getService(defaultCatalogue(), 'housing-assistance'), 'ru');
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

function renderForm(initial: IntakeForm) {
  render(
    <AppProviders db={testDb()} i18n={createI18n('ru')}>
      <IntakeFormView
        draftId="d1"
        initial={initial}
        office={OFFICE}
        user={USER}
        lang="ru"
        onRegistered={() => undefined}
        onClose={() => undefined}
      />
    </AppProviders>,
  );
}

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;
async function toDocuments() {
  fireEvent.click(screen.getByTestId('intake-next'));
  await screen.findByTestId('checklist');
}

describe('IntakeFormView: the document check decides completeness (issue 14)', () => {
  it('a required document wanting the original shown and a copy is missing until both are ticked', async () => {
    renderForm(filled());
    await toDocuments();
    const register = input('intake-register') as unknown as HTMLButtonElement;
    const rows = [...document.querySelectorAll('[data-testid="checklist"] tbody tr[data-required="yes"]')];
    const both = rows.filter(
      (tr) => tr.querySelector('[data-rule]')?.getAttribute('data-rule') === 'original-and-copy',
    );
    expect(both.length).toBeGreaterThan(1);
    const id = (tr: Element) => tr.getAttribute('data-testid')!.slice('doc-'.length);
    const tick = (tr: Element, col: 'original' | 'copy') => fireEvent.click(input(`doc-${id(tr)}-${col}`));
    expect(register.disabled).toBe(true);

    // Every required line complete except the first: originals everywhere, copies on all but it.
    for (const tr of rows) tick(tr, 'original');
    for (const tr of rows) if (tr !== both[0]) tick(tr, 'copy');
    const missing = await screen.findByTestId('missing-list');
    expect([...missing.querySelectorAll('li')].map((li) => li.getAttribute('data-testid'))).toEqual([
      `missing-${id(both[0]!)}`,
    ]);
    expect(screen.queryByTestId('package-complete')).toBeNull();
    expect(register.disabled).toBe(true);

    // The copy alone is not enough either.
    tick(both[0]!, 'original');
    tick(both[0]!, 'copy');
    await waitFor(() => expect(screen.queryByTestId(`missing-${id(both[0]!)}`)).toBeTruthy());
    expect(screen.queryByTestId('package-complete')).toBeNull();

    tick(both[0]!, 'original');
    await screen.findByTestId('package-complete');
    expect(screen.queryByTestId('missing-list')).toBeNull();
    expect(register.disabled).toBe(false);
  });
});
