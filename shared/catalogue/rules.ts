/**
 * Rules the desk and the printed documents read from a service's data instead of naming service
 * ids (issue 14, defect 2), so an administrator's overrides reach them.
 */
import { evaluate } from './condition';
import { SUBTYPE_KEY } from './checklist';
import {
  REPRESENTATIVE_BASES,
  type Representation,
  type RepresentationAuthority,
  type RepresentativeBasis,
  type ServiceDef,
} from './types';

/** The bases a representation accepts: its own list, else the ones the authority implies. */
export function acceptedBases(
  representation: Representation | RepresentationAuthority,
): RepresentativeBasis[] {
  const r = typeof representation === 'string' ? { authority: representation } : representation;
  if ('acceptedBases' in r && r.acceptedBases) return [...r.acceptedBases];
  switch (r.authority) {
    case 'in-person-only':
      return [];
    case 'notarized-power-of-attorney':
      return ['notarized-power-of-attorney', 'legal-representative'];
    case 'power-of-attorney':
      return ['notarized-power-of-attorney', 'power-of-attorney', 'legal-representative'];
    case 'written-consent':
      return ['notarized-power-of-attorney', 'power-of-attorney', 'written-consent', 'legal-representative'];
    default:
      return [...REPRESENTATIVE_BASES];
  }
}

/** No representative may act: the result is given only to the applicant in person. */
export const inPersonOnly = (service: Pick<ServiceDef, 'representation'>): boolean =>
  acceptedBases(service.representation).length === 0;

/** Whether the application lists the family. */
export const listsFamily = (service: Pick<ServiceDef, 'family'>): boolean => service.family !== undefined;

/** Relations the family must include but does not (child benefit without a child). */
export function missingRelations(
  service: Pick<ServiceDef, 'family'>,
  relations: readonly string[],
): string[] {
  return (service.family?.mustInclude ?? []).filter((r) => !relations.includes(r));
}

/**
 * Whether a same-visit result must record the registration as unemployed: some refusal ground that
 * `checks` it applies to the sub-type (3.3 §10, through the ground's own `appliesWhen`).
 */
export function needsUnemployedRegistration(
  service: Pick<ServiceDef, 'grounds'>,
  subType: string | null,
): boolean {
  const env = subType ? { [SUBTYPE_KEY]: subType } : {};
  return service.grounds.refusal.some(
    (g) => g.checks === 'unemployed-registration' && (!g.appliesWhen || evaluate(g.appliesWhen, env)),
  );
}

/** Months an approved decision runs by default (housing: 12), or null when staff enter it. */
export const defaultPeriodMonths = (service: Pick<ServiceDef, 'assignment'>): number | null =>
  service.assignment?.periodMonths ?? null;
