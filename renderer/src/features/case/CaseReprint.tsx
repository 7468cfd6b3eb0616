/** Reprint of the case's documents (receipt, talon, package label …) in a chosen language. */
import { useState } from 'react';
import { Button, Group, SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '@shared/i18n/lang';
import { useLang } from '../../app/hooks';
import { type CaseRow, useRules, useStore } from '../../store';
import { useAuth } from '../../auth/AuthProvider';
import { printableDocuments, type CaseDocumentKind } from '../../print/caseDocuments';
import { useErrorMessage } from '../../ui/errorMessage';

export function CaseReprint({ row }: { row: CaseRow }) {
  const { t, i18n } = useTranslation('journal');
  const describe = useErrorMessage();
  const uiLang = useLang();
  const [lang, setLang] = useState<Lang>(uiLang);
  const [busy, setBusy] = useState<CaseDocumentKind | null>(null);
  // Today's calendar: a holiday corrected since acceptance no longer warns on the reprint.
  const { catalogue, calendar } = useRules();
  const kinds = printableDocuments(row, catalogue);
  const store = useStore();
  const { user } = useAuth();

  const reprint = async (kind: CaseDocumentKind) => {
    setBusy(kind);
    try {
      // Marked as a duplicate when printed before, and recorded in the case history (issue 16, item 8).
      const t = i18n.getFixedT(lang, 'intake');
      await store.printCaseDocument({ kind, row, lang, t, userId: user?.id ?? null, catalogue, calendar });
    } catch (err) {
      notifications.show({
        color: 'red',
        message: t('case.print.failed', { message: describe(err) }),
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Group gap="xs">
      <SegmentedControl
        size="xs"
        value={lang}
        onChange={(v) => setLang(v as Lang)}
        data={LANGS.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
        data-testid="case-print-lang"
      />
      {kinds.map((kind) => (
        <Button
          key={kind}
          variant="default"
          size="xs"
          loading={busy === kind}
          onClick={() => void reprint(kind)}
          data-testid={`case-print-${kind}`}
        >
          {t(`case.print.${kind}`)}
        </Button>
      ))}
    </Group>
  );
}
