/**
 * Building a registry file as a worker job (issue 12; run by workers/heavyWorker.ts): canonical
 * JSON, MACs, encryption and the signature of thousands of cases. The cases arrive in chunks (each
 * chunk one short serialisation on the main thread), then the rest of the input (CryptoKeys and
 * Dates clone); nothing here touches the database.
 */
import { buildRegistryFile, type BuildRegistryInput } from '@shared/registry/export';

export type BuildMessage =
  | { type: 'cases'; cases: BuildRegistryInput['cases'] }
  | { type: 'build'; input: Omit<BuildRegistryInput, 'cases'> };

export type BuildReply = { ok: true; bytes: Uint8Array } | { ok: false };

export function buildHandler() {
  const cases: BuildRegistryInput['cases'][number][] = [];
  return (message: BuildMessage, post: (reply: BuildReply) => void): void => {
    if (message.type === 'cases') {
      cases.push(...message.cases);
      return;
    }
    void buildRegistryFile({ ...message.input, cases: cases.splice(0) }).then(
      (bytes) => post({ ok: true, bytes }),
      () => post({ ok: false }),
    );
  };
}
