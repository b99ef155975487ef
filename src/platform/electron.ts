/** The desktop host: every call goes through the preload bridge's named functions. */
import type { Bridge } from '../core/ipc/contract';
import type { BankSummary } from '../core/bank/summary';
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

/**
 * `summary`: what the home screen shows before the full bank has come over IPC, built into the page
 * from the bank.json the app ships (null when the build had none for it: the home screen waits).
 */
export function createElectronPlatform(bridge: Bridge, summary: BankSummary | null = __BANK_SUMMARY__): Platform {
  return {
    host: 'electron',
    info: () => call(bridge.appInfo()),
    loadBank: () => call(bridge.loadBank()),
    // Main has the validated bank in memory before the window opens; its 1.7 MB come over IPC once
    // the first screen is up (App.vue), or at once for a screen or a start button that needs them.
    bankSummary: () => summary,
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
