import { Suspense, lazy, useEffect } from 'react';
import { Alert, AppShell, Center, Loader, NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areasFor, defaultArea, isArea, type Area } from '../../../shared/auth/access';
import type { SessionUser } from '../auth/session';
import type { OfficeConfig } from '../db/types';
import { AutoBackupScheduler } from '../backup/AutoBackupScheduler';
import { ScanProvider } from '../scan/ScanProvider';
import { ClockWarning } from './ClockWarning';
import { Header } from './Header';
import { useRoute } from './routing';

// Each area is a chunk of its own, loaded when first opened (issue 12).
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const DeadlinesPage = lazy(() =>
  import('../features/deadlines/DeadlinesPage').then((m) => ({ default: m.DeadlinesPage })),
);
const DirectoryPage = lazy(() =>
  import('../features/directory/DirectoryPage').then((m) => ({ default: m.DirectoryPage })),
);
const IntakePage = lazy(() =>
  import('../features/intake/IntakePage').then((m) => ({ default: m.IntakePage })),
);
const JournalPage = lazy(() =>
  import('../features/journal/JournalPage').then((m) => ({ default: m.JournalPage })),
);
const RegistriesPage = lazy(() =>
  import('../features/registries/RegistriesPage').then((m) => ({ default: m.RegistriesPage })),
);
const ReportsPage = lazy(() =>
  import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

/** The signed-in frame: header, navigation by role, and the current area. */
export function Shell({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  const { t } = useTranslation('shell');
  const [route, navigate] = useRoute();
  const areas = areasFor(user);
  const requested = isArea(route.area) && areas.includes(route.area) ? route.area : null;
  const fallback = defaultArea(user);

  useEffect(() => {
    // An area the role may not see (or none yet) falls back without adding a history entry.
    if (!requested && fallback) navigate(fallback, null, true);
  }, [requested, fallback, navigate]);

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
              <Suspense
                fallback={
                  <Center p="xl">
                    <Loader />
                  </Center>
                }
              >
                <AreaView area={requested} sub={route.sub} />
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
