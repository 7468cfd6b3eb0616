/**
 * `checklist <service> [--subtype X] [--situation key=value …]`: required, optional and not-needed
 * documents, each with the regulation's item number; `--list-situations` lists what changes it.
 */
import {
  ChecklistInputError,
  checklist,
  defaultCatalogue,
  situationKeys,
  subTypeChangesChecklist,
  type DocumentItem,
} from '@shared/catalogue';
import { UsageError, expectPositionals, parseArgs } from './args';
import type { Command } from './command';
import { serviceArg } from './service-arg';

const USAGE = 'checklist <service> [--subtype X] [--situation key=value …] [--list-situations] [--json]';

function item(d: DocumentItem) {
  return { id: d.id, number: d.number, name: d.name, source: d.source, ...(d.note ? { note: d.note } : {}) };
}

function itemLine(d: DocumentItem): string {
  return `  ${d.number ? `п. ${d.number}` : 'б/н'}  ${d.name.ru}  [${d.source}]`;
}

function situationPairs(values: readonly string[]): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0 || eq === v.length - 1) throw new UsageError(`--situation expects key=value, got "${v}"`);
    const key = v.slice(0, eq);
    if (key in answers) throw new UsageError(`Situation "${key}" given twice`);
    answers[key] = v.slice(eq + 1);
  }
  return answers;
}

export const checklistCommand: Command = {
  name: 'checklist',
  usage: USAGE,
  summary: 'перечень документов для ситуации заявителя',
  run(argv) {
    const args = parseArgs(argv, {
      subtype: { value: true },
      situation: { value: true, repeatable: true },
      'list-situations': {},
    });
    const [serviceId] = expectPositionals(args, ['service'], USAGE).map(serviceArg);
    const catalogue = defaultCatalogue();
    const service = catalogue.services[serviceId!];

    if (args.options['list-situations']) {
      if (args.lists.situation || args.options.subtype) {
        throw new UsageError('--list-situations takes no --subtype or --situation');
      }
      const situations = situationKeys(service).map((s) => ({
        key: s.key,
        label: s.label,
        default: s.default,
        values: s.values,
        source: s.source,
        affects: s.affects,
      }));
      const changes = subTypeChangesChecklist(service);
      const subtypes = service.subTypes.map((s) => ({
        id: s.id,
        name: s.name,
        ...(s.example ? { example: true } : {}),
      }));
      const lines = [`${service.name.ru}: ситуации, от которых зависит перечень документов`];
      if (subtypes.length) {
        lines.push(`Подвиды (--subtype)${changes ? '' : ', перечень не меняют'}:`);
        for (const s of subtypes) lines.push(`  ${s.id}  ${s.name.ru}`);
      }
      if (!situations.length) lines.push('Ситуаций нет: перечень один для всех заявителей.');
      for (const s of situations) {
        lines.push(`${s.key}: ${s.label.ru} (по умолчанию ${s.default})`);
        for (const v of s.values) lines.push(`  ${s.key}=${v.value}  ${v.label.ru}`);
      }
      return {
        json: { service: service.id, subtypes, subtypeChangesChecklist: changes, situations },
        text: lines.join('\n'),
      };
    }

    const subtype = typeof args.options.subtype === 'string' ? args.options.subtype : null;
    let result;
    try {
      result = checklist(catalogue, service.id, subtype, situationPairs(args.lists.situation ?? []));
    } catch (e) {
      if (e instanceof ChecklistInputError) throw new UsageError(e.message);
      throw e;
    }
    const lines = [
      `${service.name.ru}${subtype ? ` (${subtype})` : ''}`,
      `Ситуация: ${
        Object.entries(result.answers)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ') || '—'
      }`,
      'Обязательные документы:',
      ...result.required.map(itemLine),
      ...(result.optional.length ? ['Необязательные документы:', ...result.optional.map(itemLine)] : []),
      ...(result.notNeeded.length ? ['Не требуются:', ...result.notNeeded.map(itemLine)] : []),
    ];
    return {
      json: {
        service: service.id,
        subtype,
        rulesVersion: catalogue.rulesVersion,
        situation: result.answers,
        required: result.required.map(item),
        optional: result.optional.map(item),
        notNeeded: result.notNeeded.map(item),
      },
      text: lines.join('\n'),
    };
  },
};
