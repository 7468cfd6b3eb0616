import { useDeferredValue, useState } from 'react';
import { Badge, CloseButton, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OFFICES } from '@shared/directory/offices';
import { OTHER_CONTACTS } from '@shared/directory/contacts';
import { foldText, searchOffices } from '@shared/directory/search';
import type { Office, OfficeType } from '@shared/directory/types';
import { pick, useLang } from './localText';
import { OfficeCard } from './OfficeCard';
import { ReviewMark } from './ReviewMark';
import { WhereToComplain } from '../complaints/WhereToComplain';

const SECTIONS: readonly OfficeType[] = ['department', 'district', 'center'];

/** Справочник: the offices shipped with the app (digest section 5), searchable in both languages. */
export function DirectoryPage() {
  const { t } = useTranslation('directory');
  const lang = useLang();
  const [query, setQuery] = useState('');
  // Filtering is cheap, but a deferred value keeps typing smooth on slow office PCs.
  const deferred = useDeferredValue(query);
  const found = searchOffices(OFFICES, deferred);
  const contacts = OTHER_CONTACTS.filter((c) =>
    foldText(`${c.label.ru} ${c.label.kk} ${c.value}`).includes(foldText(deferred)),
  );

  return (
    <Stack gap="lg" p="md" data-testid="directory-page">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text c="dimmed" size="sm">
          {t('subtitle')}
        </Text>
      </div>
      <TextInput
        type="search"
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        rightSection={
          query ? <CloseButton aria-label={t('search.clear')} onClick={() => setQuery('')} /> : null
        }
        maw={480}
      />
      {found.length === 0 && contacts.length === 0 ? (
        <Text role="status" data-testid="directory-empty">
          {t('empty')}
        </Text>
      ) : null}
      {SECTIONS.map((type) => (
        <OfficeSection key={type} type={type} offices={found.filter((o) => o.type === type)} />
      ))}
      {contacts.length > 0 ? (
        <section aria-labelledby="directory-other">
          <Title order={3} id="directory-other" mb="sm">
            {t('sections.other')}
          </Title>
          <Stack gap={4}>
            {contacts.map((c) => (
              <Text size="sm" key={c.id}>
                {pick(c.label, lang)}
                <ReviewMark text={c.label} />: <strong>{c.value}</strong>
              </Text>
            ))}
          </Stack>
        </section>
      ) : null}
      <WhereToComplain />
      {lang === 'kk' ? (
        <Text size="xs" c="dimmed">
          * {t('kkReview')}
        </Text>
      ) : null}
    </Stack>
  );
}

function OfficeSection({ type, offices }: { type: OfficeType; offices: Office[] }) {
  const { t } = useTranslation('directory');
  const lang = useLang();
  if (offices.length === 0) return null;
  const headingId = `directory-${type}`;
  return (
    <section aria-labelledby={headingId} data-testid={`directory-section-${type}`}>
      <Group gap="sm" mb="sm">
        <Title order={3} id={headingId}>
          {t(`sections.${type}`)}
        </Title>
        <Badge variant="light" color="gray">
          {t('offices', { count: offices.length })}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {offices.map((office) => (
          <OfficeCard key={office.code} office={office} lang={lang} />
        ))}
      </SimpleGrid>
    </section>
  );
}
