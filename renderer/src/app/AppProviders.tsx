import type { ReactNode } from 'react';
import { MantineProvider, createTheme } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { AppDatabase } from '../db/database';
import { DbProvider } from '../db/DbContext';
import { ErrorBoundary } from './ErrorBoundary';

const theme = createTheme({ primaryColor: 'blue', defaultRadius: 'sm' });

/** Everything a screen needs from context; tests wrap components in the same providers. */
export function AppProviders({ db, i18n, children }: { db: AppDatabase; i18n: I18n; children: ReactNode }) {
  return (
    <MantineProvider theme={theme}>
      <I18nextProvider i18n={i18n}>
        <Notifications position="bottom-right" />
        <ErrorBoundary>
          <DbProvider db={db}>{children}</DbProvider>
        </ErrorBoundary>
      </I18nextProvider>
    </MantineProvider>
  );
}
