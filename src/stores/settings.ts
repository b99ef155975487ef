/** Preferences that persist in IndexedDB. */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';

export type ThemeChoice = 'system' | 'light' | 'dark';
const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const isTheme = (v: unknown): v is ThemeChoice => THEMES.includes(v as ThemeChoice);

/**
 * The theme is also mirrored in localStorage, read synchronously when the store is created, so the
 * first screen paints in the chosen theme instead of switching once IndexedDB answers. IndexedDB stays
 * the record (it is what export and import carry); the mirror is only a hint and may be missing.
 */
const MIRROR_KEY = 'mlops-exam-prep.theme';
function readMirror(): ThemeChoice {
  try {
    const v = globalThis.localStorage?.getItem(MIRROR_KEY);
    return isTheme(v) ? v : 'system';
  } catch {
    return 'system';
  }
}
function writeMirror(t: ThemeChoice): void {
  try {
    globalThis.localStorage?.setItem(MIRROR_KEY, t);
  } catch {
    // Storage refused (private mode, quota): the theme still applies once IndexedDB is read.
  }
}

// Dexie is loaded with the first read or write, not with the first screen.
const database = async () => {
  const [{ db }, repo] = await Promise.all([import('../db'), import('../db/settings-repo')]);
  return { db, ...repo };
};

export const useSettingsStore = defineStore('settings', () => {
  let mirrored = readMirror();
  const theme = ref<ThemeChoice>(mirrored);
  const loaded = ref(false);

  /** Reads stored preferences; unknown or corrupt values fall back to defaults. */
  async function load(): Promise<void> {
    const { db, getSetting } = await database();
    theme.value = await getSetting(db, 'theme', 'system', isTheme);
    loaded.value = true;
  }

  /** Chooses a theme and saves it before resolving. */
  async function setTheme(next: ThemeChoice): Promise<void> {
    theme.value = next;
    const { db, putSetting } = await database();
    await putSetting(db, 'theme', next);
  }

  watch(
    theme,
    (t) => {
      if (t !== mirrored) writeMirror((mirrored = t));
      if (typeof document === 'undefined') return;
      if (t === 'system') delete document.documentElement.dataset['theme'];
      else document.documentElement.dataset['theme'] = t;
    },
    { immediate: true },
  );

  return { theme, loaded, load, setTheme, THEMES };
});
