import { Component, type ReactNode } from 'react';
import { Alert, Center, Code, Stack } from '@mantine/core';
import { Translation } from 'react-i18next';
import { DataLockedError } from '../db/atRest/keyRing';

/** A database that cannot open (e.g. created by a newer release) shows why instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <Center mih="100vh" p="md">
            <Stack maw={600}>
              <Alert color="red" title={t('errorScreen.title')} role="alert">
                {/* Personal data without a key in memory (issue 13) says so in the user's language. */}
                {error instanceof DataLockedError ? t(error.messageKey) : t('errorScreen.hint')}
              </Alert>
              <Code block>{`${error.name}: ${error.message}`}</Code>
            </Stack>
          </Center>
        )}
      </Translation>
    );
  }
}
