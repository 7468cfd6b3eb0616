/** Reading a file without keys: what `registry inspect` prints and what the import reads first. */
import { toHex, sha256Hex } from './identity';
import { RegistryRefusal, type Refusal } from './codes';
import { parseContainer } from './container';
import { readManifest } from './authenticate';
import type { Manifest } from './manifest';

export interface Inspection {
  formatVersion: number;
  fileId: string;
  contentHash: string;
  size: number;
  manifest: Manifest;
}

export type InspectResult = { ok: true; inspection: Inspection } | { ok: false; refusal: Refusal };

/** Structure and manifest only; says nothing about who signed it (that needs the sender's card). */
export async function inspectRegistryFile(bytes: Uint8Array): Promise<InspectResult> {
  try {
    const container = parseContainer(bytes);
    const manifest = readManifest(container);
    return {
      ok: true,
      inspection: {
        formatVersion: container.version,
        fileId: toHex(container.fileId),
        contentHash: await sha256Hex(bytes),
        size: bytes.length,
        manifest,
      },
    };
  } catch (error) {
    if (error instanceof RegistryRefusal) {
      return { ok: false, refusal: { code: error.code, ...(error.detail ? { detail: error.detail } : {}) } };
    }
    return { ok: false, refusal: { code: 'internal-error', detail: String(error) } };
  }
}
