import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform } from './electron';
import type { Bridge } from '../core/ipc/contract';
import { makeBank } from '../core/bank/fixtures';
import { summarizeBank } from '../core/bank/summary';

describe('the desktop host', () => {
  it('offers the summary built into the page, so home need not wait for the bank over IPC', async () => {
    const bank = makeBank(2);
    const loadBank = vi.fn(async () => bank);
    const platform = createElectronPlatform({ loadBank } as unknown as Bridge, summarizeBank(bank));

    expect(platform.bankSummary()).toEqual(summarizeBank(bank));
    expect(loadBank).not.toHaveBeenCalled();
    // The full bank still comes from main when it is asked for.
    await expect(platform.loadBank()).resolves.toBe(bank);
  });

  it('offers none when the build had no summary for its bank (home then waits)', () => {
    expect(createElectronPlatform({} as Bridge, null).bankSummary()).toBeNull();
  });

  it("shows main's own message when the bank cannot be loaded, without Electron's prefix", async () => {
    const loadBank = vi.fn(async () => {
      throw new Error("Error invoking remote method 'bank:load': Error: The question bank is invalid");
    });
    await expect(createElectronPlatform({ loadBank } as unknown as Bridge, null).loadBank()).rejects.toThrow(
      /^The question bank is invalid$/,
    );
  });
});
