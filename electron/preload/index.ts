/**
 * The preload exposes one named async function per contract entry, and nothing else: the renderer
 * never sees ipcRenderer. Bundled as CommonJS so it loads with the sandbox on.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BEFORE_QUIT_EVENT, BRIDGE_KEY, BRIDGE_METHODS, IPC } from '../../src/core/ipc/channels';

const bridge = Object.fromEntries(
  BRIDGE_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(IPC[method], ...args)]),
);

let quitHandlerSet = false;
/** One handler, registered once, called with no event object (nothing of ipcRenderer leaks). */
function onBeforeQuit(handler: () => void): void {
  if (quitHandlerSet) return;
  quitHandlerSet = true;
  ipcRenderer.on(BEFORE_QUIT_EVENT, () => handler());
}

contextBridge.exposeInMainWorld(BRIDGE_KEY, Object.freeze({ ...bridge, onBeforeQuit }));
