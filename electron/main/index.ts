/** Main-process lifecycle: one instance, one hardened window, the bank loaded before the window opens. */
import { app, dialog, session } from 'electron';
import { join } from 'node:path';
import type { CompiledBank } from '../../src/core/bank/schema';
import { BankLoadError, loadBank } from './bank';
import { registerHandlers } from './handlers';
import { registerAppScheme, serveAppScheme } from './protocol';
import { hardenSession } from './security';
import { createMainWindow, focusMainWindow, getMainWindow } from './window';
import { installQuitBackup } from './quit';

// Two instances would fight over the same IndexedDB files: the second launch focuses the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => focusMainWindow());
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  let bank: CompiledBank;
  try {
    bank = await loadBank();
  } catch (e) {
    // Never start with a half-loaded bank: say what is wrong and where, then quit.
    const detail = e instanceof BankLoadError ? e.message : String(e);
    dialog.showErrorBox('The question bank could not be loaded', detail);
    app.exit(1);
    return;
  }
  hardenSession();
  const devServer = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
  serveAppScheme(join(import.meta.dirname, '../renderer'), devServer);
  const quit = installQuitBackup({
    app,
    contents: () => getMainWindow()?.webContents ?? null,
    session: () => session.defaultSession,
    setTimer: (fn, ms) => setTimeout(fn, ms),
  });
  registerHandlers({
    bank: () => bank,
    window: getMainWindow,
    backupsDir: () => join(app.getPath('userData'), 'backups'),
    packsDir: () => join(app.getPath('userData'), 'packs'),
    now: () => new Date(),
    quitReady: quit.ready,
  });
  createMainWindow(join(import.meta.dirname, '../preload'));
}
