/**
 * Building a registry file off the main thread (issue 12): canonical JSON, MACs, encryption and the
 * signature of thousands of cases run here so the window keeps painting. The input arrives as
 * structured-clone data (CryptoKeys and Dates clone); nothing here touches the database.
 */
import { buildRegistryFile, type BuildRegistryInput } from '@shared/registry/export';

interface WorkerScope {
  onmessage: ((event: MessageEvent<BuildRegistryInput>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void buildRegistryFile(event.data).then(
    (bytes) => scope.postMessage({ ok: true, bytes }),
    () => scope.postMessage({ ok: false }),
  );
};
