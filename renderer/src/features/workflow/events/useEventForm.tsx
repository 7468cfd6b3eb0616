/** What the event forms share: the translation, the submission and the step's button. */
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '@shared/lifecycle';
import type { EventFormProps } from './types';

export function useEventForm({ type, busy, onSubmit }: Pick<EventFormProps, 'type' | 'busy' | 'onSubmit'>) {
  const { t } = useTranslation(['workflow', 'lifecycle']);
  const submit = (event: CaseEvent, extra?: Record<string, unknown>) =>
    onSubmit(extra ? { event, extra } : { event });
  /** The step's button; the payload is built when pressed, from the state at that moment. */
  const button = (event: () => CaseEvent, extra?: () => Record<string, unknown>, disabled = false) => (
    <Group>
      <Button
        loading={busy}
        disabled={disabled}
        onClick={() => submit(event(), extra?.())}
        data-testid={`wf-submit-${type}`}
      >
        {t(`lifecycle:events.${type}`)}
      </Button>
    </Group>
  );
  return { t, submit, button };
}
