/**
 * Issue 10, defect 7: names accepted bidi overrides and zero-width characters, so «Ива\u200Bнов»
 * printed as «Иванов» yet escaped a search for it, and «\u202E…» showed a name reversed. Such
 * characters are refused in every name of the intake schema (at intake and in imports, where the
 * refusal has its own code and message) and folded out of search keys.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { intakeSchema, type Intake } from '@shared/case/intake';
import { foldSurname } from '@shared/case/search';
import { hasInvisibleCharacters } from '@shared/case/text';
import { previewImport, type ImportPreview } from '@shared/registry/import';
import { intakePartData, PART_SCHEMAS } from '@renderer/registry/parts';
import { makeCase } from '../renderer/journal/fixtures';
import { buildFile, districtContext, makeWorld, type World } from './fixtures';

const HOSTILE: [string, string][] = [
  ['zero-width space', 'Ива\u200Bнов'],
  ['zero-width non-joiner', 'Ива\u200Cнов'],
  ['zero-width joiner', 'Ива\u200Dнов'],
  ['word joiner', 'Ива\u2060нов'],
  ['byte-order mark inside', 'Ива\uFEFFнов'],
  ['soft hyphen', 'Ива\u00ADнов'],
  ['right-to-left override', '\u202EвонавИ'],
  ['left-to-right embedding', 'Ива\u202Aнов'],
  ['pop directional formatting', 'Иванов\u202C'],
  ['right-to-left isolate', 'Ива\u2067нов'],
  ['right-to-left mark', 'Иванов\u200F'],
  ['Arabic letter mark', 'Иванов\u061C'],
  ['NUL', 'Ива\u0000нов'],
  ['tab', 'Ива\tнов'],
  ['line feed', 'Ива\nнов'],
  ['line separator', 'Ива\u2028нов'],
  ['Hangul filler (an invisible letter)', 'Ива\u3164нов'],
];

const row = makeCase();
const valid: Intake = row.intake;

type Where = [string, (i: Intake, bad: string) => Intake];
const PLACES: Where[] = [
  ['applicant surname', (i, bad) => ({ ...i, applicant: { ...i.applicant, surname: bad } })],
  ['applicant name', (i, bad) => ({ ...i, applicant: { ...i.applicant, name: bad } })],
  ['applicant patronymic', (i, bad) => ({ ...i, applicant: { ...i.applicant, patronymic: bad } })],
  [
    'representative surname',
    (i, bad) => ({
      ...i,
      representative: {
        surname: bad,
        name: 'Пётр',
        patronymic: '',
        iin: '',
        phone: '',
        basis: 'power-of-attorney',
        basisDocument: '№ 1',
      },
    }),
  ],
  [
    'family member name',
    (i, bad) => ({
      ...i,
      family: [
        {
          surname: 'Иванова',
          name: bad,
          patronymic: '',
          iin: '',
          birthDate: '2015-01-01',
          relation: 'child',
          occupation: 'pupil',
          exemption: '',
        },
      ],
    }),
  ],
];

describe('names in the intake schema', () => {
  it('ordinary Russian and Kazakh names, hyphens and apostrophes pass', () => {
    for (const name of ['Иванов', 'Қасымов-Әлиев', "О'Нил", 'Нұрғалиев Серік', 'Сейітқызы']) {
      expect(hasInvisibleCharacters(name), name).toBe(false);
      const r = intakeSchema.safeParse({ ...valid, applicant: { ...valid.applicant, surname: name } });
      expect(r.success, name).toBe(true);
    }
  });

  it.each(HOSTILE)('a name with a %s is refused everywhere a name is', (_what, bad) => {
    expect(hasInvisibleCharacters(bad)).toBe(true);
    for (const [place, put] of PLACES) {
      const r = intakeSchema.safeParse(put(valid, bad));
      expect(r.success, place).toBe(false);
      const issue = r.error?.issues[0];
      expect(issue?.code === 'custom' ? issue.params : issue, place).toEqual({ refusal: 'name-characters' });
    }
  });
});

describe('a trusted sender delivering such a name', () => {
  let world: World;
  beforeAll(async () => {
    world = await makeWorld();
  });

  function code(preview: ImportPreview): string {
    return preview.status === 'refused' ? preview.refusal.code : preview.status;
  }

  it('is refused as name-characters (its own message), naming the field, not the value', async () => {
    const data = intakePartData(
      { ...valid, applicant: { ...valid.applicant, surname: 'Ива\u200Bнов' } },
      row.state,
    );
    const file = await buildFile(world, {
      cases: [{ number: row.id, parts: [{ part: 'intake', owner: '20', revision: 1, data }] }],
    });
    const preview = await previewImport(file, await districtContext(world, { partSchemas: PART_SCHEMAS }));
    expect(code(preview)).toBe('name-characters');
    expect(preview.checks.at(-1)).toEqual({ id: 'schema', ok: false, code: 'name-characters' });
    if (preview.status !== 'refused') return;
    expect(preview.refusal.detail).toContain('part intake: intake.applicant.surname');
    expect(preview.refusal.detail).not.toContain('Ива');
  });
});

describe('search keys', () => {
  it('fold zero-width and bidi characters out, so «Иванов» finds «Ива\\u200Bнов»', () => {
    for (const [, bad] of HOSTILE.filter(([what]) => !/override|NUL|tab|line|Hangul/.test(what))) {
      expect(foldSurname(bad), JSON.stringify(bad)).toBe('иванов');
    }
    expect(foldSurname('Ива\u200Bнов')).toBe(foldSurname('Иванов'));
    expect(foldSurname('Қасымов\u200B')).toBe('касымов');
  });
});
