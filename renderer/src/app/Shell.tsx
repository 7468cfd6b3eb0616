import { useEffect } from 'react';
import { Alert, AppShell, NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AREAS, areasFor, isArea, type Area } from '../../../shared/auth/access';
import { withComplaintArea } from '../../../shared/complaints/access';
import { useComplaintAccess } from '../complaints/useComplaints';
import { ComplaintsPage } from '../features/complaints/ComplaintsPage';
import type { SessionUser } from '../auth/session';
import type { OfficeConfig } from '../db/types';
import { AuditPage } from '../features/audit/AuditPage';
import { DeadlinesPage } from '../features/deadlines/DeadlinesPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { IntakePage } from '../features/intake/IntakePage';
import { JournalPage } from '../features/journal/JournalPage';
import { RegistriesPage } from '../features/registries/RegistriesPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { AutoBackupScheduler } from '../backup/AutoBackupScheduler';
import { ScanProvider } from '../scan/ScanProvider';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ClockWarning } from './ClockWarning';
import { Header } from './Header';
import { useRoute } from './routing';

/** The signed-in frame: header, navigation by role, and the current area. */
export function Shell({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('shell');
  const [route, navigate] = useRoute();
  // «Жалобы» depends on the office type and an administrator's setting, not on roles alone.
  const complaints = useComplaintAccess(office);
  const areas = withComplaintArea(areasFor(user), complaints, AREAS);
  const requested = isArea(route.area) && areas.includes(route.area) ? route.area : null;
  const fallback = areas[0] ?? null;

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
              data-testid={`nav-${area}`}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main>
          <Stack>
            <ClockWarning />
            {requested ? (
              <AreaView area={requested} sub={route.sub} />
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
