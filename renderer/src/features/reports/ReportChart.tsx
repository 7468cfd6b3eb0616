import { useTranslation } from 'react-i18next';
import { SERVICE_IDS, type ServiceId } from '@shared/catalogue/ids';
import type { Lang } from '@shared/i18n/lang';
import type { MonthlyReport, Tally } from '@shared/reports';
import { reportServiceName } from '../../reports/export';

export interface ChartBar {
  serviceId: ServiceId;
  accepted: number;
  onTime: number;
  /** Decided late, or past the due date without a decision. */
  late: number;
  /** Pending, same-visit (no term) or ended without a result. */
  other: number;
}

/** One bar per service with cases, in catalogue order. */
export function chartBars(report: MonthlyReport): ChartBar[] {
  return SERVICE_IDS.flatMap((serviceId) => {
    const t: Tally | undefined = report.byService[serviceId];
    if (!t || t.accepted === 0) return [];
    const onTime = t.onTime;
    const late = t.late + t.overdueOpen;
    return [{ serviceId, accepted: t.accepted, onTime, late, other: t.accepted - onTime - late }];
  });
}

const COLORS = { onTime: '#2b8a3e', late: '#c92a2a', other: '#adb5bd' } as const;
const WIDTH = 760;
const BAR_X = 0;
const BAR_W = 600;
const ROW_H = 46;
const LEGEND_H = 28;

/** Cases per service, decided on time vs late: a stacked horizontal bar chart in plain SVG. */
export function ReportChart({ report, lang }: { report: MonthlyReport; lang: Lang }) {
  const { t } = useTranslation('reports-ui');
  const bars = chartBars(report);
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.accepted));
  const scale = (n: number) => (n / max) * BAR_W;
  const height = LEGEND_H + bars.length * ROW_H;
  const legend = (['onTime', 'late', 'other'] as const).map((key, i) => (
    <g key={key} transform={`translate(${i * 250}, 4)`}>
      <rect width={14} height={14} fill={COLORS[key]} />
      <text x={20} y={12} fontSize={12}>
        {t(`legend.${key}`)}
      </text>
    </g>
  ));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: WIDTH }}
      role="img"
      aria-labelledby="report-chart-title"
      data-testid="report-chart"
    >
      <title id="report-chart-title">{t('chartTitle')}</title>
      {legend}
      {bars.map((b, i) => {
        const y = LEGEND_H + i * ROW_H;
        const segments = [
          { key: 'onTime' as const, value: b.onTime },
          { key: 'late' as const, value: b.late },
          { key: 'other' as const, value: b.other },
        ];
        let x = BAR_X;
        const label = t('chartBar', {
          service: reportServiceName(b.serviceId, lang),
          accepted: b.accepted,
          onTime: b.onTime,
          late: b.late,
          other: b.other,
        });
        return (
          <g key={b.serviceId} data-testid={`chart-bar-${b.serviceId}`} aria-label={label}>
            <title>{label}</title>
            <text x={0} y={y + 12} fontSize={12}>
              {reportServiceName(b.serviceId, lang)}
            </text>
            {segments.map((s) => {
              const w = scale(s.value);
              const rect = (
                <rect
                  key={s.key}
                  x={x}
                  y={y + 18}
                  width={w}
                  height={18}
                  fill={COLORS[s.key]}
                  data-testid={`chart-${s.key}`}
                  data-value={s.value}
                />
              );
              x += w;
              return rect;
            })}
            <text x={x + 6} y={y + 32} fontSize={12}>
              {`${b.onTime} / ${b.late} / ${b.other}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
