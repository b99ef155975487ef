/**
 * On quit, the renderer (which owns IndexedDB) gets a few seconds to write a last backup; then
 * IndexedDB is flushed to disk and the app quits. A renderer that does not answer does not keep
 * the app open.
 */
import type { App, Session, WebContents } from 'electron';
import { BEFORE_QUIT_EVENT } from '../../src/core/ipc/channels';

export const QUIT_GRACE_MS = 5000;

export interface QuitDeps {
  app: Pick<App, 'on' | 'quit'>;
  contents: () => WebContents | null;
  session: () => Pick<Session, 'flushStorageData'>;
  setTimer: (fn: () => void, ms: number) => unknown;
}

/** Installs the quit sequence; returns `ready`, which the renderer's quit-ready call invokes. */
export function installQuitBackup(deps: QuitDeps): { ready: () => void } {
  let phase: 'running' | 'waiting' | 'quitting' = 'running';
  const finish = () => {
    if (phase === 'quitting') return;
    phase = 'quitting';
    deps.session().flushStorageData();
    deps.app.quit();
  };
  deps.app.on('before-quit', (event) => {
    if (phase === 'quitting') return;
    const wc = deps.contents();
    if (!wc || phase === 'waiting') {
      if (!wc) finish();
      else event.preventDefault();
      return;
    }
    event.preventDefault();
    phase = 'waiting';
    wc.send(BEFORE_QUIT_EVENT);
    deps.setTimer(finish, QUIT_GRACE_MS);
  });
  return { ready: finish };
}
