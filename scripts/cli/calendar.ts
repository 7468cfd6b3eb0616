/** `calendar <year>`: the non-working weekdays of a year with their reason, and worked weekend days. */
import { buildCalendar } from '@shared/calendar';
import { UsageError, expectPositionals, parseArgs } from './args';
import type { Command } from './command';
import { ruDate } from './time-args';

const USAGE = 'calendar <year> [--json]';

export const calendarCommand: Command = {
  name: 'calendar',
  usage: USAGE,
  summary: 'нерабочие дни года с причиной',
  run(argv) {
    const args = parseArgs(argv, {});
    const [yearArg] = expectPositionals(args, ['year'], USAGE);
    if (!/^\d{4}$/.test(yearArg!)) throw new UsageError(`Year must be four digits, got "${yearArg}"`);
    const year = Number(yearArg);
    const cal = buildCalendar();
    if (year < cal.firstYear || year > cal.lastYear) {
      throw new UsageError(
        `The working calendar covers ${cal.firstYear}-${cal.lastYear}; ${year} is outside it`,
      );
    }
    const nonWorkingDays = cal.nonWorkingDays(year);
    const workedWeekendDays = cal.workedWeekendDays(year);
    const lines = [`Нерабочие дни ${year} года (кроме суббот и воскресений):`];
    for (const d of nonWorkingDays) {
      // The reason text of a shifted day already names the date it came from.
      const unverified = d.unverified ? ' [не подтверждено]' : '';
      lines.push(`  ${ruDate(d.date)}  ${d.reason.ru}${unverified}`);
    }
    if (workedWeekendDays.length) {
      lines.push('Рабочие выходные дни:');
      for (const d of workedWeekendDays) lines.push(`  ${ruDate(d.date)}  ${d.reason.ru}`);
    }
    return {
      json: { year, firstYear: cal.firstYear, lastYear: cal.lastYear, nonWorkingDays, workedWeekendDays },
      text: lines.join('\n'),
    };
  },
};
