/**
 * Which screen to show: first-run setup until the office is configured, then sign-in, the lock
 * screen or the shell.
 */
import { Suspense, lazy, useEffect, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isLang } from '@shared/i18n/lang';
import { AuthProvider, useAuth } from '../auth/AuthProvider';
import { useDb } from '../db/DbContext';
import { getSetting } from '../db/settings';
import type { OfficeConfig } from '../db/types';
import { ForcedPasswordChange } from '../features/auth/ForcedPasswordChange';
import { LockScreen } from '../features/auth/LockScreen';
import { SignInPage } from '../features/auth/SignInPage';
import { SetupWizard } from '../features/setup/SetupWizard';
import { ON_DEMAND_NAMESPACES } from '../i18n/app';
import { applyLanguage } from '../i18n/language';
import { getPlatform } from '../platform';

// The signed-in shell and everything behind it load after sign-in (issue 12: the entry carries the
// first screens only), with the namespaces the first screens did not need.
const Shell = lazy(() => import('./Shell').then((m) => ({ default: m.Shell })));

function Loading() {
  return (
    <Center mih="100vh">
      <Loader />
    </Center>
  );
}

/** Suspends until every namespace is loaded for the language in use. */
function AllTexts({ children }: { children: ReactNode }) {
  useTranslation([...ON_DEMAND_NAMESPACES]);
  return children;
}

export function App() {
  const db = useDb();
  const { i18n } = useTranslation();
  const boot = useLiveQuery(
    async () => ({
      office: (await getSetting(db, 'office')) ?? null,
      language: (await getSetting(db, 'language')) ?? null,
    }),
    [db],
  );

  // The db is the record; localStorage only bridged the time before it opened.
  const storedLang = boot?.language;
  useEffect(() => {
    if (storedLang && storedLang !== i18n.language) void applyLanguage(i18n, storedLang);
  }, [storedLang, i18n]);

  // The host's menu follows the interface language, including the one restored at start.
  useEffect(() => {
    const sync = (lng: string) => {
      if (isLang(lng)) void getPlatform().setLanguage(lng);
    };
    sync(i18n.language);
    i18n.on('languageChanged', sync);
    return () => i18n.off('languageChanged', sync);
  }, [i18n]);

  // Electron's menu may ask for a language; persist it only once the office exists.
  const configured = Boolean(boot?.office);
  useEffect(
    () =>
      getPlatform().onLanguageRequested(
        (lang) => void applyLanguage(i18n, lang, configured ? db : undefined),
      ),
    [i18n, db, configured],
  );

  if (boot === undefined) return <Loading />;
  if (!boot.office) return <SetupWizard />;
  return (
    <AuthProvider>
      <SignedInGate office={boot.office} />
    </AuthProvider>
  );
}

function SignedInGate({ office }: { office: OfficeConfig }) {
  const { user, locked } = useAuth();
  if (!user) return <SignInPage office={office} />;
  if (locked) return <LockScreen user={user} reason={locked} />;
  if (user.mustChangePassword) return <ForcedPasswordChange user={user} />;
  return (
    <Suspense fallback={<Loading />}>
      <AllTexts>
        <Shell office={office} user={user} />
      </AllTexts>
    </Suspense>
  );
}
