import { Suspense, lazy, useEffect, useState } from 'react';
import { Alert, AppShell, Center, Loader, NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AREAS, areasFor, isArea, type Area } from '@shared/auth/access';
import { withComplaintArea } from '@shared/complaints/access';
import { useComplaintAccess } from '../store';
import type { SessionUser } from '../auth/session';
import type { OfficeConfig } from '../db/types';
import { AutoBackupScheduler } from '../backup/AutoBackupScheduler';
import { ScanProvider } from '../scan/ScanProvider';
import { ClockWarning } from './ClockWarning';
import { Header } from './Header';
import { useRoute } from './routing';

// Each area is a chunk of its own (issue 12), fetched right after the shell opens so the areas still
// open when the network goes away later (the web build loads chunks over HTTP).
const AREA_CHUNKS = {
  audit: () => import('../features/audit/AuditPage'),
  complaints: () => import('../features/complaints/ComplaintsPage'),
  deadlines: () => import('../features/deadlines/DeadlinesPage'),
  directory: () => import('../features/directory/DirectoryPage'),
  intake: () => import('../features/intake/IntakePage'),
  journal: () => import('../features/journal/JournalPage'),
  registries: () => import('../features/registries/RegistriesPage'),
  reports: () => import('../features/reports/ReportsPage'),
  settings: () => import('../features/settings/SettingsPage'),
} satisfies Record<Area, () => Promise<unknown>>;

const AuditPage = lazy(() => AREA_CHUNKS.audit().then((m) => ({ default: m.AuditPage })));
const ComplaintsPage = lazy(() => AREA_CHUNKS.complaints().then((m) => ({ default: m.ComplaintsPage })));
const DeadlinesPage = lazy(() => AREA_CHUNKS.deadlines().then((m) => ({ default: m.DeadlinesPage })));
const DirectoryPage = lazy(() => AREA_CHUNKS.directory().then((m) => ({ default: m.DirectoryPage })));
const IntakePage = lazy(() => AREA_CHUNKS.intake().then((m) => ({ default: m.IntakePage })));
const JournalPage = lazy(() => AREA_CHUNKS.journal().then((m) => ({ default: m.JournalPage })));
const RegistriesPage = lazy(() => AREA_CHUNKS.registries().then((m) => ({ default: m.RegistriesPage })));
const ReportsPage = lazy(() => AREA_CHUNKS.reports().then((m) => ({ default: m.ReportsPage })));
const SettingsPage = lazy(() => AREA_CHUNKS.settings().then((m) => ({ default: m.SettingsPage })));

/** The signed-in frame: header, navigation by role, and the current area. */
export function Shell({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('shell');
  const [route, navigate] = useRoute();
  // «Жалобы» depends on the office type and an administrator's setting, not on roles alone.
  const complaints = useComplaintAccess(office);
  const areas = withComplaintArea(areasFor(user), complaints, AREAS);
  const requested = isArea(route.area) && areas.includes(route.area) ? route.area : null;
  const fallback = areas[0] ?? null;
  // The link of the area already open starts that area anew (an open intake form goes back to the
  // service list, its draft kept): a same-hash link changes nothing by itself (issue 16, item 9).
  const [visit, setVisit] = useState(0);

  const areaList = areas.join(' ');
  useEffect(() => {
    // The current area first (it renders now), then the others the role may open.
    for (const area of areaList.split(' ')) if (isArea(area)) void AREA_CHUNKS[area]().catch(() => {});
  }, [areaList]);

  useEffect(() => {
    // An area the role may not see (or none yet) falls back without adding a history entry.
    // «Жалобы» may be allowed by a setting still loading: wait for it before leaving that area.
    const waiting = complaints.loading && route.area === 'complaints';
    if (!requested && fallback && !waiting) navigate(fallback, null, true);
  }, [requested, fallback, navigate, complaints.loading, route.area]);

  return (
    <ScanProvider>
      <AutoBackupScheduler />
      <AppShell header={{ height: 64 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
        <AppShell.Header>
          <Header office={office} user={user} />
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('navLabel')} component="nav">
          {areas.map((area) => (
            <NavLink
              key={area}
              href={`#/${area}`}
              label={t(`areas.${area}`)}
              active={area === requested}
              onClick={() => area === requested && setVisit((v) => v + 1)}
              data-testid={`nav-${area}`}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>
          <Stack>
            <ClockWarning />
            {requested ? (
              <Suspense
                fallback={
                  <Center p="xl">
                    <Loader />
                  </Center>
                }
              >
                <AreaView key={`${requested}-${visit}`} area={requested} sub={route.sub} />
              </Suspense>
            ) : (
              <Alert color="gray">{t('noAreas')}</Alert>
            )}
          </Stack>
        </AppShell.Main>
      </AppShell>
    </ScanProvider>
  );
}

function AreaView({ area, sub }: { area: Area; sub: string | null }) {
  switch (area) {
    case 'intake':
      return <IntakePage sub={sub} />;
    case 'journal':
      return <JournalPage sub={sub} />;
    case 'complaints':
      return <ComplaintsPage sub={sub} />;
    case 'registries':
      return <RegistriesPage sub={sub} />;
    case 'reports':
      return <ReportsPage />;
    case 'audit':
      return <AuditPage />;
    case 'deadlines':
      return <DeadlinesPage sub={sub} />;
    case 'directory':
      return <DirectoryPage />;
    case 'settings':
      return <SettingsPage tab={sub} />;
    default: {
      const unknown: never = area;
      return unknown;
    }
  }
}
