import { describe, expect, it } from 'vitest';
import ru from '../../../locales/ru/registry.json';
import kk from '../../../locales/kk/registry.json';
import { CHECK_IDS, REFUSAL_CODES, WARNING_CODES } from '@shared/registry/codes';
import { MERGE_ACTIONS } from '@shared/registry/merge';
import { OWNERSHIP_REASONS } from '@shared/registry/plan';
import { REGISTRY_KINDS } from '@shared/registry/manifest';
import type { CardImportCode } from '@shared/crypto/trust-store';
import type { KeyRefusalCode } from '@shared/crypto/key-wrap';

const CARD_CODES: CardImportCode[] = [
  'card-invalid',
  'card-key-id-mismatch',
  'card-signature-invalid',
  'card-revoked',
  'card-revokes-foreign-key',
  'card-desk-of-other-office',
];
const KEY_CODES: KeyRefusalCode[] = ['wrong-passphrase', 'wrapped-keys-invalid'];

const params = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('registry messages in ru and kk', () => {
  const groups: [string, readonly string[]][] = [
    ['refusal', REFUSAL_CODES],
    ['warning', WARNING_CODES],
    ['check', CHECK_IDS],
    ['merge', MERGE_ACTIONS],
    ['ownership', OWNERSHIP_REASONS],
    ['kind', REGISTRY_KINDS],
    ['card', CARD_CODES],
    ['keys', KEY_CODES],
  ];
  it.each(groups)(
    'every %s code has a text in both languages, with the same placeholders',
    (group, codes) => {
      const r = (ru as Record<string, Record<string, string>>)[group]!;
      const k = (kk as Record<string, Record<string, string>>)[group]!;
      for (const code of codes) {
        expect(r[code], `ru ${group}.${code}`).toBeTruthy();
        expect(k[code], `kk ${group}.${code}`).toBeTruthy();
        expect(params(k[code]!), `${group}.${code}`).toEqual(params(r[code]!));
      }
    },
  );

  it('refusal texts are distinct, so each code tells the user something different', () => {
    for (const lang of [ru, kk]) {
      const texts = REFUSAL_CODES.map((c) => lang.refusal[c]);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('warning placeholders match what the pipeline sends', () => {
    expect(params(ru.warning['sequence-gap'])).toEqual(['expected', 'received']);
    expect(params(ru.warning['sequence-repeated'])).toEqual(['last', 'received']);
    expect(params(ru.warning['created-in-future'])).toEqual(['createdAt']);
  });

  it('Kazakh texts use the glossary terms (тізілім, not реестр)', () => {
    expect(JSON.stringify(kk)).not.toMatch(/реестр|ЦОН/i);
    expect(kk.kind.registry).toBe('Тізілім');
  });
});
