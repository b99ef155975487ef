/**
 * The one way main registers IPC handlers: the sender must be the app's own window showing the
 * app's own origin, and the arguments must match the contract's schema, or the call is rejected.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import { IPC, type BridgeMethod } from '../../src/core/ipc/channels';
import { ipcArgs, type IpcResults } from '../../src/core/ipc/contract';
import { isAppOrigin } from './protocol';

export type Handler<K extends BridgeMethod> = (
  event: IpcMainInvokeEvent,
  ...args: z.output<(typeof ipcArgs)[K]>
) => Promise<IpcResults[K]> | IpcResults[K];

/** True when the event comes from a trusted WebContents whose top frame shows the app's origin. */
export function isTrustedSender(event: IpcMainInvokeEvent, trusted: () => WebContents | null): boolean {
  const wc = trusted();
  if (!wc || event.sender !== wc) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== wc.mainFrame) return false;
  return isAppOrigin(frame.url);
}

/** Registers one handler behind the sender check and argument validation. */
export function handle<K extends BridgeMethod>(
  method: K,
  trusted: () => WebContents | null,
  handler: Handler<K>,
): void {
  const channel = IPC[method];
  ipcMain.handle(channel, async (event, ...raw: unknown[]) => {
    if (!isTrustedSender(event, trusted)) throw new Error(`${channel}: rejected, the sender is not the app window`);
    const parsed = ipcArgs[method].safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ');
      throw new Error(`${channel}: invalid arguments (${detail})`);
    }
    return handler(event, ...(parsed.data as z.output<(typeof ipcArgs)[K]>));
  });
}
