/** Display texts for the configured office and workstation. */
import type { TFunction } from 'i18next';
import { officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import type { OfficeConfig } from '../db/types';

export function officeShortName(config: OfficeConfig, lang: Lang): string {
  return officeByCode(config.officeCode)?.shortName[lang] ?? config.officeCode;
}

export function workstationLabel(config: OfficeConfig, t: TFunction): string {
  return t(`shell:workstation.${config.workstation}`, { code: `${config.officeCode}-${config.deskCode}` });
}
