import type { ReactNode } from 'react';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Office } from '@shared/directory/types';
import { DISTRICT_NAMES } from '@shared/directory/districts';
import type { Lang } from '@shared/i18n/lang';
import { pick } from './localText';
import { ReviewMark } from './ReviewMark';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      {children}
    </div>
  );
}

export function OfficeCard({ office, lang }: { office: Office; lang: Lang }) {
  const { t } = useTranslation('directory');
  const titleId = `office-${office.code}-title`;
  const emails = [...office.emails, ...(office.secondaryEmails ?? [])];
  return (
    <Card
      component="article"
      withBorder
      padding="md"
      aria-labelledby={titleId}
      data-testid={`directory-office-${office.code}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={4} id={titleId}>
            {pick(office.shortName, lang)}
            <ReviewMark text={office.shortName} />
          </Title>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t('fields.code', { code: office.code })}
          </Badge>
        </Group>
        <Text size="sm">
          {pick(office.name, lang)}
          <ReviewMark text={office.name} />
        </Text>
        {office.district ? (
          <Group gap={4}>
            <Badge variant="outline" color="gray" size="sm">
              {pick(DISTRICT_NAMES[office.district].name, lang)}
            </Badge>
          </Group>
        ) : office.type === 'center' ? (
          <Group gap={4}>
            <Badge variant="outline" color="gray" size="sm">
              {t('cityLevel')}
            </Badge>
          </Group>
        ) : null}
        <Field label={t('fields.address')}>
          <Text size="sm">
            {pick(office.address, lang)}
            <ReviewMark text={office.address} />
          </Text>
        </Field>
        <Field label={t('fields.phones')}>
          <Stack gap={2}>
            {office.phones.map((phone) => (
              <Text size="sm" key={phone}>
                {phone}
                {office.phoneNotes?.[phone] ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({pick(office.phoneNotes[phone], lang)})
                  </Text>
                ) : null}
              </Text>
            ))}
            {office.secondaryPhones.map((phone) => (
              <Text size="sm" key={phone} c="dimmed" title={t('secondaryHint')} data-secondary="true">
                <Badge component="span" size="xs" variant="light" color="gray" mr={6}>
                  {t('secondary')}
                </Badge>
                {phone}
                {office.phoneNotes?.[phone] ? (
                  <Text span size="xs">
                    {' '}
                    ({pick(office.phoneNotes[phone], lang)})
                  </Text>
                ) : null}
              </Text>
            ))}
          </Stack>
        </Field>
        {emails.length > 0 ? (
          <Field label={t('fields.emails')}>
            <Stack gap={2}>
              {office.emails.map((email) => (
                <Text size="sm" key={email}>
                  {email}
                </Text>
              ))}
              {(office.secondaryEmails ?? []).map((email) => (
                <Text size="sm" key={email} c="dimmed" title={t('secondaryHint')} data-secondary="true">
                  <Badge component="span" size="xs" variant="light" color="gray" mr={6}>
                    {t('secondary')}
                  </Badge>
                  {email}
                </Text>
              ))}
            </Stack>
          </Field>
        ) : null}
        <Field label={t('fields.hours')}>
          <Text size="sm">
            {pick(office.hours.text, lang)}
            <ReviewMark text={office.hours.text} />
          </Text>
        </Field>
      </Stack>
    </Card>
  );
}
