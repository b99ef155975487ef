import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { installQuitBackup, QUIT_GRACE_MS } from './quit';

function setup(withWindow = true) {
  const listeners = new Map<string, (e: { preventDefault: () => void }) => void>();
  const app = {
    on: vi.fn((name: string, fn: (e: { preventDefault: () => void }) => void) => listeners.set(name, fn)),
    quit: vi.fn(),
  };
  const send = vi.fn();
  const flushStorageData = vi.fn();
  const timers: Array<[() => void, number]> = [];
  const q = installQuitBackup({
    app: app as never,
    contents: () => (withWindow ? ({ send } as unknown as WebContents) : null),
    session: () => ({ flushStorageData }),
    setTimer: (fn, ms) => timers.push([fn, ms]),
  });
  const quit = () => {
    const e = { preventDefault: vi.fn() };
    listeners.get('before-quit')!(e);
    return e;
  };
  return { q, app, send, flushStorageData, timers, quit };
}

describe('quitting the desktop app', () => {
  it('asks the renderer for a last backup, then flushes storage and quits when it is ready', () => {
    const s = setup();
    const e = s.quit();
    expect(e.preventDefault).toHaveBeenCalled();
    expect(s.send).toHaveBeenCalledWith('app:before-quit');
    expect(s.app.quit).not.toHaveBeenCalled();
    s.q.ready();
    expect(s.flushStorageData).toHaveBeenCalledOnce();
    expect(s.app.quit).toHaveBeenCalledOnce();
    expect(s.quit().preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when the renderer does not answer in time', () => {
    const s = setup();
    s.quit();
    expect(s.timers[0]![1]).toBe(QUIT_GRACE_MS);
    s.timers[0]![0]();
    expect(s.flushStorageData).toHaveBeenCalledOnce();
    expect(s.app.quit).toHaveBeenCalledOnce();
  });

  it('quits straight away with no window', () => {
    const s = setup(false);
    s.quit();
    expect(s.app.quit).toHaveBeenCalledOnce();
    expect(s.send).not.toHaveBeenCalled();
  });
});
