// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, configure, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { formatCaseNumber } from '@shared/case-number';
import { AppProviders } from '@renderer/app/AppProviders';
import { createI18n } from '@renderer/i18n';
import { listenForScans } from '@renderer/scan/wedgeListener';
import { ScanProvider, readUnclaimedScan, useScanClaim } from '@renderer/scan/ScanProvider';
import type { AppDatabase } from '@renderer/db/database';
import { closeTestDbs, testDb } from '../testDb';
import { insertCases, makeCase } from '../journal/fixtures';

// Two shared cores: give live queries and Mantine transitions time before failing.
configure({ asyncUtilTimeout: 8000 });

afterEach(async () => {
  cleanup();
  window.location.hash = '';
  await closeTestDbs();
});

/** Kazakh layout: the digit row types these letters (docs/decisions.md). */
const KK_DIGIT_ROW: Record<string, string> = {
  '1': '"',
  '2': 'ә',
  '3': 'і',
  '4': 'ң',
  '5': 'ғ',
  '6': ',',
  '7': '.',
  '8': 'ү',
  '9': 'ұ',
  '0': 'қ',
};

function key(target: EventTarget, code: string, keyChar: string, at: number): KeyboardEvent {
  const ev = new KeyboardEvent('keydown', { code, key: keyChar, bubbles: true, cancelable: true });
  Object.defineProperty(ev, 'timeStamp', { value: at });
  target.dispatchEvent(ev);
  return ev;
}

/** Types `digits` then Enter as a wedge scanner would under the Kazakh layout, `gap` ms apart. */
function scan(target: EventTarget, digits: string, gap = 5, start = 1000): KeyboardEvent[] {
  const events = [...digits].map((d, i) => key(target, `Digit${d}`, KK_DIGIT_ROW[d]!, start + i * gap));
  events.push(key(target, 'Enter', 'Enter', start + digits.length * gap));
  return events;
}

describe('listenForScans', () => {
  it('decodes a scan typed under the Kazakh layout from the physical keys', () => {
    const got: string[] = [];
    const l = listenForScans(window, (d) => got.push(d));
    const events = scan(document.body, '22000260000013');
    l.stop();
    expect(got).toEqual(['22000260000013']);
    // Every key after the first, and the Enter, were kept from the page.
    expect(events.slice(1).every((e) => e.defaultPrevented)).toBe(true);
  });

  it('people typing slowly are not a scan, and their keys are left alone', () => {
    const got: string[] = [];
    const l = listenForScans(window, (d) => got.push(d));
    const events = scan(document.body, '22000260000013', 200);
    l.stop();
    expect(got).toEqual([]);
    expect(events.some((e) => e.defaultPrevented)).toBe(false);
  });

  it('puts back a focused field the first digit leaked into', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.value = 'Қас';
    input.focus();
    const onInput = vi.fn();
    input.addEventListener('input', onInput);
    const l = listenForScans(window, () => {});
    // The browser would insert the first character before the second key shows it is a scan.
    key(input, 'Digit2', 'ә', 1000);
    input.value = 'Қасә';
    const rest = [...'2000260000013'].map((d, i) => key(input, `Digit${d}`, KK_DIGIT_ROW[d]!, 1005 + i * 5));
    const enter = key(input, 'Enter', 'Enter', 1100);
    l.stop();
    // In a field the digits type as usual (they may be a fast typist's); the scan's Enter is held
    // back and the field is restored.
    expect(rest.some((e) => e.defaultPrevented)).toBe(false);
    expect(enter.defaultPrevented).toBe(true);
    expect(input.value).toBe('Қас');
    expect(onInput).toHaveBeenCalled();
    input.remove();
  });

  it('fast typing in a field without Enter keeps every digit', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const got: string[] = [];
    const l = listenForScans(window, (d) => got.push(d));
    const events = [...'1234567890'].map((d, i) => key(input, `Digit${d}`, d, 1000 + i * 20));
    key(input, 'KeyA', 'a', 1300);
    l.stop();
    expect(events.some((e) => e.defaultPrevented)).toBe(false);
    expect(got).toEqual([]);
    input.remove();
  });

  it('a key with a modifier breaks a scan', () => {
    const got: string[] = [];
    const l = listenForScans(window, (d) => got.push(d));
    [...'2200026000'].forEach((d, i) => key(document.body, `Digit${d}`, d, 1000 + i * 5));
    const ctrl = new KeyboardEvent('keydown', { code: 'KeyV', key: 'v', ctrlKey: true, bubbles: true });
    Object.defineProperty(ctrl, 'timeStamp', { value: 1051 });
    document.body.dispatchEvent(ctrl);
    [...'0013'].forEach((d, i) => key(document.body, `Digit${d}`, d, 1052 + i * 5));
    key(document.body, 'Enter', 'Enter', 1080);
    l.stop();
    expect(got).toEqual([]);
  });
});

function Claimer() {
  const [last, setLast] = useState('');
  useScanClaim(setLast);
  return <div data-testid="claimed">{last}</div>;
}

function renderWithScanner(db: AppDatabase, children: React.ReactNode = null) {
  return render(
    <AppProviders db={db} i18n={createI18n('kk')}>
      <ScanProvider>{children}</ScanProvider>
    </AppProviders>,
  );
}

describe('ScanProvider', () => {
  it('an unclaimed scan of a stored case opens its page', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    renderWithScanner(db);
    act(() => void scan(document.body, row!.id));
    await waitFor(() => expect(window.location.hash).toBe(`#/journal/${row!.id}`));
  });

  it('a valid number not stored here shows a translated notice', async () => {
    const db = testDb();
    const other = makeCase().id;
    renderWithScanner(db);
    act(() => void scan(document.body, other));
    expect(await screen.findByText(new RegExp(formatCaseNumber(other)))).toBeTruthy();
    expect(window.location.hash).toBe('');
  });

  it('a screen that claims scans gets them instead', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    renderWithScanner(db, <Claimer />);
    act(() => void scan(document.body, row!.id));
    await waitFor(() => expect(screen.getByTestId('claimed').textContent).toBe(row!.id));
    expect(window.location.hash).toBe('');
  });

  it('reads what an unclaimed scan means', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    expect(await readUnclaimedScan(db, row!.id)).toEqual({ kind: 'open', caseId: row!.id });
    expect(await readUnclaimedScan(db, '12345678')).toEqual({
      kind: 'not-a-case-number',
      digits: '12345678',
    });
  });
});
