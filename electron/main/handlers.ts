/** Registers every IPC handler of the contract. */
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CompiledBank } from '../../src/core/bank/schema';
import { handle } from './ipc';
import { listBackups, readBackup, writeAtomic, writeBackup } from './backups';
import { listPacks, removePack, savePack } from './packs';

const MAX_OPEN_BYTES = 50 * 1024 * 1024;

export interface HandlerDeps {
  bank: () => CompiledBank;
  window: () => BrowserWindow | null;
  backupsDir: () => string;
  packsDir: () => string;
  now: () => Date;
  /** Called when the renderer has written its last backup and the app may quit. */
  quitReady: () => void;
}

export function registerHandlers(deps: HandlerDeps): void {
  const trusted = (): WebContents | null => deps.window()?.webContents ?? null;

  handle('appInfo', trusted, () => ({
    name: app.getName(),
    version: app.getVersion(),
    host: 'electron' as const,
    os: process.platform,
  }));

  handle('loadBank', trusted, () => deps.bank());

  handle('saveFile', trusted, async (_e, { suggestedName, content, filters }) => {
    const win = deps.window();
    const opts = { defaultPath: join(app.getPath('documents'), suggestedName), filters };
    const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
    if (res.canceled || !res.filePath) return { saved: false };
    await writeAtomic(res.filePath, content);
    return { saved: true, path: res.filePath };
  });

  handle('openFile', trusted, async (_e, { filters }) => {
    const win = deps.window();
    const opts = { properties: ['openFile' as const], filters };
    const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
    const path = res.filePaths[0];
    if (res.canceled || !path) return null;
    const s = await stat(path);
    if (s.size > MAX_OPEN_BYTES)
      throw new Error(`${basename(path)} is ${(s.size / 1048576).toFixed(1)} MB; the limit is 50 MB`);
    return { name: basename(path), content: await readFile(path, 'utf8') };
  });

  handle('setFocusMode', trusted, (_e, on) => {
    const win = deps.window();
    if (!win) return false;
    win.setFullScreen(on);
    return on;
  });

  handle('listBackups', trusted, () => listBackups(deps.backupsDir()));
  handle('writeBackup', trusted, (_e, { content, reason }) =>
    writeBackup(deps.backupsDir(), content, reason, deps.now()),
  );
  handle('readBackup', trusted, (_e, name) => readBackup(deps.backupsDir(), name));

  handle('listPacks', trusted, () => listPacks(deps.packsDir()));
  handle('savePack', trusted, async (_e, pack) => {
    await savePack(deps.packsDir(), pack);
    return true as const;
  });
  handle('removePack', trusted, async (_e, id) => {
    await removePack(deps.packsDir(), id);
    return true as const;
  });

  handle('quitReady', trusted, () => {
    deps.quitReady();
    return true;
  });

  handle('printToPdf', trusted, async (_e, { suggestedName }) => {
    const win = deps.window();
    if (!win) return { saved: false };
    const res = await dialog.showSaveDialog(win, {
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (res.canceled || !res.filePath) return { saved: false };
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    await writeAtomic(res.filePath, pdf);
    return { saved: true, path: res.filePath };
  });
}
