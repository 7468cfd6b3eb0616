/** The journal's filters as chosen: each value, its setter, the query's filters and a reset. */
import { useMemo, useState } from 'react';
import type { Channel, ServiceId } from '@shared/catalogue/ids';
import type { CaseStatus } from '@shared/lifecycle/statuses';
import type { JournalFilters } from '../../journal/query';

/** A typed date, or null while it is not a whole ISO date. */
export const isoDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

export function useJournalFilters() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [serviceId, setServiceId] = useState<ServiceId | null>(null);
  const [status, setStatus] = useState<CaseStatus | null>(null);
  const [channel, setChannel] = useState<Channel | null>(null);
  const [district, setDistrict] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);

  const filters: JournalFilters = useMemo(
    () => ({
      from: isoDate(from),
      to: isoDate(to),
      serviceId,
      status,
      channel,
      districtOfficeCode: district,
      overdue,
    }),
    [from, to, serviceId, status, channel, district, overdue],
  );
  const reset = () => {
    setFrom('');
    setTo('');
    setServiceId(null);
    setStatus(null);
    setChannel(null);
    setDistrict(null);
    setOverdue(false);
  };
  return {
    values: { from, to, serviceId, status, channel, district, overdue },
    set: { setFrom, setTo, setServiceId, setStatus, setChannel, setDistrict, setOverdue },
    filters,
    reset,
  };
}

export type JournalFilterState = ReturnType<typeof useJournalFilters>;
