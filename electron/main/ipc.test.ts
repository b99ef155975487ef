import { beforeEach, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { handlers } from '../../tests/setup/electron-mock';
import { handle } from './ipc';

function fakeContents(url: string) {
  const mainFrame = { url };
  return { mainFrame } as unknown as WebContents;
}

function eventFrom(wc: WebContents, frame = wc.mainFrame): IpcMainInvokeEvent {
  return { sender: wc, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('the IPC handler wrapper', () => {
  const appWindow = fakeContents('app://bundle/index.html');
  beforeEach(() => handlers.clear());

  it('runs the handler for the app window with valid arguments', async () => {
    handle(
      'setFocusMode',
      () => appWindow,
      (_e, on) => on,
    );
    await expect(handlers.get('window:focus-mode')!(eventFrom(appWindow), true)).resolves.toBe(true);
  });

  it('rejects a call from any other WebContents', async () => {
    handle(
      'setFocusMode',
      () => appWindow,
      (_e, on) => on,
    );
    const stranger = fakeContents('app://bundle/index.html');
    await expect(handlers.get('window:focus-mode')!(eventFrom(stranger), true)).rejects.toThrow(/not the app window/);
  });

  it('rejects the app window once it shows a foreign origin', async () => {
    const hijacked = fakeContents('https://example.com/');
    handle(
      'appInfo',
      () => hijacked,
      () => ({ name: 'x', version: '1', host: 'electron' as const, os: 'linux' }),
    );
    await expect(handlers.get('app:info')!(eventFrom(hijacked))).rejects.toThrow(/not the app window/);
  });

  it('rejects a subframe of the app window', async () => {
    handle(
      'setFocusMode',
      () => appWindow,
      (_e, on) => on,
    );
    const sub = { url: 'app://bundle/index.html' } as WebContents['mainFrame'];
    await expect(handlers.get('window:focus-mode')!(eventFrom(appWindow, sub), true)).rejects.toThrow(
      /not the app window/,
    );
  });

  it('rejects arguments that do not match the schema, saying which', async () => {
    handle(
      'setFocusMode',
      () => appWindow,
      (_e, on) => on,
    );
    await expect(handlers.get('window:focus-mode')!(eventFrom(appWindow), 'yes')).rejects.toThrow(
      /invalid arguments \(0:/,
    );
  });

  it('rejects a backup name that tries to leave the backups folder', async () => {
    handle(
      'readBackup',
      () => appWindow,
      async () => 'never',
    );
    await expect(handlers.get('backup:read')!(eventFrom(appWindow), '../../etc/passwd')).rejects.toThrow(
      /invalid arguments/,
    );
  });

  it('rejects a save file name with a path in it', async () => {
    handle(
      'saveFile',
      () => appWindow,
      async () => ({ saved: true }),
    );
    const args = { suggestedName: '../x.json', content: '{}', filters: [] };
    await expect(handlers.get('file:save')!(eventFrom(appWindow), args)).rejects.toThrow(/plain file name/);
  });
});
