import type { LocalText } from '../i18n/lang';
import { CITY_DISTRICTS, type CityDistrict } from './types';

/**
 * Names of Almaty's districts as of the regulations (digest 5.2). Address forms offer them because
 * the district of residence decides which district office a case goes to.
 */
export interface DistrictNames {
  /** «Алатауский район» / «Алатау ауданы»: address forms and lists. */
  name: LocalText;
  /** Genitive «Алатауского района» / «Алатау ауданының»: builds office names. */
  genitive: LocalText;
  /** Adjective «Алатауский» / «Алатау»: «Алатауский районный отдел». */
  adjective: LocalText;
}

export const DISTRICT_NAMES: Readonly<Record<CityDistrict, DistrictNames>> = {
  alatau: {
    name: { ru: 'Алатауский район', kk: 'Алатау ауданы' },
    genitive: { ru: 'Алатауского района', kk: 'Алатау ауданының' },
    adjective: { ru: 'Алатауский', kk: 'Алатау' },
  },
  almaly: {
    name: { ru: 'Алмалинский район', kk: 'Алмалы ауданы' },
    genitive: { ru: 'Алмалинского района', kk: 'Алмалы ауданының' },
    adjective: { ru: 'Алмалинский', kk: 'Алмалы' },
  },
  auezov: {
    name: { ru: 'Ауэзовский район', kk: 'Әуезов ауданы' },
    genitive: { ru: 'Ауэзовского района', kk: 'Әуезов ауданының' },
    adjective: { ru: 'Ауэзовский', kk: 'Әуезов' },
  },
  bostandyk: {
    name: { ru: 'Бостандыкский район', kk: 'Бостандық ауданы' },
    genitive: { ru: 'Бостандыкского района', kk: 'Бостандық ауданының' },
    adjective: { ru: 'Бостандыкский', kk: 'Бостандық' },
  },
  zhetysu: {
    name: { ru: 'Жетысуский район', kk: 'Жетісу ауданы' },
    genitive: { ru: 'Жетысуского района', kk: 'Жетісу ауданының' },
    adjective: { ru: 'Жетысуский', kk: 'Жетісу' },
  },
  medeu: {
    name: { ru: 'Медеуский район', kk: 'Медеу ауданы' },
    genitive: { ru: 'Медеуского района', kk: 'Медеу ауданының' },
    adjective: { ru: 'Медеуский', kk: 'Медеу' },
  },
  turksib: {
    name: { ru: 'Турксибский район', kk: 'Түрксіб ауданы' },
    genitive: { ru: 'Турксибского района', kk: 'Түрксіб ауданының' },
    adjective: { ru: 'Турксибский', kk: 'Түрксіб' },
  },
};

/** Districts in the regulations' order, ready for a select box. */
export const CITY_DISTRICT_LIST: readonly { id: CityDistrict; name: LocalText }[] = CITY_DISTRICTS.map(
  (id) => ({ id, name: DISTRICT_NAMES[id].name }),
);

export function districtName(district: CityDistrict): LocalText {
  return DISTRICT_NAMES[district].name;
}
