/**
 * A stand-in for the `electron` module: records handlers and exposes the pieces main uses, so
 * main-process modules run under vitest without the Electron binary.
 */
import { vi } from 'vitest';

export const handlers = new Map<string, (...args: unknown[]) => unknown>();

vi.mock('electron', () => {
  const ipcMain = {
    handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, fn);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  const app = {
    isPackaged: false,
    getAppPath: vi.fn(() => process.cwd()),
    getPath: vi.fn(() => '/tmp'),
    getName: vi.fn(() => 'MLOps Exam Prep'),
    getVersion: vi.fn(() => '0.0.0-test'),
    on: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
  };
  return {
    app,
    ipcMain,
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
    BrowserWindow: vi.fn(),
    nativeTheme: { shouldUseDarkColors: false },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn() },
    default: {},
  };
});
