import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/i18n/format';
import { useAuth } from '../../auth/AuthProvider';
import { setUserDisabled } from '../../auth/users';
import { useLang, useNow } from '../../app/hooks';
import { useDb } from '../../db/DbContext';
import type { UserRow } from '../../db/types';
import { CreateUserModal } from './CreateUserModal';
import { RolesModal } from './RolesModal';

const clock = () => Date.now();

export function UsersPanel() {
  const { t } = useTranslation(['settings', 'auth']);
  const db = useDb();
  const lang = useLang();
  const now = useNow();
  const { user: me } = useAuth();
  const users = useLiveQuery(() => db.users.orderBy('login').toArray(), [db]);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!users || !me) return null;

  const toggle = async (u: UserRow) => {
    const result = await setUserDisabled(db, me.id, u.id, !u.disabled, clock());
    setError(result ? t(`auth:${result}`) : null);
  };

  const status = (u: UserRow) => {
    if (u.disabled) return <Badge color="gray">{t('users.disabled')}</Badge>;
    if (u.lockedUntil && u.lockedUntil > now)
      return (
        <Badge color="orange">{t('users.locked', { until: formatDateTime(u.lockedUntil, lang) })}</Badge>
      );
    return <Badge color="teal">{t('users.active')}</Badge>;
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('users.count', { count: users.length })}
        </Text>
        <Button onClick={() => setCreating(true)} data-testid="new-user">
          {t('users.create')}
        </Button>
      </Group>
      {error && (
        <Alert
          color="red"
          role="alert"
          withCloseButton
          onClose={() => setError(null)}
          data-testid="users-error"
        >
          {error}
        </Alert>
      )}
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('auth:fields.login')}</Table.Th>
            <Table.Th>{t('auth:fields.fullName')}</Table.Th>
            <Table.Th>{t('auth:fields.roles')}</Table.Th>
            <Table.Th>{t('users.status')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id} data-testid={`user-row-${u.login}`}>
              <Table.Td>
                {u.login}
                {u.id === me.id && ` (${t('users.you')})`}
              </Table.Td>
              <Table.Td>{u.fullName}</Table.Td>
              <Table.Td>{u.roles.map((r) => t(`auth:roles.${r}`)).join(', ')}</Table.Td>
              <Table.Td>{status(u)}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => setEditing(u)} data-testid="edit-roles">
                    {t('users.editRoles')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    color={u.disabled ? 'teal' : 'red'}
                    onClick={() => void toggle(u)}
                    data-testid="toggle-disabled"
                  >
                    {u.disabled ? t('users.enable') : t('users.disable')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <CreateUserModal actorId={me.id} opened={creating} onClose={() => setCreating(false)} />
      {editing && <RolesModal actorId={me.id} user={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
