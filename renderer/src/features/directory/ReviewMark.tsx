import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalText } from '@shared/i18n/lang';
import { needsReview, useLang } from './localText';

/** An asterisk after a Kazakh text that no native speaker has checked yet (docs/calendar-kz.md). */
export function ReviewMark({ text }: { text: LocalText }) {
  const { t } = useTranslation('directory');
  const lang = useLang();
  if (!needsReview(text, lang)) return null;
  return (
    <Text span c="orange.8" title={t('kkReview')} aria-label={t('kkReview')} data-testid="kk-review">
      {' *'}
    </Text>
  );
}
