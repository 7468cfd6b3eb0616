import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { BackupRefusal } from '@shared/backup';
import { CalendarCorrectionError } from '@shared/calendar';
import { OverrideError } from '@shared/catalogue';
import { KeyRefusal } from '@shared/crypto/key-wrap';
import type { Lang } from '@shared/i18n/lang';
import { transitionError } from '@shared/lifecycle';
import { RegistryRefusal } from '@shared/registry';
import { NewerDatabaseError } from '@renderer/backup/storageErrors';
import { createI18n } from '@renderer/i18n';
import { errorMessage, isTransitionError } from '@renderer/ui/errorMessage';

afterEach(() => vi.restoreAllMocks());

function messages(err: unknown, lang: Lang) {
  const i18n = createI18n(lang);
  return { text: errorMessage(err, i18n.t, lang), t: i18n.t };
}

const zodError = z.object({ phone: z.string() }).safeParse({ phone: 1 }).error;

/** Each kind of error → the locale key it must show, with its parameters. */
const CASES: [string, unknown, string, Record<string, string>?][] = [
  [
    'lifecycle refusal',
    transitionError('missing-grounds', 'decide', 'registered'),
    'lifecycle:errors.missing-grounds',
  ],
  ['full disk', { name: 'QuotaExceededError', message: 'quota' }, 'backup:storage.quota'],
  [
    'full disk wrapped by Dexie',
    { name: 'AbortError', inner: { name: 'QuotaExceededError' } },
    'backup:storage.quota',
  ],
  ['newer database', new NewerDatabaseError(90, 80), 'backup:storage.newerVersion'],
  ['closed database', { name: 'DatabaseClosedError', message: 'closed' }, 'backup:storage.unavailable'],
  ['registry refusal', new RegistryRefusal('signature-invalid', 'sig'), 'registry:refusal.signature-invalid'],
  ['key refusal', new KeyRefusal('wrong-passphrase'), 'registry:keys.wrong-passphrase'],
  ['backup refusal', new BackupRefusal('wrong-passphrase'), 'backup:refusal.wrong-passphrase'],
  ['zod issue', zodError, 'common:errors.invalidField', { field: 'phone' }],
  ['zod issue at the root', z.string().safeParse(1).error, 'common:errors.invalidData'],
  [
    'rules override',
    new OverrideError('housing-assistance' as never, 'no document "x" to remove'),
    'common:errors.rulesOverride',
  ],
];

describe('errorMessage', () => {
  for (const lang of ['ru', 'kk'] as const) {
    for (const [name, err, key, params] of CASES) {
      it(`${lang}: ${name} → ${key}`, () => {
        vi.spyOn(console, 'warn').mockImplementation(() => {});
        const { text, t } = messages(err, lang);
        expect(text).toBe(t(key, params));
        // A real sentence, not the key i18next returns for a missing text.
        expect(text).not.toContain(key.split(':')[1]!);
        expect(text.length).toBeGreaterThan(10);
      });
    }
  }

  it('names a calendar correction by its date in the user’s format', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const err = new CalendarCorrectionError(
      { date: '2031-01-06', kind: 'day-off', reason: { ru: 'x', kk: 'x' } },
      'Date 2031-01-06 is outside the working calendar',
    );
    expect(messages(err, 'ru').text).toContain('06.01.2031');
    expect(messages(err, 'ru').text).not.toContain('outside');
    expect(messages(err, 'kk').text).toContain('06.01.2031');
  });

  it('speaks the user’s language', () => {
    const err = transitionError('missing-grounds', 'decide', 'registered');
    expect(messages(err, 'ru').text).toBe('Для отказа укажите основания.');
    expect(messages(err, 'kk').text).not.toBe(messages(err, 'ru').text);
  });

  it('an unknown error gets the generic text; its detail goes to the console only', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const err = new TypeError("Cannot read properties of undefined (reading 'applicant')");
    const ru = messages(err, 'ru');
    expect(ru.text).toBe(ru.t('common:errors.unexpected'));
    expect(ru.text).not.toContain('applicant');
    expect(log).toHaveBeenCalledWith(err);
    const kk = messages('boom', 'kk');
    expect(kk.text).toBe(kk.t('common:errors.unexpected'));
    expect(kk.text).not.toBe(ru.text);
    expect(kk.text).not.toContain('boom');
  });

  it('recognises a lifecycle refusal by its code and key, not any object with a code', () => {
    expect(isTransitionError(transitionError('case-closed', 'cancel', 'cancelled'))).toBe(true);
    expect(isTransitionError({ code: 'case-closed' })).toBe(false);
    expect(isTransitionError({ code: 'not-found', messageKey: 'errors.not-found' })).toBe(false);
    expect(isTransitionError(null)).toBe(false);
  });
});
