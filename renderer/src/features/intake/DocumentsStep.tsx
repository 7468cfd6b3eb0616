/**
 * Step 2: the service's situation questions and the document check, one line per document of the
 * checklist. Lines appear and disappear with the answers; completeness() decides what is missing.
 */
import { Alert, Badge, Button, Checkbox, Group, Kbd, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  SUBMISSION_TEXT,
  submissionRule,
  type ChecklistResult,
  type Completeness,
  type ServiceDef,
} from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import type { Patch } from './model';
import { derivedAnswers, effectiveAnswers } from './derived';
import { useDocumentKeys, type DocColumn } from './docKeys';
import { SelectField } from './fields';
import type { IntakeForm } from './model';

export function DocumentsStep({
  form,
  patch,
  service,
  list,
  check,
  lang,
}: {
  form: IntakeForm;
  patch: Patch;
  service: ServiceDef;
  list: ChecklistResult;
  check: Completeness;
  lang: Lang;
}) {
  const { t } = useTranslation('intake');
  const lines = [
    ...list.required.map((item) => ({ item, required: true })),
    ...list.optional.map((item) => ({ item, required: false })),
  ];
  const mark = (id: string, field: DocColumn | 'notarisedCopy', value: boolean) =>
    patch((f) => {
      const m = f.documents[id] ?? { original: false, copy: false };
      f.documents[id] = { ...m, [field]: value };
    });
  // "All received" marks the column on every required line, or clears it when all are marked.
  const required = lines.filter((l) => l.required).map((l) => l.item.id);
  const allMarked = (field: DocColumn) => required.every((id) => form.documents[id]?.[field]);
  const markAll = (field: DocColumn) => {
    const value = !allMarked(field);
    patch((f) => {
      for (const id of required)
        f.documents[id] = { ...(f.documents[id] ?? { original: false, copy: false }), [field]: value };
    });
  };
  useDocumentKeys((number, field) => {
    const line = lines.find((l) => l.item.number === number);
    if (line) mark(line.item.id, field, !form.documents[line.item.id]?.[field]);
  });

  // What step 1 and the family already say is shown, not asked (./derived).
  const derived = derivedAnswers(service, form);
  const answers = effectiveAnswers(service, form);
  const asked = service.situations.filter((q) => !derived[q.key]?.locked);
  const known = service.situations.filter((q) => derived[q.key]?.locked);
  const valueLabel = (key: string, value: string) =>
    service.situations.find((q) => q.key === key)?.values.find((v) => v.value === value)?.label[lang] ??
    t(`statuses.${value}`, { defaultValue: value });
  const columnHead = (field: DocColumn) => (
    <Group gap={4} wrap="nowrap">
      <span>{t(`docs.${field}`)}</span>
      {required.length > 0 && (
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => markAll(field)}
          data-testid={`docs-all-${field}`}
        >
          {allMarked(field) ? t('docs.clearAll') : t('docs.markAll')}
        </Button>
      )}
    </Group>
  );

  return (
    <Stack gap="md">
      {known.length > 0 && (
        <Stack gap={2}>
          {known.map((q) => (
            <Text size="sm" key={q.key} data-testid={`derived-${q.key}`}>
              {q.label[lang]}: <b>{valueLabel(q.key, derived[q.key]!.value)}</b>{' '}
              <Text span size="xs" c="dimmed">
                ({t(derived[q.key]!.from)})
              </Text>
            </Text>
          ))}
        </Stack>
      )}
      {asked.length > 0 && (
        <Group align="flex-end">
          {asked.map((q, i) => (
            <SelectField
              key={q.key}
              path={`situation.${q.key}`}
              label={q.label[lang]}
              value={answers[q.key] ?? q.default}
              description={derived[q.key] ? t(derived[q.key]!.from) : undefined}
              onChange={(v) =>
                patch((f) => {
                  f.answers[q.key] = v;
                  f.chosen = [...new Set([...(f.chosen ?? []), q.key])];
                })
              }
              options={q.values.map((v) => ({ value: v.value, label: v.label[lang] }))}
              autoFocus={i === 0}
            />
          ))}
        </Group>
      )}
      <Table striped withTableBorder data-testid="checklist">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('docs.number')}</Table.Th>
            <Table.Th>{t('docs.document')}</Table.Th>
            <Table.Th>{columnHead('original')}</Table.Th>
            <Table.Th>{columnHead('copy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map(({ item, required }, index) => {
            const m = form.documents[item.id] ?? { original: false, copy: false };
            const missing = check.missing.some((x) => x.item.id === item.id);
            // What the regulation asks for this document: original to check and return, copy kept…
            const rule = submissionRule(service, item);
            return (
              <Table.Tr
                key={item.id}
                data-testid={`doc-${item.id}`}
                data-number={item.number ?? ''}
                data-required={required ? 'yes' : 'no'}
              >
                <Table.Td>{item.number ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{item.name[lang]}</Text>
                  <Group gap={4}>
                    <Badge size="xs" color={required ? (missing ? 'red' : 'green') : 'gray'} variant="light">
                      {required ? t('docs.required') : t('docs.optional')}
                    </Badge>
                    {item.note && (
                      <Text size="xs" c="dimmed">
                        {item.note[lang]}
                      </Text>
                    )}
                  </Group>
                  <Text size="xs" data-testid={`doc-${item.id}-rule`} data-rule={rule}>
                    {SUBMISSION_TEXT[rule][lang]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${t('docs.original')}: ${item.name[lang]}`}
                    checked={m.original}
                    onChange={(e) => mark(item.id, 'original', e.currentTarget.checked)}
                    autoFocus={index === 0 && asked.length === 0}
                    data-testid={`doc-${item.id}-original`}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${t('docs.copy')}: ${item.name[lang]}`}
                    checked={m.copy}
                    onChange={(e) => mark(item.id, 'copy', e.currentTarget.checked)}
                    data-testid={`doc-${item.id}-copy`}
                  />
                  {rule === 'original-and-copy-or-notarised-copy' && (
                    <Checkbox
                      mt={4}
                      size="xs"
                      label={t('docs.notarisedCopy')}
                      checked={m.notarisedCopy === true}
                      onChange={(e) => mark(item.id, 'notarisedCopy', e.currentTarget.checked)}
                      data-testid={`doc-${item.id}-notarised`}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" data-testid="docs-keys">
        <Kbd>1</Kbd>…<Kbd>9</Kbd> {t('docs.keysCopy')} · <Kbd>Shift</Kbd>+<Kbd>1</Kbd>…<Kbd>9</Kbd>{' '}
        {t('docs.keysOriginal')}
      </Text>
      {check.complete ? (
        <Alert color="green" data-testid="package-complete">
          {t('docs.complete')}
        </Alert>
      ) : (
        <Alert
          color="orange"
          title={t('docs.missingTitle', { count: check.missing.length })}
          data-testid="missing-list"
        >
          <List size="sm">
            {check.missing.map((m) => (
              <List.Item key={m.item.id} data-testid={`missing-${m.item.id}`}>
                {m.item.name[lang]} — {m.reason[lang]}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
