/** Preferences that persist in IndexedDB. */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { db } from '../db';
import { getSetting, putSetting } from '../db/settings-repo';

export type ThemeChoice = 'system' | 'light' | 'dark';
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const isTheme = (v: unknown): v is ThemeChoice => THEMES.includes(v as ThemeChoice);

export const useSettingsStore = defineStore('settings', () => {
  const theme = ref<ThemeChoice>('system');
  const loaded = ref(false);

  /** Reads stored preferences; unknown or corrupt values fall back to defaults. */
  async function load(): Promise<void> {
    theme.value = await getSetting(db, 'theme', 'system', isTheme);
    loaded.value = true;
  }

  /** Chooses a theme and saves it before resolving. */
  async function setTheme(next: ThemeChoice): Promise<void> {
    theme.value = next;
    await putSetting(db, 'theme', next);
  }

  watch(
    theme,
    (t) => {
      if (typeof document === 'undefined') return;
      if (t === 'system') delete document.documentElement.dataset['theme'];
      else document.documentElement.dataset['theme'] = t;
    },
    { immediate: true },
  );

  return { theme, loaded, load, setTheme, THEMES };
});
