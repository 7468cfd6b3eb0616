/** Service chooser: searchable in Russian and Kazakh; says why a service is not available at this office. */
import { useState } from 'react';
import { Alert, Badge, Group, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@shared/i18n/lang';
import type { ServiceId } from '@shared/catalogue';
import { matchesService, type ServiceOption } from './model';

export function ServiceChooser({
  options,
  lang,
  onChoose,
}: {
  options: ServiceOption[];
  lang: Lang;
  onChoose: (id: ServiceId) => void;
}) {
  const { t } = useTranslation('intake');
  const [query, setQuery] = useState('');
  const shown = options.filter((o) => matchesService(o.service, query));
  const acceptsNothing = options.every((o) => o.availability === 'office-accepts-nothing');
  if (acceptsNothing) {
    return (
      <Alert color="gray" data-testid="office-accepts-nothing">
        {t('chooser.acceptsNothing')}
      </Alert>
    );
  }
  const firstAvailable = shown.find((o) => o.availability === 'available');
  return (
    <Stack gap="xs">
      <TextInput
        label={t('chooser.search')}
        description={t('chooser.searchHint')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && firstAvailable) {
            e.preventDefault();
            onChoose(firstAvailable.service.id);
          }
        }}
        autoFocus
        data-testid="service-search"
      />
      {shown.length === 0 && <Text c="dimmed">{t('chooser.nothingFound')}</Text>}
      {shown.map(({ service, availability }) =>
        availability === 'available' ? (
          <UnstyledButton
            key={service.id}
            onClick={() => onChoose(service.id)}
            data-testid={`service-${service.id}`}
          >
            <Paper withBorder p="sm">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={500}>
                  {service.number}. {service.name[lang]}
                </Text>
                <Badge color="green" variant="light">
                  {t('chooser.available')}
                </Badge>
              </Group>
            </Paper>
          </UnstyledButton>
        ) : (
          <Paper
            key={service.id}
            withBorder
            p="sm"
            bg="gray.0"
            data-testid={`service-unavailable-${service.id}`}
          >
            <Text c="dimmed">
              {service.number}. {service.name[lang]}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`chooser.why.${availability}`)}
            </Text>
          </Paper>
        ),
      )}
    </Stack>
  );
}
