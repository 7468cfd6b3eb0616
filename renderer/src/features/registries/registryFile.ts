/** Saving a registry file through the Platform, under the name of the user's language. */
import type { Lang } from '@shared/i18n/lang';
import { getPlatform } from '../../platform';
import { registryFileName } from '../../print/fileNames';
import type { RegistryRow } from '../../store';

export const REGISTRY_MIME = 'application/octet-stream';

/** Saves under the name of the user's language (`реестр-22-12-0001.asreg`); returns that name too. */
export async function saveRegistryFile(
  registry: Pick<RegistryRow, 'registryNumber' | 'kind' | 'bytes'>,
  lang: Lang,
): Promise<{ outcome: 'saved' | 'cancelled'; name: string }> {
  const name = registryFileName(registry.registryNumber, lang, registry.kind === 'payment-request');
  return { outcome: await getPlatform().saveFile(name, registry.bytes, REGISTRY_MIME), name };
}
