/** Dates and instants on the command line, always meant in Asia/Almaty. */
import {
  almatyInstant,
  almatyOffsetMinutes,
  isLocalDate,
  toAlmatyParts,
  type LocalDate,
} from '@shared/time/almaty';
import { UsageError } from './args';

const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `YYYY-MM-DD` (start of that day in Almaty), `YYYY-MM-DDTHH:MM` (Almaty wall clock) or a full ISO
 * instant with `Z` or an offset.
 */
export function parseInstantArg(value: string, what: string): number {
  if (isLocalDate(value)) return almatyInstant(value);
  const local = LOCAL_DATETIME.exec(value);
  if (local) {
    const [date, hh, mm] = [local[1]!, Number(local[2]), Number(local[3])];
    if (isLocalDate(date) && hh < 24 && mm < 60) return almatyInstant(date, hh, mm);
  } else if (WITH_OFFSET.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return ms;
  }
  throw new UsageError(
    `${what}: expected YYYY-MM-DD, YYYY-MM-DDTHH:MM (Almaty) or an ISO instant; got "${value}"`,
  );
}

/** ISO with the Almaty offset, e.g. 2026-03-20T10:30+05:00. */
export function formatInstant(ms: number): string {
  const { date, hour, minute } = toAlmatyParts(ms);
  const off = almatyOffsetMinutes(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${pad(hour)}:${pad(minute)}+${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/** 20.03.2026 for Russian text output. */
export function ruDate(date: LocalDate | null): string {
  if (date === null) return '—';
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
