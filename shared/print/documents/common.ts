/** Pieces several documents share: the office header and the date words. */
import { formatDate } from '../../i18n/format';
import type { LocalDate } from '../../time/almaty';
import { local, type PrintContext } from '../context';
import type { HeaderLines } from '../layout/blocks';
import type { PrintOffice } from '../office';

export function officeLines(office: PrintOffice, ctx: PrintContext): HeaderLines {
  const { lang, labels } = ctx;
  return {
    name: local(office.name, lang),
    address: local(office.address, lang),
    phones: office.phones.length ? `${labels.common.phone} ${office.phones.join(', ')}` : undefined,
    hours: `${labels.common.hours}: ${local(office.hoursText, lang)}`,
  };
}

export const longDate = (d: LocalDate, ctx: PrintContext): string => formatDate(d, ctx.lang, 'long');
export const shortDate = (d: LocalDate | number, ctx: PrintContext): string =>
  formatDate(d, ctx.lang, 'short');
