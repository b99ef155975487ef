/**
 * Every IPC channel, in one list. The preload imports only this file (no zod), so its CommonJS
 * bundle stays self-contained, as a sandboxed preload requires.
 */
export const IPC = {
  appInfo: 'app:info',
  loadBank: 'bank:load',
  saveFile: 'file:save',
  openFile: 'file:open',
  setFocusMode: 'window:focus-mode',
  listBackups: 'backup:list',
  writeBackup: 'backup:write',
  readBackup: 'backup:read',
  printToPdf: 'report:print-pdf',
  listPacks: 'packs:list',
  savePack: 'packs:save',
  removePack: 'packs:remove',
  quitReady: 'app:quit-ready',
} as const;

/** Sent by main to the renderer when the app is about to quit (main -> renderer, not invoke). */
export const BEFORE_QUIT_EVENT = 'app:before-quit';

export type BridgeMethod = keyof typeof IPC;
export const BRIDGE_METHODS = Object.keys(IPC) as BridgeMethod[];
/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'examPrep';
