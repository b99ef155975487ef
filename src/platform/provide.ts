/** The Platform is provided once by main.ts and injected by stores. */
import { inject, type InjectionKey } from 'vue';
import type { Platform } from './types';

export const PLATFORM: InjectionKey<Platform> = Symbol('platform');

export function usePlatform(): Platform {
  const p = inject(PLATFORM);
  if (!p) throw new Error('usePlatform() called outside the app: main.ts must provide the platform');
  return p;
}
