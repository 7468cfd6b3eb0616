/**
 * The lifecycle's step clocks (shared/lifecycle/step-clocks.ts) read from the catalogue, so that an
 * administrator's overridden terms reach the state machine too. The lifecycle keeps its own default
 * table so it could be built first; a test checks that the two agree on the shipped defaults.
 */
import type { Channel, ServiceId } from '../catalogue/ids';
import { SERVICE_IDS } from '../catalogue/ids';
import type { Catalogue } from '../catalogue/types';
import type { StepClock, StepLimitTable } from '../lifecycle/step-clocks';

/** Which catalogue step each lifecycle clock times, per service (step ids as in digest section 3). */
export const CLOCK_STEPS: Readonly<
  Partial<Record<StepClock, Partial<Record<ServiceId, Partial<Record<Channel, string>>>>>>
> = {
  originals: { 'child-benefit-under-18': { district: 'A3d' } },
  'center-forwarding': { 'child-benefit-under-18': { center: 'B3' } },
  'completeness-check': {
    'housing-assistance': { center: 'B3a' },
    'child-benefit-under-18': { center: 'B4' },
  },
  'center-correction': { 'child-benefit-under-18': { center: 'B5' } },
  'to-commission': {
    'targeted-social-assistance': { district: '1' },
    'child-benefit-under-18': { district: 'A6', center: 'B8' },
  },
  commission: {
    'targeted-social-assistance': { district: '2' },
    'child-benefit-under-18': { district: 'A7', center: 'B9' },
  },
  notification: { 'child-benefit-under-18': { district: 'A10', center: 'B12' } },
};

/**
 * The step-limit table for cases filed at `channel`, from the (possibly overridden) catalogue.
 * Services whose channel is closed are left out.
 */
export function lifecycleStepLimits(catalogue: Catalogue, channel: Channel): StepLimitTable {
  const table: StepLimitTable = {};
  const put = (clock: StepClock, id: ServiceId, limit: { value: number; unit: StepLimitTerm }) => {
    (table[clock] ??= {})[id] = { value: limit.value, unit: limit.unit };
  };
  for (const id of SERVICE_IDS) {
    const rules = catalogue.services[id].channels[channel];
    if (!rules?.enabled) continue;
    put('service-term', id, rules.term);
    put('district-term', id, rules.districtTerm?.term ?? rules.term);
    for (const [clock, perService] of Object.entries(CLOCK_STEPS) as [
      StepClock,
      (typeof CLOCK_STEPS)[StepClock],
    ][]) {
      const stepId = perService?.[id]?.[channel];
      const limit = stepId ? rules.steps.find((s) => s.id === stepId)?.limit : undefined;
      if (limit) put(clock, id, limit.term);
    }
  }
  return table;
}

type StepLimitTerm = 'calendar-days' | 'working-days' | 'minutes';
