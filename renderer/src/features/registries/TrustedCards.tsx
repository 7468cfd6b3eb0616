/** The trusted cards, with revoke (administrator, confirmed: a revoked card can never come back). */
import { useState } from 'react';
import { Badge, Button, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cardFingerprint } from '@shared/registry/identity';
import type { SessionUser } from '../../auth/session';
import { useStore, useTrustedCards } from '../../store';
import { useLang } from '../../app/hooks';

export function TrustedCards({ user }: { user: SessionUser }) {
  const { t } = useTranslation('registries');
  const store = useStore();
  const lang = useLang();
  const isAdmin = user.roles.includes('admin');
  const trusted = useTrustedCards();
  const [confirmRevoke, setConfirmRevoke] = useState<string | null>(null);
  return (
    <Table mt="sm" striped data-testid="trusted-cards">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('identity.columns.office')}</Table.Th>
          <Table.Th>{t('identity.columns.fingerprint')}</Table.Th>
          <Table.Th>{t('identity.columns.status')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(trusted ?? [])
          .sort((a, b) => a.seq - b.seq)
          .map((row) => (
            <Table.Tr
              key={row.keyId}
              data-testid={`trusted-${row.officeCode}${row.entry.card.deskCode ?? ''}`}
            >
              <Table.Td>
                {row.entry.card.name[lang]}
                {row.entry.card.deskCode ? ` · ${t('identity.desk', { desk: row.entry.card.deskCode })}` : ''}
              </Table.Td>
              <Table.Td>
                <Code>{cardFingerprint(row.entry.card, 'digits')}</Code>
              </Table.Td>
              <Table.Td>
                <Badge color={row.status === 'active' ? 'green' : row.status === 'revoked' ? 'red' : 'gray'}>
                  {t(`identity.status.${row.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {isAdmin && row.status !== 'revoked' && confirmRevoke !== row.keyId ? (
                  <Button
                    size="xs"
                    color="red"
                    variant="subtle"
                    onClick={() => setConfirmRevoke(row.keyId)}
                    data-testid={`revoke-${row.keyId}`}
                  >
                    {t('identity.revoke')}
                  </Button>
                ) : null}
                {isAdmin && confirmRevoke === row.keyId ? (
                  // Irreversible: a revoked card can never be imported again.
                  <Group gap="xs">
                    <Text size="xs">{t('identity.revokeConfirm')}</Text>
                    <Button
                      size="xs"
                      color="red"
                      onClick={() => {
                        setConfirmRevoke(null);
                        void store.revokeTrustedKey(row.keyId, user.id, new Date());
                      }}
                      data-testid={`revoke-confirm-${row.keyId}`}
                    >
                      {t('identity.revokeYes')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setConfirmRevoke(null)}>
                      {t('identity.cancel')}
                    </Button>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
