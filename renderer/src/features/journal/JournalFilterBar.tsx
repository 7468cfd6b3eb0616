/** The journal's filters: period, service, status, channel, district office, overdue only. */
import { Button, Checkbox, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHANNELS, SERVICE_IDS, type Channel, type ServiceId } from '@shared/catalogue/ids';
import { officesOfType } from '@shared/directory/offices';
import { CASE_STATUSES, type CaseStatus } from '@shared/lifecycle/statuses';
import { useLang } from '../../app/hooks';
import { DateInput } from '../../ui/DateInput';
import { serviceName } from './labels';
import type { JournalFilterState } from './useJournalFilters';

export function JournalFilterBar({ state }: { state: JournalFilterState }) {
  const { t } = useTranslation('journal');
  const lang = useLang();
  const { values: v, set, reset } = state;
  const any = t('filters.any');
  return (
    <Group gap="sm" align="flex-end" role="group" aria-label={t('filters.label')}>
      <DateInput label={t('filters.from')} value={v.from} onChange={set.setFrom} data-testid="journal-from" />
      <DateInput label={t('filters.to')} value={v.to} onChange={set.setTo} data-testid="journal-to" />
      <Select
        label={t('filters.service')}
        placeholder={any}
        clearable
        searchable
        w={260}
        value={v.serviceId}
        onChange={(x) => set.setServiceId(x as ServiceId | null)}
        data={SERVICE_IDS.map((id) => ({ value: id, label: serviceName(id, lang) }))}
        data-testid="journal-service"
      />
      <Select
        label={t('filters.status')}
        placeholder={any}
        clearable
        searchable
        w={220}
        value={v.status}
        onChange={(x) => set.setStatus(x as CaseStatus | null)}
        data={CASE_STATUSES.map((s) => ({ value: s, label: t(`lifecycle:statuses.${s}`) }))}
        data-testid="journal-status"
      />
      <Select
        label={t('filters.channel')}
        placeholder={any}
        clearable
        w={160}
        value={v.channel}
        onChange={(x) => set.setChannel(x as Channel | null)}
        data={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
        data-testid="journal-channel"
      />
      <Select
        label={t('filters.office')}
        placeholder={any}
        clearable
        w={200}
        value={v.district}
        onChange={set.setDistrict}
        data={officesOfType('district').map((o) => ({ value: o.code, label: o.shortName[lang] }))}
        data-testid="journal-office"
      />
      <Checkbox
        label={t('filters.overdue')}
        checked={v.overdue}
        onChange={(e) => set.setOverdue(e.currentTarget.checked)}
        data-testid="journal-overdue"
        mb={8}
      />
      <Button variant="subtle" onClick={reset}>
        {t('filters.reset')}
      </Button>
    </Group>
  );
}
