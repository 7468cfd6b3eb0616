/** The people of a case: applicant, representative and family. */
import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fullName, type Applicant, type Intake } from '@shared/case/intake';
import { districtName } from '@shared/directory/districts';
import { formatDate } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import { Field } from './CaseFields';

export function ApplicantView({ applicant: a, lang }: { applicant: Applicant; lang: Lang }) {
  const { t } = useTranslation('journal');
  const id = a.identity;
  const issued = [id.issuedBy, id.issuedOn ? formatDate(id.issuedOn, lang) : ''].filter(Boolean).join(' ');
  return (
    <SimpleGrid cols={2} spacing="xs">
      <Field label={t('case.person.fullName')} testId="case-applicant-name">
        {fullName(a)}
      </Field>
      <Field label={t('case.person.iin')} testId="case-applicant-iin">
        {a.iin || t('case.person.noIin')}
      </Field>
      <Field label={t('case.person.birthDate')}>{a.birthDate ? formatDate(a.birthDate, lang) : '—'}</Field>
      <Field label={t('case.person.status')}>{t(`case.applicantStatuses.${a.status}`)}</Field>
      <Field label={t('case.person.identity')}>
        {t('case.person.identityValue', {
          type: t(`case.docTypes.${id.docType}`, { defaultValue: id.docType }),
          number: id.number,
        })}
        {issued
          ? `, ${t('case.person.issued', { by: id.issuedBy, on: id.issuedOn ? formatDate(id.issuedOn, lang) : '' }).trim()}`
          : ''}
      </Field>
      <Field label={t('case.person.phones')}>{a.phones.join(', ') || '—'}</Field>
      <Field label={t('case.person.registeredAddress')}>
        {`${districtName(a.registeredAddress.district)[lang]}, ${a.registeredAddress.street}`}
      </Field>
      <Field label={t('case.person.actualAddress')}>
        {a.actualAddress
          ? `${districtName(a.actualAddress.district)[lang]}, ${a.actualAddress.street}`
          : t('case.person.sameAddress')}
      </Field>
    </SimpleGrid>
  );
}

export function RepresentativeView({ intake }: { intake: Intake }) {
  const { t } = useTranslation('journal');
  const r = intake.representative;
  if (!r) return <Text size="sm">{t('case.noRepresentative')}</Text>;
  return (
    <SimpleGrid cols={2} spacing="xs">
      <Field label={t('case.person.fullName')}>{fullName(r)}</Field>
      <Field label={t('case.person.iin')}>{r.iin || t('case.person.noIin')}</Field>
      <Field label={t('case.person.phone')}>{r.phone || '—'}</Field>
      <Field label={t('case.person.basis')}>{t(`case.bases.${r.basis}`)}</Field>
      {r.basisDocument ? <Field label={t('case.person.basisDocument')}>{r.basisDocument}</Field> : null}
    </SimpleGrid>
  );
}

export function FamilyView({ intake, lang }: { intake: Intake; lang: Lang }) {
  const { t } = useTranslation('journal');
  if (intake.family.length === 0) return <Text size="sm">{t('case.noFamily')}</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('case.person.fullName')}</Table.Th>
          <Table.Th>{t('case.person.iin')}</Table.Th>
          <Table.Th>{t('case.person.birthDate')}</Table.Th>
          <Table.Th>{t('case.person.relation')}</Table.Th>
          <Table.Th>{t('case.person.occupation')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {intake.family.map((m, i) => (
          <Table.Tr key={i}>
            <Table.Td>{fullName(m)}</Table.Td>
            <Table.Td>{m.iin || '—'}</Table.Td>
            <Table.Td>{m.birthDate ? formatDate(m.birthDate, lang) : '—'}</Table.Td>
            <Table.Td>{t(`case.relations.${m.relation}`)}</Table.Td>
            <Table.Td>
              {t(`case.occupations.${m.occupation}`)}
              {m.exemption ? ` (${m.exemption})` : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
