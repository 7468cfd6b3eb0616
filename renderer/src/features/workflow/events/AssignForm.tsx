/** Assignment to a responsible specialist of this office. */
import { useState } from 'react';
import { Select, Stack, Text } from '@mantine/core';
import { useUsersWithRole } from '../../../store';
import type { EventFormProps } from './types';
import { useEventForm } from './useEventForm';

export function AssignForm(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const { type } = props;
  const [assignee, setAssignee] = useState<string | null>(null);
  const specialists = useUsersWithRole('responsible-specialist', type === 'assign');
  return (
    <Stack gap="xs">
      <Select
        label={t('form.assignee')}
        placeholder={t('form.assigneePlaceholder')}
        data={(specialists ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
        value={assignee}
        onChange={setAssignee}
        nothingFoundMessage={t('form.noSpecialists')}
        data-testid="wf-assignee"
      />
      {(specialists ?? []).length === 0 && (
        <Text size="sm" c="dimmed">
          {t('form.noSpecialists')}
        </Text>
      )}
      {button(() => ({ type: 'assign', assigneeUserId: assignee ?? undefined }), undefined, !assignee)}
    </Stack>
  );
}
