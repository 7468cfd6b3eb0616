import type { IpcMain } from 'electron';
import {
  requestSchemas,
  type RequestArg,
  type RequestChannel,
  type RequestResult,
} from '@shared/ipc/contract';
import type { Logger } from '../logger';
import { isAppUrl, type TrustOptions } from '../security/trusted-url';

/** The part of a frame the check needs (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** The part of an invoke event the check needs (Electron's IpcMainInvokeEvent). */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export type Handlers = {
  [C in RequestChannel]: (arg: RequestArg<C>) => Promise<RequestResult<C>> | RequestResult<C>;
};

type IpcRegistrar = Pick<IpcMain, 'handle'>;

/** What the renderer sees when a call is refused: no detail that would help a probing script. */
export class IpcRefused extends Error {
  constructor(channel: string) {
    super(`${channel}: refused`);
    this.name = 'IpcRefused';
  }
}

/** Why a sender is not trusted, or null when it is the app's own main frame. */
export function senderProblem(frame: SenderFrame | null, trust: TrustOptions): string | null {
  if (!frame) return 'sender frame is gone';
  if (frame.parent !== null) return 'sender is a subframe';
  if (!isAppUrl(frame.url, trust)) return 'sender is not the app origin';
  return null;
}

/**
 * The one way a channel is registered: the sender must be the app's own main frame, and the
 * arguments must parse with the channel's schema, before the handler sees anything.
 */
export function handleChannel<C extends RequestChannel>(
  ipcMain: IpcRegistrar,
  channel: C,
  handler: Handlers[C],
  deps: { trust: TrustOptions; logger: Logger },
): void {
  const schema = requestSchemas[channel];
  ipcMain.handle(channel, async (event: InvokeEvent, ...args: unknown[]) => {
    const problem = senderProblem(event.senderFrame, deps.trust);
    if (problem) {
      deps.logger.warn('ipc refused: foreign sender', { channel, problem, url: event.senderFrame?.url });
      throw new IpcRefused(channel);
    }
    const parsed = args.length <= 1 ? schema.safeParse(args[0]) : null;
    if (!parsed?.success) {
      // Paths and messages only: payloads may hold personal data and must not reach the log.
      const issues = parsed?.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) ?? [
        `expected at most one argument, got ${args.length}`,
      ];
      deps.logger.warn('ipc refused: invalid payload', { channel, issues });
      throw new IpcRefused(channel);
    }
    try {
      return await handler(parsed.data as RequestArg<C>);
    } catch (e) {
      deps.logger.error('ipc handler failed', { channel, error: e instanceof Error ? e.message : String(e) });
      // eslint-disable-next-line preserve-caught-error -- the cause is logged above; the renderer gets no paths or stacks
      throw new Error(`${channel}: failed`);
    }
  });
}

/** Registers every channel of the contract; a missing handler is a compile error. */
export function registerHandlers(
  ipcMain: IpcRegistrar,
  handlers: Handlers,
  deps: { trust: TrustOptions; logger: Logger },
): void {
  for (const channel of Object.keys(requestSchemas) as RequestChannel[]) {
    handleChannel(ipcMain, channel, handlers[channel] as Handlers[typeof channel], deps);
  }
}
