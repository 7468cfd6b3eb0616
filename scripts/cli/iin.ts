/** `iin <number>`: validate an IIN. An invalid IIN is a valid answer (exit 0). */
import { validateIin } from '@shared/iin';
import { toAlmatyDate } from '@shared/time/almaty';
import { expectPositionals, parseArgs } from './args';
import type { Command } from './command';
import { ruDate } from './time-args';

const USAGE = 'iin <number> [--json]';

export const iinCommand: Command = {
  name: 'iin',
  usage: USAGE,
  summary: 'проверка ИИН: контрольная цифра, дата рождения, пол',
  run(argv, ctx) {
    const args = parseArgs(argv, {});
    const [input] = expectPositionals(args, ['number'], USAGE);
    const r = validateIin(input!, { today: toAlmatyDate(ctx.now) });
    const json = {
      valid: r.valid,
      errors: r.errors,
      warnings: r.warnings,
      birthDate: r.birthDate,
      sex: r.sex,
    };
    const lines = [
      `ИИН ${input}: ${r.valid ? 'корректен' : 'некорректен'}`,
      ...(r.errors.length ? [`Ошибки: ${r.errors.join(', ')}`] : []),
      ...(r.warnings.length ? [`Предупреждения: ${r.warnings.join(', ')}`] : []),
      `Дата рождения: ${ruDate(r.birthDate)}`,
      `Пол: ${r.sex === 'male' ? 'мужской' : r.sex === 'female' ? 'женский' : '—'}`,
    ];
    return { json, text: lines.join('\n') };
  },
};
