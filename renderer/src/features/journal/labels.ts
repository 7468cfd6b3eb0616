/** Display texts the journal and the case page share: service, status, office names in ru/kk. */
import type { i18n as I18n } from 'i18next';
import { defaultCatalogue, type Catalogue } from '@shared/catalogue';
import type { ServiceId } from '@shared/catalogue/ids';
import { officeByCode } from '@shared/directory/offices';
import type { Lang, LocalText } from '@shared/i18n/lang';
import type { CaseStatus } from '@shared/lifecycle/statuses';

let catalogue: Catalogue | undefined;
/** The catalogue the journal names services from (names are not overridable: renderer/src/rules). */
export function journalCatalogue(): Catalogue {
  catalogue ??= defaultCatalogue();
  return catalogue;
}

export function serviceName(id: ServiceId, lang: Lang): string {
  return journalCatalogue().services[id]?.name[lang] ?? id;
}

export function officeName(code: string, lang: Lang): string {
  return officeByCode(code)?.shortName[lang] ?? code;
}

/** A status name in both languages (locales/*\/lifecycle.json), for printed lists. */
export function statusText(i18n: I18n, status: CaseStatus): LocalText {
  return {
    ru: i18n.getFixedT('ru', 'lifecycle')(`statuses.${status}`),
    kk: i18n.getFixedT('kk', 'lifecycle')(`statuses.${status}`),
  };
}

/** This workstation's office configuration, or undefined while loading. */
export { useOfficeConfig } from '../../store';
