/** The family members, where the service counts the family: one line each, added and removed. */
import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FAMILY_RELATIONS, OCCUPATIONS } from '@shared/case/intake';
import { DateField, SelectField, TextField, type ErrorText } from './fields';
import { emptyFamilyMember, needsFamily, type IntakeForm, type Patch } from './model';

interface Props {
  form: IntakeForm;
  patch: Patch;
  err: ErrorText;
}

export function FamilySection({ form, patch, err }: Props) {
  const { t } = useTranslation('intake');
  if (!needsFamily(form.serviceId)) return null;
  return (
    <Fieldset legend={t('sections.family')} data-testid="family">
      <Stack gap="sm">
        {form.family.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('family.none')}
          </Text>
        )}
        {form.family.map((m, i) => (
          <Stack key={i} gap={4} data-testid={`family-${i}`}>
            <SimpleGrid cols={4}>
              {(['surname', 'name', 'patronymic'] as const).map((k) => (
                <TextField
                  key={k}
                  path={`family.${i}.${k}`}
                  label={t(`fields.${k}`)}
                  value={m[k]}
                  onChange={(v) => patch((f) => void (f.family[i]![k] = v))}
                  error={err(`family.${i}.${k}`)}
                  required={k !== 'patronymic'}
                />
              ))}
              <TextField
                path={`family.${i}.iin`}
                label={t('fields.iin')}
                inputMode="numeric"
                value={m.iin}
                onChange={(v) => patch((f) => void (f.family[i]!.iin = v))}
                error={err(`family.${i}.iin`)}
              />
            </SimpleGrid>
            <SimpleGrid cols={4}>
              {m.iin === '' && (
                <DateField
                  path={`family.${i}.birthDate`}
                  label={t('fields.birthDate')}
                  value={m.birthDate}
                  onChange={(v) => patch((f) => void (f.family[i]!.birthDate = v))}
                  error={err(`family.${i}.birthDate`)}
                />
              )}
              <SelectField
                path={`family.${i}.relation`}
                label={t('fields.relation')}
                value={m.relation}
                placeholder={t('choose')}
                onChange={(v) => patch((f) => void (f.family[i]!.relation = v as typeof m.relation))}
                options={FAMILY_RELATIONS.map((r) => ({ value: r, label: t(`relations.${r}`) }))}
                error={err(`family.${i}.relation`)}
                required
              />
              <SelectField
                path={`family.${i}.occupation`}
                label={t('fields.occupation')}
                value={m.occupation}
                placeholder={t('choose')}
                onChange={(v) => patch((f) => void (f.family[i]!.occupation = v as typeof m.occupation))}
                options={OCCUPATIONS.map((o) => ({ value: o, label: t(`occupations.${o}`) }))}
                error={err(`family.${i}.occupation`)}
                required
              />
              {m.occupation === 'exempt' && (
                <TextField
                  path={`family.${i}.exemption`}
                  label={t('fields.exemption')}
                  value={m.exemption}
                  onChange={(v) => patch((f) => void (f.family[i]!.exemption = v))}
                  error={err(`family.${i}.exemption`)}
                  required
                />
              )}
            </SimpleGrid>
            <Group>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => patch((f) => void f.family.splice(i, 1))}
                data-testid={`family-${i}-remove`}
              >
                {t('family.remove')}
              </Button>
            </Group>
          </Stack>
        ))}
        {err('family') && (
          <Alert color="red" data-testid="family-error">
            {err('family')}
          </Alert>
        )}
        <Group>
          <Button
            variant="light"
            onClick={() => patch((f) => void f.family.push(emptyFamilyMember()))}
            data-testid="family-add"
          >
            {t('family.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
