/**
 * The registry sheet PDF off the main thread (issue 12): a 5,000-case sheet is a second or more of
 * layout and compression that would freeze the window. Started by registrySheetJob.ts; cancelling
 * terminates this worker.
 */
import { sheetHandler, type Post, type SheetRequest } from './registrySheetHandler';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SheetRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = sheetHandler();
const post: Post = (reply, transfer) => scope.postMessage(reply, transfer ?? []);

scope.onmessage = (event) => void handle(event.data, post);
