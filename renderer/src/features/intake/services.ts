/** What the catalogue says about a service at this desk: availability, search, family and representatives. */
import {
  SERVICE_IDS,
  acceptedBases as basesOf,
  defaultCatalogue,
  listsFamily,
  type Catalogue,
  type ServiceDef,
  type ServiceId,
  type Representation,
  type RepresentationAuthority,
} from '@shared/catalogue';
import { officeByCode } from '@shared/directory/offices';
import type { RepresentativeBasis } from './formTypes';

/** Whether the application lists the family: the catalogue's `family` rule (housing, АСП, child benefits). */
export const needsFamily = (service: Pick<ServiceDef, 'family'> | ServiceId) =>
  listsFamily(typeof service === 'string' ? defaultCatalogue().services[service] : service);

/** Bases of authority a service accepts for a representative: the catalogue's representation rule. */
export function acceptedBases(
  representation: Representation | RepresentationAuthority,
): RepresentativeBasis[] {
  return basesOf(representation);
}

export type Availability =
  | 'available'
  /** The catalogue does not open this service at a ЦОН (docs/decisions.md, channels). */
  | 'not-at-center'
  | 'not-at-district'
  /** The Управление (department) accepts no applications. */
  | 'office-accepts-nothing';

export interface ServiceOption {
  service: ServiceDef;
  availability: Availability;
}

export function serviceOptions(catalogue: Catalogue, officeCode: string): ServiceOption[] {
  const type = officeByCode(officeCode)?.type;
  return SERVICE_IDS.map((id) => {
    const service = catalogue.services[id];
    let availability: Availability;
    if (type === 'center') availability = service.channels.center?.enabled ? 'available' : 'not-at-center';
    else if (type === 'district')
      availability = service.channels.district?.enabled ? 'available' : 'not-at-district';
    else availability = 'office-accepts-nothing';
    return { service, availability };
  });
}

/** Case-, ё- and Kazakh-letter-insensitive search in both languages' names and the service number. */
export function matchesService(service: ServiceDef, query: string): boolean {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/ё/g, 'е')
      .replace(/[қ]/g, 'к')
      .replace(/[ә]/g, 'а')
      .replace(/[үұ]/g, 'у')
      .replace(/[ө]/g, 'о')
      .replace(/[ғ]/g, 'г')
      .replace(/[ң]/g, 'н')
      .replace(/[і]/g, 'и')
      .replace(/[һ]/g, 'х');
  const q = fold(query.trim());
  if (q === '') return true;
  if (q === String(service.number)) return true;
  const hay = fold(`${service.name.ru} ${service.name.kk}`);
  return q.split(/\s+/).every((word) => hay.includes(word));
}
