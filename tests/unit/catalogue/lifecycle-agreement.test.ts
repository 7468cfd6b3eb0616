// The lifecycle keeps its own default step-limit table; it must agree with the catalogue's steps.
import { describe, expect, it } from 'vitest';
import { applyOverrides, defaultCatalogue, SERVICE_IDS } from '@shared/catalogue';
import { CLOCK_STEPS, lifecycleStepLimits } from '@shared/deadlines';
import { DEFAULT_STEP_LIMITS } from '@shared/lifecycle/step-clocks';
import { SERVICE_FLOWS } from '@shared/lifecycle/service-flows';

const catalogue = defaultCatalogue();

describe('catalogue and lifecycle agree', () => {
  it('every clock-mapped step exists with a limit (3.1 B3a, 3.4 §13, 3.9 §11)', () => {
    for (const [clock, perService] of Object.entries(CLOCK_STEPS)) {
      for (const [id, perChannel] of Object.entries(perService!)) {
        for (const [channel, stepId] of Object.entries(perChannel!)) {
          const step = catalogue.services[id as (typeof SERVICE_IDS)[number]].channels[
            channel as 'district' | 'center'
          ]?.steps.find((s) => s.id === stepId);
          expect(step?.limit, `${clock} ${id} ${channel} ${stepId}`).toBeDefined();
        }
      }
    }
  });

  it('the union of both channels equals the lifecycle defaults', () => {
    const district = lifecycleStepLimits(catalogue, 'district');
    const center = lifecycleStepLimits(catalogue, 'center');
    const merged: Record<string, Record<string, unknown>> = {};
    for (const table of [district, center]) {
      for (const [clock, perService] of Object.entries(table)) {
        for (const [id, limit] of Object.entries(perService!)) {
          const seen = merged[clock]?.[id];
          if (seen) expect(limit, `${clock} ${id} differs between channels`).toEqual(seen);
          (merged[clock] ??= {})[id] = limit;
        }
      }
    }
    expect(merged).toEqual(DEFAULT_STEP_LIMITS);
  });

  it('an administrator term reaches the lifecycle table', () => {
    const c = applyOverrides(catalogue, {
      services: {
        'child-benefit-under-18': {
          channels: { center: { districtTerm: { value: 9, unit: 'working-days' } } },
        },
      },
    });
    expect(lifecycleStepLimits(c, 'center')['district-term']?.['child-benefit-under-18']).toEqual({
      value: 9,
      unit: 'working-days',
    });
    expect(lifecycleStepLimits(c, 'district')['district-term']?.['child-benefit-under-18']).toEqual({
      value: 7,
      unit: 'working-days',
    });
  });

  it.each(SERVICE_IDS.map((id) => [id]))('%s: same default channels and same-visit flag', (id) => {
    const s = catalogue.services[id];
    const open = (['district', 'center'] as const).filter((ch) => s.channels[ch]?.enabled);
    expect([...SERVICE_FLOWS[id].channels].sort()).toEqual([...open].sort());
    expect(SERVICE_FLOWS[id].sameVisit).toBe(s.channels.district?.term.unit === 'minutes');
  });
});
