// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import { AppProviders } from '@renderer/app/AppProviders';
import type { SessionUser } from '@renderer/auth/session';
import { getSetting } from '@renderer/db/settings';
import type { CaseRow } from '@renderer/db/types';
import { PaymentPanel } from '@renderer/features/registries/PaymentPanel';
import { createI18n } from '@renderer/i18n';
import { createOfficeIdentity, forgetSessionKeys, unlockKeys } from '@renderer/registry/identity';
import type { Role } from '@shared/auth/roles';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { makeCase, MONDAY_10AM } from '../journal/fixtures';

configure({ asyncUtilTimeout: 8000 });

const PASS = 'correct horse battery';

afterEach(async () => {
  cleanup();
  forgetSessionKeys();
  await closeTestDbs();
});

function assigned(amount?: number): CaseRow {
  const row = makeCase({ serviceId: 'maslikhat-social-aid', channel: 'district' });
  const state = {
    ...row.state,
    status: 'issued-in-person' as const,
    decision: 'approved' as const,
    revisions: { intake: 1, processing: 3, payment: 0 },
    ...(amount !== undefined ? { amount } : {}),
  };
  return { ...row, status: state.status, state };
}

async function station(code: string, roles: Role[]) {
  const db = testDb();
  const adminId = await setUpOffice(db, { officeCode: code, workstation: 'main', deskCode: '' });
  const office = (await getSetting(db, 'office'))!;
  const made = await createOfficeIdentity(db, {
    office,
    passphrase: PASS,
    passphraseRepeat: PASS,
    userId: adminId,
    now: new Date(MONDAY_10AM),
    iterations: 1000,
  });
  if (!made.ok) throw new Error(made.code);
  const user: SessionUser = { id: adminId, login: 'admin', fullName: 'Әкімші', roles };
  return { db, office, user };
}

describe('PaymentPanel', () => {
  it('lists the district cases in Kazakh and leaves out the one without an amount, with its reason', async () => {
    const { db, office, user } = await station('12', ['admin', 'responsible-specialist']);
    const a = assigned(12_000);
    const none = assigned();
    await db.cases.bulkAdd([a, none]);
    const unlocked = await unlockKeys(db, PASS, user.id);
    expect(unlocked.ok).toBe(true);
    render(
      <AppProviders db={db} i18n={createI18n('kk')}>
        <PaymentPanel office={office} user={user} />
      </AppProviders>,
    );
    expect(await screen.findByTestId(`payment-case-${a.id}`)).toBeTruthy();
    expect(screen.getByTestId(`payment-left-out-${none.id}`).textContent).toContain(
      'Төлем сомасы көрсетілмеген',
    );
    expect(screen.getByTestId('payment-compile').textContent).toBe('Өтінім жасау (1)');
  });

  it('asks for the responsible specialist at a district and shows nothing to send at a ЦОН', async () => {
    const district = await station('12', ['admin', 'district-specialist']);
    render(
      <AppProviders db={district.db} i18n={createI18n('ru')}>
        <PaymentPanel office={district.office} user={district.user} />
      </AppProviders>,
    );
    await waitFor(() =>
      expect(screen.getByText('Заявку на выплату составляет ответственный специалист.')).toBeTruthy(),
    );
    cleanup();
    const center = await station('22', ['admin', 'accumulation-inspector']);
    render(
      <AppProviders db={center.db} i18n={createI18n('ru')}>
        <PaymentPanel office={center.office} user={center.user} />
      </AppProviders>,
    );
    expect(screen.getByText(/Заявки на выплату социальной помощи/)).toBeTruthy();
  });

  it('shows the Управление an empty list until a request is imported', async () => {
    const { db, office, user } = await station('00', ['admin', 'department-specialist']);
    render(
      <AppProviders db={db} i18n={createI18n('ru')}>
        <PaymentPanel office={office} user={user} />
      </AppProviders>,
    );
    expect(await screen.findByText('Заявок на выплату пока нет.')).toBeTruthy();
  });
});
