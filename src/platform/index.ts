/** Picks the host implementation once, at start-up. */
import { BRIDGE_KEY } from '../core/ipc/channels';
import type { Bridge } from '../core/ipc/contract';
import { createElectronPlatform } from './electron';
import { createWebPlatform, registerOfflineSupport } from './web';
import type { Platform } from './types';

export type { Platform } from './types';

export function detectPlatform(): Platform {
  const bridge = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_KEY];
  if (bridge) return createElectronPlatform(bridge);
  registerOfflineSupport();
  return createWebPlatform();
}
