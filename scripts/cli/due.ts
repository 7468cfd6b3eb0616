/** `due <service> <channel> <acceptedAt>`: due date, issue date and step limits of a case. */
import { OutOfCalendarRangeError, buildCalendar } from '@shared/calendar';
import { defaultCatalogue } from '@shared/catalogue';
import { DeadlineInputError, caseDeadlines, type StepDeadline } from '@shared/deadlines';
import { UsageError, expectPositionals, parseArgs } from './args';
import type { Command } from './command';
import { channelArg, serviceArg } from './service-arg';
import { formatInstant, parseInstantArg, ruDate } from './time-args';

const USAGE = 'due <service> <district|center> <acceptedAt> [--registered-at X] [--transit N] [--json]';

const UNIT_RU = { 'calendar-days': 'календарных дней', 'working-days': 'рабочих дней', minutes: 'минут' };

function stepJson(s: StepDeadline) {
  return {
    stepId: s.stepId,
    role: s.role,
    due: s.due,
    ...(s.dueAt !== undefined ? { dueAt: formatInstant(s.dueAt) } : {}),
    limit: s.limit,
    basis: s.basis,
    conditional: s.conditional,
    beyondOverall: s.beyondOverall,
  };
}

function stepLine(s: StepDeadline): string {
  const limit = s.limit ? `${s.limit.value} ${UNIT_RU[s.limit.unit]}` : 'в пределах общего срока';
  const due =
    s.basis === 'pending'
      ? 'ждёт начала отсчёта'
      : s.dueAt !== undefined
        ? formatInstant(s.dueAt)
        : ruDate(s.due);
  const flags = [s.conditional ? 'при необходимости' : '', s.beyondOverall ? 'позже общего срока' : '']
    .filter(Boolean)
    .join(', ');
  return `  ${s.stepId.padEnd(4)} ${s.role.padEnd(24)} ${limit}: ${s.basis === 'overall' ? '—' : due}${flags ? ` (${flags})` : ''}`;
}

export const dueCommand: Command = {
  name: 'due',
  usage: USAGE,
  summary: 'срок оказания услуги, дата выдачи и сроки этапов',
  run(argv) {
    const args = parseArgs(argv, { 'registered-at': { value: true }, transit: { value: true } });
    const [serviceArgValue, channelValue, acceptedValue] = expectPositionals(
      args,
      ['service', 'channel', 'acceptedAt'],
      USAGE,
    );
    const serviceId = serviceArg(serviceArgValue!);
    const channel = channelArg(channelValue!);
    const acceptedAt = parseInstantArg(acceptedValue!, 'acceptedAt');
    const registeredRaw = args.options['registered-at'];
    const registeredAt =
      typeof registeredRaw === 'string' ? parseInstantArg(registeredRaw, '--registered-at') : undefined;
    const transitRaw = args.options.transit;
    let transit = 0;
    if (typeof transitRaw === 'string') {
      if (!/^\d{1,2}$/.test(transitRaw))
        throw new UsageError(`--transit expects working days 0-99, got "${transitRaw}"`);
      transit = Number(transitRaw);
    }
    const catalogue = defaultCatalogue();
    let d;
    try {
      d = caseDeadlines(catalogue, buildCalendar(), {
        serviceId,
        channel,
        acceptedAt,
        ...(registeredAt !== undefined ? { registeredAt } : {}),
        settings: { transitAllowanceWorkingDays: transit },
      });
    } catch (e) {
      if (e instanceof DeadlineInputError || e instanceof OutOfCalendarRangeError)
        throw new UsageError(e.message);
      throw e;
    }
    const json: Record<string, unknown> = {
      service: d.serviceId,
      channel: d.channel,
      rulesVersion: d.rulesVersion,
      acceptedOn: d.acceptedOn,
      due: d.due,
      issueDate: d.issueDate,
      unit: d.unit,
      term: d.term,
      steps: d.steps.map(stepJson),
    };
    if (d.sameVisit) {
      json.sameVisit = {
        startAt: formatInstant(d.sameVisit.startAt),
        endBy: formatInstant(d.sameVisit.endBy),
      };
    }
    if (d.centerClock) json.centerClock = d.centerClock;
    if (d.districtClock) json.districtClock = d.districtClock;
    if (d.housingPeriod) json.housingPeriod = d.housingPeriod;
    if (d.certificateQuarter) json.certificateQuarter = d.certificateQuarter;

    const service = catalogue.services[d.serviceId];
    const lines = [
      `${service.name.ru}`,
      `Канал: ${channel === 'center' ? 'ЦОН' : 'районный отдел'}; принято ${ruDate(d.acceptedOn)}`,
      `Срок: ${d.term} ${UNIT_RU[d.unit]}`,
    ];
    if (d.sameVisit) {
      lines.push(
        `Услуга оказывается в день обращения: до ${formatInstant(d.sameVisit.endBy)}; дата выдачи не назначается`,
      );
    } else {
      lines.push(`Срок истекает: ${ruDate(d.due)}`, `Дата выдачи: ${ruDate(d.issueDate)}`);
    }
    if (d.districtClock) {
      lines.push(
        d.districtClock.registeredOn
          ? `Срок районного отдела (от регистрации ${ruDate(d.districtClock.registeredOn)}): ${ruDate(d.districtClock.due)}`
          : 'Срок районного отдела: начнётся с регистрации пакета в районном отделе',
      );
    }
    if (d.housingPeriod) {
      lines.push(
        `Жилищная помощь назначается на период ${d.housingPeriod.startMonth} — ${d.housingPeriod.endMonth}`,
      );
    }
    if (d.certificateQuarter) {
      const q = d.certificateQuarter;
      lines.push(`Справка за ${q.quarter} квартал ${q.year} года (${ruDate(q.start)} — ${ruDate(q.end)})`);
    }
    lines.push('Этапы:', ...d.steps.map(stepLine));
    return { json, text: lines.join('\n') };
  },
};
