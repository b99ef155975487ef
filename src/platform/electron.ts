/** The desktop host: every call goes through the preload bridge's named functions. */
import type { Bridge } from '../core/ipc/contract';
import type { Platform } from './types';

/** Electron prefixes errors from main; people should see only the message main wrote. */
function clean(e: unknown): Error {
  const msg = e instanceof Error ? e.message : String(e);
  return new Error(msg.replace(/^Error invoking remote method '[^']+': (Error: )?/, ''));
}

async function call<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw clean(e);
  }
}

export function createElectronPlatform(bridge: Bridge): Platform {
  return {
    host: 'electron',
    info: () => call(bridge.appInfo()),
    loadBank: () => call(bridge.loadBank()),
    // Main has the validated bank in memory before the window opens; the renderer waits for it.
    bankSummary: () => null,
    saveFile: (suggestedName, content, filters) => call(bridge.saveFile({ suggestedName, content, filters })),
    openFile: (filters) => call(bridge.openFile({ filters })),
    setFocusMode: (on) => call(bridge.setFocusMode(on)),
    backups: {
      list: () => call(bridge.listBackups()),
      write: (content, reason) => call(bridge.writeBackup({ content, reason })),
      read: (name) => call(bridge.readBackup(name)),
    },
    packs: {
      list: () => call(bridge.listPacks()),
      save: async (pack) => void (await call(bridge.savePack(pack))),
      remove: async (id) => void (await call(bridge.removePack(id))),
    },
    printReport: (suggestedName) => call(bridge.printToPdf({ suggestedName })),
    onQuit: (handler) =>
      bridge.onBeforeQuit(() => {
        void handler()
          .catch(() => undefined)
          .finally(() => void bridge.quitReady());
      }),
  };
}
