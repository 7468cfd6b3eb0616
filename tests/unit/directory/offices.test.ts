import { describe, expect, it } from 'vitest';
import {
  CITY_CENTER_CODE,
  DEPARTMENT_CODE,
  OFFICES,
  centers,
  districtCenterFor,
  districtOfficeFor,
  officeByCode,
  officesOfType,
} from '@shared/directory/offices';
import { CITY_DISTRICTS, type Office } from '@shared/directory/types';
import type { LocalText } from '@shared/i18n/lang';

const PHONE = /^8-727 \d{3}-\d{2}-\d{2}$/;
// A printed e-mail with a space ("depart_zan@ mail.ru", digest 5.1) must not reach the data.
const EMAIL = /^[a-z0-9_.-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

function texts(o: Office): [string, LocalText][] {
  return [
    ['name', o.name],
    ['shortName', o.shortName],
    ['address', o.address],
    ['hours', o.hours.text],
    ...Object.entries(o.phoneNotes ?? {}).map(([p, t]) => [`note ${p}`, t] as [string, LocalText]),
  ];
}

describe('office table (digest 5)', () => {
  it('fixes every code to one office: 00 Управление, 11-17 district offices, 20 city ЦОН, 21-27 district ЦОН', () => {
    const table = OFFICES.map((o) => `${o.code} ${o.type} ${o.district ?? '-'}`);
    expect(table).toEqual([
      '00 department -',
      '11 district alatau',
      '12 district almaly',
      '13 district auezov',
      '14 district bostandyk',
      '15 district zhetysu',
      '16 district medeu',
      '17 district turksib',
      '20 center -',
      '21 center alatau',
      '22 center almaly',
      '23 center auezov',
      '24 center bostandyk',
      '25 center zhetysu',
      '26 center medeu',
      '27 center turksib',
    ]);
    expect(DEPARTMENT_CODE).toBe('00');
    expect(CITY_CENTER_CODE).toBe('20');
  });

  it('has 7 district offices, not 8 (digest 5.2 notes: row 1 of each table is the Управление)', () => {
    expect(officesOfType('district')).toHaveLength(7);
    expect(officesOfType('department')).toHaveLength(1);
    expect(centers()).toHaveLength(8);
  });

  it('has unique two-digit codes', () => {
    const codes = OFFICES.map((o) => o.code);
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives each district exactly one district office and one ЦОН branch', () => {
    for (const d of CITY_DISTRICTS) {
      expect(
        OFFICES.filter((o) => o.type === 'district' && o.district === d),
        d,
      ).toHaveLength(1);
      expect(
        OFFICES.filter((o) => o.type === 'center' && o.district === d),
        d,
      ).toHaveLength(1);
      expect(districtOfficeFor(d).district).toBe(d);
      expect(districtOfficeFor(d).type).toBe('district');
      expect(districtCenterFor(d).district).toBe(d);
      expect(districtCenterFor(d).type).toBe('center');
    }
    expect(officeByCode('00')?.district).toBeUndefined();
    expect(officeByCode('20')?.district).toBeUndefined();
  });

  it('looks offices up by code and returns undefined for an unknown one', () => {
    expect(officeByCode('16')?.district).toBe('medeu');
    expect(officeByCode('26')?.district).toBe('medeu');
    expect(officeByCode('99')).toBeUndefined();
    expect(officeByCode('1')).toBeUndefined();
  });

  it('has every text non-empty in Russian and Kazakh, and the Kazakh is not a copy of the Russian', () => {
    for (const o of OFFICES) {
      for (const [field, t] of texts(o)) {
        expect(t.ru.trim(), `${o.code} ${field} ru`).not.toBe('');
        expect(t.kk.trim(), `${o.code} ${field} kk`).not.toBe('');
        expect(t.kk, `${o.code} ${field} kk equals ru`).not.toBe(t.ru);
      }
    }
  });

  it('uses the glossary terms in Kazakh names (docs/calendar-kz.md)', () => {
    for (const o of officesOfType('district')) {
      expect(o.name.kk).toContain('аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімі');
      expect(o.name.ru).toContain('районный отдел');
    }
    for (const o of centers()) {
      expect(o.shortName.ru).toContain('ЦОН');
      expect(o.shortName.kk).toContain('ХҚКО');
    }
    expect(districtOfficeFor('auezov').shortName.kk).toBe('Әуезов аудандық бөлімі');
    expect(districtCenterFor('turksib').name.kk).toBe('Түрксіб ауданының халыққа қызмет көрсету орталығы');
  });

  it('cites a digest paragraph for every row', () => {
    for (const o of OFFICES) expect(o.source, o.code).toMatch(/^digest 5\.[123]\b/);
    expect(officeByCode('00')?.source).toContain('5.1');
    expect(officeByCode('13')?.source).toContain('5.2 row 3');
    expect(officeByCode('24')?.source).toContain('5.3 row 4');
  });
});

describe('phones and e-mails', () => {
  it('writes every phone as 8-727 NNN-NN-NN', () => {
    for (const o of OFFICES) {
      for (const p of [...o.phones, ...o.secondaryPhones]) expect(p, o.code).toMatch(PHONE);
      expect(o.phones.length, o.code).toBeGreaterThan(0);
    }
  });

  it('never lists a phone twice in one office, nor a main phone again as secondary', () => {
    for (const o of OFFICES) {
      const all = [...o.phones, ...o.secondaryPhones];
      expect(new Set(all).size, o.code).toBe(all.length);
    }
  });

  it('only annotates phones the office has', () => {
    for (const o of OFFICES) {
      const all = new Set([...o.phones, ...o.secondaryPhones]);
      for (const p of Object.keys(o.phoneNotes ?? {})) expect(all.has(p), `${o.code} ${p}`).toBe(true);
    }
  });

  it('has well-formed e-mails without the printed spaces', () => {
    for (const o of OFFICES)
      for (const e of [...o.emails, ...(o.secondaryEmails ?? [])]) expect(e, o.code).toMatch(EMAIL);
    for (const o of [...officesOfType('department'), ...officesOfType('district')])
      expect(o.emails.length, o.code).toBe(1);
  });

  it('takes the Управление values from G1 and keeps the service 3 ones as secondary (digest 6.5 item 47)', () => {
    const dep = officeByCode('00')!;
    expect(dep.phones).toEqual(['8-727 261-67-78', '8-727 261-52-02']);
    expect(dep.secondaryPhones).toEqual(['8-727 261-67-71']);
    expect(dep.emails).toEqual(['depart_zan@mail.ru']);
    expect(dep.secondaryEmails).toEqual(['upr_zan@mail.ru']);
  });

  it('takes the Alatau values from G1 and keeps G2/G3 as secondary (digest 6.5 item 48)', () => {
    const alatau = districtOfficeFor('alatau');
    expect(alatau.phones).toEqual(['8-727 299-87-79']);
    expect([...alatau.secondaryPhones].sort()).toEqual(['8-727 295-36-40', '8-727 395-36-40']);
    expect(alatau.emails).toEqual(['alatay_zan09@mail.ru']);
    expect(alatau.secondaryEmails).toEqual(['alatau_zan09@mail.ru']);
    // The Alatau ЦОН's 395-36-10 is a different number (digest 5.2 notes).
    expect(districtCenterFor('alatau').phones).toEqual(['8-727 395-36-10']);
  });

  it('gives each district office its G1 phone (digest 5.2)', () => {
    const g1 = {
      alatau: '299-87-79',
      almaly: '267-45-80',
      auezov: '276-49-92',
      bostandyk: '392-22-95',
      zhetysu: '279-37-72',
      medeu: '291-75-55',
      turksib: '236-55-97',
    } as const;
    for (const d of CITY_DISTRICTS) expect(districtOfficeFor(d).phones, d).toEqual([`8-727 ${g1[d]}`]);
  });

  it('gives ЦОН branches the housing-assistance table phone first and the service 9 numbers as secondary (digest 5.3)', () => {
    expect(districtCenterFor('almaly').phones).toEqual(['8-727 278-09-09']);
    // 278-09-09 is also the head's reception in the service 9 table: listed once.
    expect(districtCenterFor('almaly').secondaryPhones).toEqual(['8-727 378-09-10']);
    expect(districtCenterFor('medeu').secondaryPhones).toEqual(['8-727 239-65-53', '8-727 239-65-47']);
    expect(districtCenterFor('zhetysu').secondaryPhones).toEqual(['8-727 378-46-72', '8-727 290-18-07']);
    expect(officeByCode('20')?.phones).toEqual(['8-727 247-16-34']);
    for (const c of centers().filter((o) => o.district))
      expect(c.secondaryPhones.length, c.code).toBeGreaterThan(0);
  });
});

describe('working hours', () => {
  it('opens ЦОН branches Monday to Saturday 09:00-20:00 (service 1 table, docs/decisions.md)', () => {
    for (const c of centers()) {
      expect(c.hours.days, c.code).toEqual([1, 2, 3, 4, 5, 6]);
      expect([c.hours.open, c.hours.close], c.code).toEqual(['09:00', '20:00']);
      expect(c.hours.lunch, c.code).toBeUndefined();
      expect(c.hours.text.ru).toContain('9:00 до 20:00');
      expect(c.hours.text.ru).toMatch(/воскресенья/);
    }
  });

  it('opens the Управление and district offices Monday to Friday 09:00-18:00 with lunch 13:00-14:00 (digest 5.1)', () => {
    for (const o of [...officesOfType('department'), ...officesOfType('district')]) {
      expect(o.hours.days, o.code).toEqual([1, 2, 3, 4, 5]);
      expect([o.hours.open, o.hours.close], o.code).toEqual(['09:00', '18:00']);
      expect(o.hours.lunch, o.code).toEqual({ from: '13:00', to: '14:00' });
      expect(o.hours.text.ru).toContain('с 9:00 до 18:00');
      expect(o.hours.text.kk).toContain('18:00');
    }
  });
});
