/**
 * Building a registry file off the main thread (issue 12): canonical JSON, MACs, encryption and the
 * signature of thousands of cases run here so the window keeps painting. The cases arrive in
 * chunks (each chunk one short serialisation on the main thread), then the rest of the input
 * (CryptoKeys and Dates clone); nothing here touches the database.
 */
import { buildRegistryFile, type BuildRegistryInput } from '@shared/registry/export';

export type BuildMessage =
  | { type: 'cases'; cases: BuildRegistryInput['cases'] }
  | { type: 'build'; input: Omit<BuildRegistryInput, 'cases'> };

interface WorkerScope {
  onmessage: ((event: MessageEvent<BuildMessage>) => void) | null;
  postMessage(message: { ok: true; bytes: Uint8Array } | { ok: false }): void;
}

const scope = self as unknown as WorkerScope;
const cases: BuildRegistryInput['cases'][number][] = [];

scope.onmessage = (event) => {
  const m = event.data;
  if (m.type === 'cases') {
    cases.push(...m.cases);
    return;
  }
  void buildRegistryFile({ ...m.input, cases }).then(
    (bytes) => scope.postMessage({ ok: true, bytes }),
    () => scope.postMessage({ ok: false }),
  );
};
