/** Return of an incomplete package: the service's documents that are missing, and any others in words. */
import { useState } from 'react';
import { Checkbox, Stack, Textarea } from '@mantine/core';
import type { EventFormProps } from './types';
import { useEventForm } from './useEventForm';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function ReturnIncompleteForm(props: EventFormProps) {
  const { t, button } = useEventForm(props);
  const { lang } = props;
  const service = props.catalogue.services[props.row.serviceId];
  const [missing, setMissing] = useState<string[]>([]);
  const [missingOther, setMissingOther] = useState('');
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label={t('form.missingDocuments')}
        value={missing}
        onChange={setMissing}
        data-testid="wf-missing"
      >
        <Stack gap={4} mt={4}>
          {service.documents.map((d, i) => (
            <Checkbox
              key={d.id}
              value={d.name[lang]}
              label={`${d.number ? `${d.number}. ` : ''}${d.name[lang]}`}
              data-testid={`wf-missing-${i}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('form.missingOther')}
        value={missingOther}
        onChange={(e) => setMissingOther(e.currentTarget.value)}
        autosize
        minRows={2}
        data-testid="wf-missing-other"
      />
      {button(() => ({
        type: 'return-incomplete',
        missingDocuments: [...missing, ...lines(missingOther)],
      }))}
    </Stack>
  );
}
