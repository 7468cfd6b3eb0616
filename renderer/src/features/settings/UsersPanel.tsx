import { useState } from 'react';
import { Alert, Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/i18n/format';
import { useAuth } from '../../auth/AuthProvider';
import { useLang, useNow } from '../../app/hooks';
import { useSecurity, useStore, useUsers, type UserRow } from '../../store';
import { CreateUserModal } from './CreateUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { RolesModal } from './RolesModal';

const clock = () => Date.now();

export function UsersPanel() {
  const { t } = useTranslation(['settings', 'auth']);
  const store = useStore();
  const lang = useLang();
  const now = useNow();
  const { user: me } = useAuth();
  const users = useUsers(true);
  const security = useSecurity();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!users || !me || !security) return null;

  const toggle = async (u: UserRow) => {
    const result = await store.setUserDisabled(me.id, u.id, !u.disabled, clock());
    setError(result ? t(`auth:${result}`) : null);
  };

  const unlock = async (u: UserRow) => {
    const result = await store.unlockUser(me.id, u.id, clock());
    setError(result ? t(`auth:${result}`) : null);
    if (!result) notifications.show({ color: 'teal', message: t('users.unlocked', { login: u.login }) });
  };

  const requireChange = async (u: UserRow) => {
    const result = await store.setMustChangePassword(me.id, u.id, !u.mustChangePassword, clock());
    setError(result ? t(`auth:${result}`) : null);
  };

  const isLocked = (u: UserRow) => u.lockedUntil !== null && u.lockedUntil > now;

  // Remaining attempts are for the administrator's eyes only; the sign-in screen never shows them.
  const status = (u: UserRow) => (
    <Stack gap={4} align="flex-start">
      {u.disabled ? (
        <Badge color="gray">{t('users.disabled')}</Badge>
      ) : isLocked(u) ? (
        <Badge color="orange">{t('users.locked', { until: formatDateTime(u.lockedUntil!, lang) })}</Badge>
      ) : (
        <Badge color="teal">{t('users.active')}</Badge>
      )}
      {u.mustChangePassword && <Badge color="blue">{t('users.mustChange')}</Badge>}
      {u.failedAttempts > 0 && !isLocked(u) && (
        <Text size="xs" c="dimmed" data-testid="failed-attempts">
          {t('users.failedAttempts', { count: u.failedAttempts, max: security.maxFailedAttempts })}
        </Text>
      )}
    </Stack>
  );

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
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <Button size="xs" variant="default" data-testid="user-actions">
                        {t('users.actions')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setResetting(u)} data-testid="reset-password-open">
                        {t('users.resetPassword')}
                      </Menu.Item>
                      {(isLocked(u) || u.failedAttempts > 0) && (
                        <Menu.Item onClick={() => void unlock(u)} data-testid="unlock-user">
                          {t('users.unlock')}
                        </Menu.Item>
                      )}
                      {u.id !== me.id && (
                        <Menu.Item onClick={() => void requireChange(u)} data-testid="require-change">
                          {u.mustChangePassword ? t('users.cancelRequireChange') : t('users.requireChange')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <CreateUserModal actorId={me.id} opened={creating} onClose={() => setCreating(false)} />
      {editing && <RolesModal actorId={me.id} user={editing} onClose={() => setEditing(null)} />}
      {resetting && (
        <ResetPasswordModal actorId={me.id} user={resetting} onClose={() => setResetting(null)} />
      )}
    </Stack>
  );
}
