/** What the applicant answered and which documents were received. */
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Intake } from '@shared/case/intake';
import { getService } from '@shared/catalogue';
import { SUBTYPE_KEY } from '@shared/catalogue/checklist';
import type { Lang } from '@shared/i18n/lang';
import { receivedDocuments } from '../../print/caseDocuments';
import { journalCatalogue } from '../journal/labels';
import { Field } from './CaseFields';

export function AnswersView({ intake, lang }: { intake: Intake; lang: Lang }) {
  const { t } = useTranslation('journal');
  const service = getService(journalCatalogue(), intake.serviceId);
  const answers = service.situations.filter((q) => q.key !== SUBTYPE_KEY);
  if (answers.length === 0) return <Text size="sm">{t('case.noAnswers')}</Text>;
  return (
    <Stack gap="xs">
      {answers.map((q) => {
        const value = intake.answers[q.key];
        const label =
          value === undefined ? '—' : (q.values.find((v) => v.value === value)?.label[lang] ?? value);
        return (
          <Field key={q.key} label={q.label[lang]}>
            {label}
          </Field>
        );
      })}
    </Stack>
  );
}

export function DocumentsView({ intake, lang }: { intake: Intake; lang: Lang }) {
  const { t } = useTranslation('journal');
  const items = receivedDocuments(intake, journalCatalogue());
  if (items.length === 0) return <Text size="sm">{t('case.documents.none')}</Text>;
  const marks = new Map(intake.documents.map((d) => [d.itemId, d]));
  return (
    <Stack gap={4}>
      {items.map((item, i) => {
        const m = marks.get(item.id);
        const flags = [
          m?.originalShown ? t('case.documents.original') : '',
          m?.copyReceived ? t('case.documents.copy') : '',
          m?.notarisedCopy ? t('case.documents.notarisedCopy') : '',
        ]
          .filter(Boolean)
          .join(', ');
        return (
          <Text key={item.id} size="sm" data-testid={`case-document-${item.id}`}>
            {`${i + 1}. ${item.name[lang]}`}
            {flags ? (
              <Text span c="dimmed" size="xs">
                {` — ${flags}`}
              </Text>
            ) : null}
          </Text>
        );
      })}
    </Stack>
  );
}
