import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES, isRole, type Role } from '@shared/auth/roles';

export function RoleChecks({
  value,
  onChange,
  error,
}: {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('auth');
  return (
    <Checkbox.Group
      label={t('fields.roles')}
      value={value}
      onChange={(v) => onChange(v.filter(isRole))}
      error={error}
    >
      <SimpleGrid cols={2} mt="xs" spacing="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} data-testid={`role-${role}`} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
