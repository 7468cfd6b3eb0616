import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGS, isLang, type Lang } from '@shared/i18n/lang';
import { useDb } from '../db/DbContext';
import { applyLanguage, changeLanguage } from '../i18n/language';
import { getPlatform } from '../platform';
import { useLang } from './hooks';

/**
 * ru/kk switch. Before setup the choice lives in localStorage only (the office does not exist yet);
 * afterwards it is saved in settings and, with a signed-in user, recorded in the audit log.
 */
export function LanguageSwitch({ persist, actorId = null }: { persist: boolean; actorId?: string | null }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const lang = useLang();
  const onChange = (value: string) => {
    if (!isLang(value)) return;
    const next: Lang = value;
    void (persist ? changeLanguage(i18n, db, next, actorId, Date.now()) : applyLanguage(i18n, next));
    getPlatform()
      .setLanguage(next)
      .catch(() => undefined);
  };
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('languageLabel')}
      value={lang}
      onChange={onChange}
      data={LANGS.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
    />
  );
}
