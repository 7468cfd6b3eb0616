import type { ServiceId } from '../catalogue/ids';

/** Same shape as the calendar's Term, declared here so the lifecycle does not wait for it. */
export interface StepLimit {
  value: number;
  unit: 'calendar-days' | 'working-days' | 'minutes';
}

/**
 * Clocks the machine starts and stops. `service-term` is the term promised at acceptance (for the
 * ЦОН channel, the receipt's promise); `district-term` is the district office's own clock from its
 * registration of a ЦОН package (docs/decisions.md "Terms and deadlines": both are shown).
 */
export const STEP_CLOCKS = [
  'service-term',
  'district-term',
  'originals',
  'center-forwarding',
  'completeness-check',
  'center-correction',
  'to-commission',
  'commission',
  'notification',
] as const;
export type StepClock = (typeof STEP_CLOCKS)[number];

export type StepLimitTable = Partial<Record<StepClock, Partial<Record<ServiceId, StepLimit>>>>;

const cd = (value: number): StepLimit => ({ value, unit: 'calendar-days' });
const wd = (value: number): StepLimit => ({ value, unit: 'working-days' });
const min = (value: number): StepLimit => ({ value, unit: 'minutes' });

const TERMS: Record<ServiceId, StepLimit> = {
  'housing-assistance': cd(10), // 3.1
  'maslikhat-social-aid': cd(15), // 3.2 §4
  'employment-referral': min(30), // 3.3 §4
  'targeted-social-assistance': wd(7), // 3.4 §6.1
  'asp-recipient-certificate': min(15), // digest 2
  'disability-sanatorium': wd(10), // digest 2
  'disability-wheelchair': wd(10),
  'disability-assistant-sign-language': wd(10),
  'child-benefit-under-18': wd(7), // 3.9 §4.1
};

/**
 * Default limits. docs/decisions.md makes every term configuration: an administrator's overrides come in
 * through the transition context and win. A clock with no limit for a service is not started.
 */
export const DEFAULT_STEP_LIMITS: StepLimitTable = {
  'service-term': TERMS,
  'district-term': TERMS,
  originals: { 'child-benefit-under-18': wd(3) }, // 3.9 A3d
  'center-forwarding': { 'child-benefit-under-18': wd(3) }, // 3.9 B3
  'completeness-check': { 'housing-assistance': wd(3), 'child-benefit-under-18': wd(2) }, // 3.1 B3a, 3.9 B4
  'center-correction': { 'child-benefit-under-18': wd(3) }, // 3.9 B5
  'to-commission': { 'targeted-social-assistance': wd(3), 'child-benefit-under-18': wd(2) }, // 3.4 §13.1, 3.9 A6/B8
  commission: { 'targeted-social-assistance': wd(5), 'child-benefit-under-18': wd(3) }, // 3.4 §13.2, 3.9 A7/B9
  notification: { 'child-benefit-under-18': wd(5) }, // 3.9 A10/B12
};

export function stepLimit(
  clock: StepClock,
  service: ServiceId,
  overrides?: StepLimitTable,
): StepLimit | undefined {
  return overrides?.[clock]?.[service] ?? DEFAULT_STEP_LIMITS[clock]?.[service];
}
