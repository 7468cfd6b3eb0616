/**
 * Human texts for audit events: the action's name and a one-line summary of its details, in the
 * interface language. Only reads the event; unknown actions and detail shapes fall back to the stored
 * values, so an event recorded by a newer release is still shown rather than hidden.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import { defaultCatalogue, type Catalogue } from '@shared/catalogue';
import { isServiceId } from '@shared/catalogue/ids';
import { officeByCode } from '@shared/directory/offices';
import { formatDate, formatDateTime } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import { isLocalDate } from '@shared/time/almaty';
import { DOCUMENT_PRINTED, REFUSAL_REPRINTED } from '../cases/printLog';
import type { AuditEvent } from '../db/types';

/** The action the viewer's own export records (not yet in the db's AuditAction union). */
export const AUDIT_EXPORTED = 'audit.exported';

let catalogue: Catalogue | undefined;
function serviceName(id: unknown, lang: Lang): string {
  if (!isServiceId(id)) return String(id);
  catalogue ??= defaultCatalogue();
  return catalogue.services[id]?.name[lang] ?? id;
}

function officeName(code: unknown, lang: Lang): string {
  if (typeof code !== 'string') return '';
  const office = officeByCode(code);
  return office ? `${code} · ${office.shortName[lang]}` : code;
}

export interface SummaryContext {
  i18n: I18n;
  lang: Lang;
  /** Full name of a user id, or null when the id is unknown here. */
  userName: (id: string) => string | null;
}

function fixedT(ctx: SummaryContext): TFunction {
  return ctx.i18n.getFixedT(ctx.lang);
}

/** `auth.signed-in` → «Вход в систему»; a lifecycle step `case.<event>` → the step's name. */
export function actionLabel(action: string, ctx: SummaryContext): string {
  const t = fixedT(ctx);
  const key = `audit:actions.${action}`;
  if (ctx.i18n.exists(key, { lng: ctx.lang })) return t(key);
  if (action.startsWith('case.')) {
    const step = `lifecycle:events.${action.slice(5)}`;
    if (ctx.i18n.exists(step, { lng: ctx.lang })) return t(step);
  }
  return action;
}

/** «Сейтова Айгуль Маратовна»; an id no longer (or not yet) known shows as itself. */
export function userLabel(userId: string | null, ctx: SummaryContext): string {
  if (userId === null) return fixedT(ctx)('audit:noUser');
  return ctx.userName(userId) ?? userId;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function roleNames(v: unknown, t: TFunction): string {
  return list(v)
    .map((r) => t(`auth:roles.${String(r)}`, { defaultValue: String(r) }))
    .join(', ');
}

function statusName(v: unknown, t: TFunction): string {
  return typeof v === 'string' ? t(`lifecycle:statuses.${v}`, { defaultValue: v }) : '—';
}

function plain(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plain).join(', ');
  return JSON.stringify(value);
}

/** key: value pairs of the details, for actions without a dedicated text. */
function generic(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${plain(v)}`)
    .join('; ');
}

const MAX_SUMMARY = 300;

/** What changed, in one line (empty when the action says it all). */
export function summarise(event: AuditEvent, ctx: SummaryContext): string {
  const text = summaryOf(event, ctx);
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
}

function summaryOf(event: AuditEvent, ctx: SummaryContext): string {
  const t = fixedT(ctx);
  const d = event.details ?? {};
  const who = (id: unknown) => (typeof id === 'string' ? userLabel(id, ctx) : '—');
  const action: string = event.action;
  switch (action) {
    case 'setup.completed':
      return t('audit:details.setup', {
        office: officeName(d.officeCode, ctx.lang),
        workstation: t(`audit:workstation.${plain(d.workstation)}`, { defaultValue: plain(d.workstation) }),
      });
    case 'auth.signed-in':
    case 'auth.session-unlocked':
      return '';
    case 'auth.sign-in-failed': {
      const parts: string[] = [];
      if (str(d.login)) parts.push(t('audit:details.login', { login: d.login }));
      if (num(d.attemptsLeft) !== null)
        parts.push(t('audit:details.attemptsLeft', { count: d.attemptsLeft }));
      if (d.locked === true) parts.push(t('audit:details.locked'));
      if (d.disabled === true) parts.push(t('audit:details.disabled'));
      return parts.join('; ');
    }
    case 'auth.locked-out':
      return num(d.until) !== null
        ? t('audit:details.lockedUntil', { until: formatDateTime(d.until as number, ctx.lang) })
        : '';
    case 'auth.signed-out':
    case 'auth.session-locked':
      return str(d.reason)
        ? t('audit:details.reason', {
            reason: t(`audit:reasons.${String(d.reason)}`, { defaultValue: String(d.reason) }),
          })
        : '';
    case 'user.created':
      return t('audit:details.userCreated', {
        name: who(d.targetId),
        login: plain(d.login),
        roles: roleNames(d.roles, t),
      });
    case 'user.disabled':
    case 'user.enabled':
    case 'user.password-reset':
      return who(d.targetId);
    case 'user.unlocked':
      return t('audit:details.unlocked', { name: who(d.targetId), count: num(d.failedAttempts) ?? 0 });
    case 'user.must-change-password':
      return t(d.mustChange === true ? 'audit:details.mustChangeOn' : 'audit:details.mustChangeOff', {
        name: who(d.targetId),
      });
    case 'auth.password-changed':
      return d.required === true ? t('audit:details.passwordRequired') : '';
    case 'auth.password-change-failed':
      return '';
    case 'auth.password-rehashed':
      return t('audit:details.iterations', { from: plain(d.from), to: plain(d.to) });
    case 'user.roles-changed':
      return t('audit:details.rolesChanged', {
        name: who(d.targetId),
        from: roleNames(d.from, t),
        to: roleNames(d.to, t),
      });
    case 'settings.changed':
      return settingsSummary(d, t);
    case 'case.registered':
      return t('audit:details.registered', {
        service: serviceName(d.serviceId, ctx.lang),
        channel: t(`audit:channels.${plain(d.channel)}`, { defaultValue: plain(d.channel) }),
        due: isLocalDate(d.due) ? formatDate(d.due, ctx.lang) : '—',
      });
    case 'case.duplicate-accepted':
      return t('audit:details.duplicate', { reason: plain(d.reason), cases: plain(d.openCases) });
    case 'intake.counter-refusal':
      return t('audit:details.counterRefusal', {
        service: serviceName(d.serviceId, ctx.lang),
        count: list(d.missing).length,
      });
    case DOCUMENT_PRINTED:
      return t('audit:details.documentPrinted', {
        doc: t(`intake:print.files.${plain(d.kind)}`, { defaultValue: plain(d.kind) }),
        copy: num(d.copy) ?? 1,
      });
    case REFUSAL_REPRINTED:
      return t('audit:details.refusalReprinted', { id: num(d.refusalId) ?? '—' });
    case AUDIT_EXPORTED:
      return t('audit:details.exported', { count: num(d.rows) ?? 0, filters: filtersText(d.filters, ctx) });
    default:
      break;
  }
  if (action.startsWith('case.') && typeof d.to === 'string') {
    const move = t('audit:details.transition', { from: statusName(d.from, t), to: statusName(d.to, t) });
    return str(d.reason) ? `${move}; ${t('audit:details.reason', { reason: d.reason })}` : move;
  }
  return generic(d);
}

function settingsSummary(d: Record<string, unknown>, t: TFunction): string {
  const parts: string[] = [];
  if (str(d.language)) {
    parts.push(t('audit:details.language', { lang: t(`audit:languages.${String(d.language)}`) }));
  }
  const security = d.security as { from?: Record<string, unknown>; to?: Record<string, unknown> } | undefined;
  if (security?.from && security.to) {
    for (const [field, after] of Object.entries(security.to)) {
      const before = security.from[field];
      if (before === after) continue;
      parts.push(
        t('audit:details.changedField', {
          field: t(`audit:securityFields.${field}`, { defaultValue: field }),
          from: plain(before),
          to: plain(after),
        }),
      );
    }
  }
  const rest = Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'language' && k !== 'security'));
  if (Object.keys(rest).length > 0) parts.push(generic(rest));
  return parts.join('; ');
}

/** The filters an export was made with: «С даты: 01.11.2026; Пользователь: Сейтова А. М.». */
function filtersText(value: unknown, ctx: SummaryContext): string {
  const t = fixedT(ctx);
  if (!value || typeof value !== 'object') return t('audit:noFilters');
  const parts: string[] = [];
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v !== 'string' || v === '') continue;
    let shown = v;
    if ((key === 'from' || key === 'to') && isLocalDate(v)) shown = formatDate(v, ctx.lang);
    else if (key === 'userId') shown = userLabel(v, ctx);
    else if (key === 'action') shown = actionLabel(v, ctx);
    const label = key === 'caseId' ? 'case' : key === 'userId' ? 'user' : key;
    parts.push(`${t(`audit:filters.${label}`, { defaultValue: key })}: ${shown}`);
  }
  return parts.length ? parts.join('; ') : t('audit:noFilters');
}
