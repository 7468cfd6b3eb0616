/**
 * Office identity (issue 5, item 1): create the key pairs under a passphrase (administrator), show
 * and export the office card with its fingerprint, rotate, import partner cards (and, on a main
 * workstation, its desks' cards) after comparing fingerprints by phone, revoke a key.
 */
import { Stack } from '@mantine/core';
import type { SessionUser } from '../../auth/session';
import type { OfficeConfig } from '../../store';
import { OwnIdentity } from './OwnIdentity';
import { PartnerCards } from './PartnerCards';

export { cardFileName } from './OwnIdentity';

export function IdentityPanel({ office, user }: { office: OfficeConfig; user: SessionUser }) {
  return (
    <Stack gap="lg" data-testid="identity-panel">
      <OwnIdentity office={office} user={user} />
      <PartnerCards office={office} user={user} />
    </Stack>
  );
}
