// Invariants over the whole shipped catalogue: texts present in both languages, ids unique,
// conditions and steps pointing at things that exist.
import { describe, expect, it } from 'vitest';
import { ROLES } from '@shared/auth/roles';
import {
  APPLICANT_STATUSES,
  SERVICE_IDS,
  SUBTYPE_KEY,
  conditionTerms,
  defaultCatalogue,
  type Catalogue,
} from '@shared/catalogue';

/** Every {ru, kk} object anywhere in the data, with its JSON path. */
function localTexts(value: unknown, path = '$'): { path: string; ru: unknown; kk: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = 'ru' in o || 'kk' in o ? [{ path, ru: o.ru, kk: o.kk }] : [];
  return [
    ...own,
    ...Object.entries(o)
      .filter(([k]) => k !== 'ru' && k !== 'kk')
      .flatMap(([k, v]) => localTexts(v, `${path}.${k}`)),
  ];
}

function emptyTexts(catalogue: Catalogue): string[] {
  return localTexts(catalogue)
    .filter((t) => typeof t.ru !== 'string' || !t.ru.trim() || typeof t.kk !== 'string' || !t.kk.trim())
    .map((t) => t.path);
}

describe('catalogue texts (issue 3: ru and kk live in the data)', () => {
  const catalogue = defaultCatalogue();

  it('has no missing or empty ru/kk text anywhere', () => {
    expect(localTexts(catalogue).length).toBeGreaterThan(300);
    expect(emptyTexts(catalogue)).toEqual([]);
  });

  it('the check finds an emptied Kazakh text and a missing Russian one', () => {
    const broken = defaultCatalogue();
    broken.services['child-benefit-under-18'].documents[3]!.name.kk = '  ';
    delete (broken.services['housing-assistance'].grounds.refusal[0]!.text as { ru?: string }).ru;
    expect(emptyTexts(broken)).toEqual([
      '$.services.housing-assistance.grounds.refusal[0].text',
      '$.services.child-benefit-under-18.documents[3].name',
    ]);
  });

  it('Kazakh titles from the official glossary are not flagged; others are (docs/calendar-kz.md)', () => {
    expect(catalogue.services['housing-assistance'].name.kkReview).toBeUndefined();
    expect(catalogue.services['targeted-social-assistance'].name.kkReview).toBeUndefined();
    expect(catalogue.services['disability-wheelchair'].name.kkReview).toBeUndefined();
    expect(catalogue.services['child-benefit-under-18'].name.kkReview).toBe(true);
    expect(catalogue.services['maslikhat-social-aid'].name.kkReview).toBe(true);
  });
});

describe.each(SERVICE_IDS.map((id) => [id]))('service %s', (id) => {
  const catalogue = defaultCatalogue();
  const s = catalogue.services[id];

  it('is keyed by its own id and cites its digest section', () => {
    expect(s.id).toBe(id);
    expect(s.source).toBe(`3.${s.number}`);
  });

  it('has unique document ids, each citing its paragraph, with a regulation number or none', () => {
    const ids = s.documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of s.documents) {
      expect(d.source).toMatch(/^3\.\d/);
      if (d.number !== null) expect(d.number).toMatch(/^\d+$/);
    }
  });

  it('has conditions that test only declared situations, their values, or known sub-types', () => {
    for (const d of s.documents) {
      const terms = conditionTerms(d.requiredWhen);
      if (d.optionalWhen) conditionTerms(d.optionalWhen, terms);
      for (const [key, values] of terms) {
        const allowed =
          key === SUBTYPE_KEY
            ? s.subTypes.map((x) => x.id)
            : (s.situations.find((q) => q.key === key)?.values.map((v) => v.value) ?? []);
        expect(allowed, `${d.id} tests ${key}`).not.toEqual([]);
        for (const v of values) expect(allowed).toContain(v);
      }
    }
  });

  it('has situation defaults among their values', () => {
    for (const q of s.situations) expect(q.values.map((v) => v.value)).toContain(q.default);
  });

  it('has steps with known roles, unique ids, and anchors on earlier steps', () => {
    for (const rules of Object.values(s.channels)) {
      const seen = new Set<string>();
      for (const step of rules!.steps) {
        expect(ROLES).toContain(step.role);
        expect(seen.has(step.id)).toBe(false);
        const a = step.limit?.anchor;
        if (a?.from === 'afterStep') expect(seen.has(a.step), `${step.id} after ${a.step}`).toBe(true);
        seen.add(step.id);
      }
    }
  });

  it('has eligible statuses from the fixed list and at least one result', () => {
    for (const st of s.eligibleStatuses) expect(APPLICANT_STATUSES).toContain(st);
    expect(s.results.length).toBeGreaterThan(0);
  });
});

describe('channels, terms and statuses per the digest', () => {
  const c = defaultCatalogue();
  // [service, district term, center term or null, eligible statuses, IIN-less allowed, cite]
  const rows = [
    [
      'housing-assistance',
      '10 calendar-days',
      '10 calendar-days',
      // 3.1 §3 names no status: refugees are not excluded (issue 14, defect 5).
      'citizen oralman refugee foreigner stateless',
      true,
      '3.1 §8, §11.1',
    ],
    ['maslikhat-social-aid', '15 calendar-days', null, 'citizen foreigner stateless', true, '3.2 §2, §4'],
    ['employment-referral', '30 minutes', null, 'citizen oralman foreigner stateless', true, '3.3 §2, §4'],
    [
      'targeted-social-assistance',
      '7 working-days',
      null,
      'citizen oralman refugee foreigner stateless',
      true,
      '3.4 §3, §6',
    ],
    [
      'asp-recipient-certificate',
      '15 minutes',
      null,
      'citizen oralman refugee foreigner stateless',
      true,
      '3.5 §2, §4',
    ],
    ['disability-sanatorium', '10 working-days', null, 'citizen foreigner stateless', true, '3.6 §2, §4'],
    ['disability-wheelchair', '10 working-days', null, 'citizen foreigner stateless', true, '3.7 §2, §5'],
    [
      'disability-assistant-sign-language',
      '10 working-days',
      null,
      'citizen foreigner stateless',
      false,
      '3.8 §2, §4, §13',
    ],
    [
      'child-benefit-under-18',
      '7 working-days',
      '7 working-days',
      'citizen oralman foreigner',
      false,
      '3.9 §2, §4.1, §13',
    ],
  ] as const;
  it.each(rows)('%s: district %s, center %s (%s)', (id, district, center, statuses, iinless) => {
    const s = c.services[id];
    const fmt = (t?: { value: number; unit: string }) => (t ? `${t.value} ${t.unit}` : null);
    expect(fmt(s.channels.district?.term)).toBe(district);
    expect(s.channels.center?.enabled ? fmt(s.channels.center.term) : null).toBe(center);
    expect(s.eligibleStatuses.join(' ')).toBe(statuses);
    expect(s.allowsApplicantWithoutIin).toBe(iinless);
  });

  it('sub-types: 6 employment referrals (3.3 §1), 2 for service 8 (3.8 §2), an example maslikhat category (3.2 §10)', () => {
    expect(c.services['employment-referral'].subTypes.map((s) => s.id)).toEqual([
      'youth-practice',
      'public-works',
      'social-job',
      'job-placement',
      'vocational-training',
      'career-guidance',
    ]);
    expect(c.services['disability-assistant-sign-language'].subTypes.map((s) => s.id)).toEqual([
      'individual-assistant',
      'sign-language-specialist',
    ]);
    const m = c.services['maslikhat-social-aid'];
    expect(m.subTypesEditable).toBe(true);
    expect(m.subTypes.every((s) => s.example === true)).toBe(true);
  });

  it('grounds are numbered as in the text (3.1 §13: 4 refusal, 3 suspension, 4 termination; 3.9 §10)', () => {
    const h = c.services['housing-assistance'].grounds;
    expect(h.refusal.map((g) => g.number)).toEqual(['1', '2', '3', '4']);
    expect(h.suspension.map((g) => g.number)).toEqual(['1', '2', '3']);
    expect(h.termination.map((g) => g.number)).toEqual(['1', '2', '3', '4']);
    expect(h.termination.every((g) => g.effectiveFrom)).toBe(true);
    const cb = c.services['child-benefit-under-18'].grounds;
    expect(cb.refusal.map((g) => g.number)).toEqual(['1', '2', null, null]);
    expect(cb.suspension).toEqual([]);
    expect(cb.termination).toHaveLength(4);
  });

  it('representation authority per 6.1 (notarized for 9, simple power of attorney for 7 and 8, consent for 6)', () => {
    expect(c.services['child-benefit-under-18'].representation.authority).toBe('notarized-power-of-attorney');
    expect(c.services['disability-wheelchair'].representation.authority).toBe('power-of-attorney');
    expect(c.services['disability-assistant-sign-language'].representation.authority).toBe(
      'power-of-attorney',
    );
    expect(c.services['disability-sanatorium'].representation.authority).toBe('written-consent');
  });

  it('queue limits per section 2 (3.1 §11.2-11.4; 3.4 §6.2; 3.9 §4.2-4.3)', () => {
    expect(c.services['housing-assistance'].channels.center?.queue).toMatchObject({
      maxWaitMinutes: 20,
      serviceMinutes: 20,
      pickupWaitMinutes: 20,
    });
    expect(c.services['targeted-social-assistance'].channels.district?.queue).toMatchObject({
      maxWaitMinutes: 15,
      perApplicantAhead: true,
    });
    expect(c.services['child-benefit-under-18'].channels.center?.queue).toMatchObject({
      maxWaitMinutes: 30,
      serviceMinutes: 30,
    });
    expect(c.services['employment-referral'].channels.district?.queue?.maxWaitMinutes).toBe(30);
    for (const s of Object.values(c.services)) {
      for (const ch of Object.values(s.channels)) expect(ch?.queue, s.id).toBeDefined();
    }
  });

  it('defaultCatalogue returns an independent copy', () => {
    const a = defaultCatalogue();
    a.services['housing-assistance'].documents.pop();
    expect(defaultCatalogue().services['housing-assistance'].documents).toHaveLength(9);
  });
});
