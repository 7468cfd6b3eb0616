/** The refusal grounds of the case's service that apply to it, as checkboxes. */
import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { evaluate, SUBTYPE_KEY, type ServiceDef } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import type { CaseRow } from '../../../store';

/** Refusal grounds of the service as choices; a ground is identified by its source paragraph. */
export function groundChoices(
  service: ServiceDef,
  lang: Lang,
  subType: string | null,
  answers: Readonly<Record<string, string>> = {},
) {
  const situation = { ...answers, ...(subType ? { [SUBTYPE_KEY]: subType } : {}) };
  return service.grounds.refusal
    .filter((g) => !g.appliesWhen || evaluate(g.appliesWhen, situation))
    .map((g) => ({
      value: g.source,
      label: `${g.number ? `${g.number}. ` : ''}${g.text[lang]}`,
    }));
}

interface Props {
  service: ServiceDef;
  row: CaseRow;
  lang: Lang;
  value: string[];
  onChange: (grounds: string[]) => void;
}

export function GroundsField({ service, row, lang, value, onChange }: Props) {
  const { t } = useTranslation('workflow');
  return (
    <Checkbox.Group label={t('form.grounds')} value={value} onChange={onChange} data-testid="wf-grounds">
      <Stack gap={4} mt={4}>
        {groundChoices(service, lang, row.intake.subType, row.intake.answers).map((g, i) => (
          <Checkbox key={g.value} value={g.value} label={g.label} data-testid={`wf-ground-${i}`} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
