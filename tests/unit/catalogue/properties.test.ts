// Properties over random situations and dates (fixed seeds so a failure replays).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '@shared/calendar';
import { CHANNELS, SERVICE_IDS, checklist, completeness, defaultCatalogue } from '@shared/catalogue';
import { caseDeadlines } from '@shared/deadlines';
import { addDays, almatyInstant } from '@shared/time/almaty';

const catalogue = defaultCatalogue();
const cal = buildCalendar();

const serviceWithAnswers = fc.constantFrom(...SERVICE_IDS).chain((id) => {
  const s = catalogue.services[id];
  const answers = fc.record(
    Object.fromEntries(s.situations.map((q) => [q.key, fc.constantFrom(...q.values.map((v) => v.value))])),
  ) as fc.Arbitrary<Record<string, string>>;
  const subtype = s.subTypes.length
    ? fc.option(fc.constantFrom(...s.subTypes.map((x) => x.id)), { nil: null })
    : fc.constant(null);
  return fc.tuple(fc.constant(id), subtype, answers);
});

describe('checklist properties', () => {
  it('splits every document into exactly one of required, optional, not needed', () => {
    fc.assert(
      fc.property(serviceWithAnswers, ([id, subtype, answers]) => {
        const r = checklist(catalogue, id, subtype, answers);
        const ids = [...r.required, ...r.optional, ...r.notNeeded].map((d) => d.id).sort();
        expect(ids).toEqual(catalogue.services[id].documents.map((d) => d.id).sort());
      }),
      { seed: 20260520, numRuns: 300 },
    );
  });

  it('a package of the required items is complete; dropping one names exactly that one', () => {
    fc.assert(
      fc.property(serviceWithAnswers, fc.nat(), ([id, subtype, answers], pick) => {
        const r = checklist(catalogue, id, subtype, answers);
        const all = new Set(r.required.map((d) => d.id));
        expect(completeness(r, all).complete).toBe(true);
        if (r.required.length === 0) return;
        const dropped = r.required[pick % r.required.length]!.id;
        const got = completeness(r, new Set([...all].filter((x) => x !== dropped)));
        expect(got.missing.map((m) => m.item.id)).toEqual([dropped]);
      }),
      { seed: 20260521, numRuns: 300 },
    );
  });
});

describe('deadline properties (docs/decisions.md: due dates never on a day off)', () => {
  const day = fc.integer({ min: 0, max: 365 * 3 + 300 }).map((n) => addDays('2024-01-01', n));
  const open = SERVICE_IDS.flatMap((id) =>
    CHANNELS.filter((ch) => catalogue.services[id].channels[ch]?.enabled).map((ch) => [id, ch] as const),
  );

  it('due, issue and step dates are working days after the acceptance; the district clock follows registration', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...open),
        day,
        fc.integer({ min: 0, max: 10 }),
        ([id, channel], accepted, lag) => {
          const registered = addDays(accepted, lag);
          const d = caseDeadlines(catalogue, cal, {
            serviceId: id,
            channel,
            acceptedAt: almatyInstant(accepted, 10),
            registeredAt: almatyInstant(registered, 11),
            settings: { transitAllowanceWorkingDays: 1 },
          });
          if (d.unit === 'minutes') {
            expect(d.due).toBeNull();
            return;
          }
          expect(d.due! > accepted).toBe(true);
          expect(cal.isWorkingDay(d.due!)).toBe(true);
          expect(cal.isWorkingDay(d.issueDate!)).toBe(true);
          expect(d.issueDate! >= d.due!).toBe(true);
          if (channel === 'district') expect(d.issueDate).toBe(d.due);
          else expect(d.districtClock!.due! > registered).toBe(true);
          for (const s of d.steps) {
            if (s.due === null || s.limit?.unit === 'minutes') continue;
            expect(cal.isWorkingDay(s.due)).toBe(true);
            expect(s.due > accepted).toBe(true);
          }
        },
      ),
      { seed: 20260522, numRuns: 400 },
    );
  });
});
