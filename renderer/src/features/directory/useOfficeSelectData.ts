import { useTranslation } from 'react-i18next';
import { OFFICES } from '@shared/directory/offices';
import type { OfficeType } from '@shared/directory/types';
import { pick, useLang } from './localText';

export interface OfficeOptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

const ORDER: readonly OfficeType[] = ['center', 'district', 'department'];

/**
 * Office choices for a Mantine Select (first-run setup, registry recipients), grouped by type with
 * the directory's section titles; the value is the office code, so nobody types codes.
 */
export function useOfficeSelectData(types: readonly OfficeType[] = ORDER): OfficeOptionGroup[] {
  const { t } = useTranslation('directory');
  const lang = useLang();
  return types.map((type) => ({
    group: t(`sections.${type}`),
    items: OFFICES.filter((o) => o.type === type).map((o) => ({
      value: o.code,
      label: pick(o.shortName, lang),
    })),
  }));
}
