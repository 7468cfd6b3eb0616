import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@shared/auth/roles';
import { useStore, type UserRow } from '../../store';
import { RoleChecks } from './RoleChecks';

export function RolesModal({
  actorId,
  user,
  onClose,
}: {
  actorId: string;
  user: UserRow;
  onClose: () => void;
}) {
  const { t } = useTranslation(['settings', 'auth', 'common']);
  const store = useStore();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const result = await store.setUserRoles(actorId, user.id, roles, Date.now());
    if (result) setError(result);
    else onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('users.rolesTitle', { name: user.fullName })} size="lg">
      <Stack>
        <RoleChecks value={roles} onChange={setRoles} />
        {error && (
          <Alert color="red" role="alert">
            {t(`auth:${error}`)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void save()} data-testid="roles-save">
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
