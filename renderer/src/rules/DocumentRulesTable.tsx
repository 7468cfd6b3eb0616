/** The documents of one service as the regulation lists them, each by regulation, optional or removed. */
import { NativeSelect, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Catalogue, CatalogueOverrides, ServiceId } from '@shared/catalogue';
import type { Lang } from '@shared/i18n/lang';
import { documentMode, withDocumentMode, type DocumentMode } from './edit';

const MODES: DocumentMode[] = ['default', 'optional', 'removed'];

interface Props {
  draft: CatalogueOverrides;
  setDraft: (next: CatalogueOverrides) => void;
  defaults: Catalogue;
  serviceId: ServiceId;
  lang: Lang;
}

export function DocumentRulesTable({ draft, setDraft, defaults, serviceId, lang }: Props) {
  const { t } = useTranslation('rules');
  return (
    <>
      <Title order={4}>{t('documents.title')}</Title>
      <Table withTableBorder data-testid="rules-documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.number')}</Table.Th>
            <Table.Th>{t('documents.name')}</Table.Th>
            <Table.Th>{t('documents.mode')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {defaults.services[serviceId].documents.map((doc) => (
            <Table.Tr key={doc.id}>
              <Table.Td>{doc.number ?? '—'}</Table.Td>
              <Table.Td>{doc.name[lang]}</Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={t('documents.mode')}
                  data-testid={`document-mode-${doc.id}`}
                  w={210}
                  value={documentMode(draft, serviceId, doc.id)}
                  data={MODES.map((m) => ({ value: m, label: t(`documents.${m}`) }))}
                  onChange={(e) =>
                    setDraft(
                      withDocumentMode(
                        draft,
                        defaults,
                        serviceId,
                        doc.id,
                        e.currentTarget.value as DocumentMode,
                      ),
                    )
                  }
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
