import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db';
import { useSettingsStore } from './settings';

const MIRROR = 'mlops-exam-prep.theme';

describe('the settings store', () => {
  beforeEach(async () => {
    setActivePinia(createPinia());
    localStorage.clear();
    delete document.documentElement.dataset['theme'];
    await db.settings.clear();
  });

  it('applies the theme from its mirror as it is created, before IndexedDB is read', () => {
    localStorage.setItem(MIRROR, 'dark');
    const settings = useSettingsStore();
    expect(settings.theme).toBe('dark');
    expect(settings.loaded).toBe(false);
    expect(document.documentElement.dataset['theme']).toBe('dark');
  });

  it('keeps IndexedDB as the record: a stale mirror is corrected when the settings load', async () => {
    localStorage.setItem(MIRROR, 'dark');
    await db.settings.put({ key: 'theme', value: 'light' });
    const settings = useSettingsStore();
    await settings.load();
    expect(settings.theme).toBe('light');
    expect(document.documentElement.dataset['theme']).toBe('light');
    expect(localStorage.getItem(MIRROR)).toBe('light');
  });

  it('saves a chosen theme in both places, and ignores a mirror it does not understand', async () => {
    const settings = useSettingsStore();
    await settings.setTheme('dark');
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
    expect(localStorage.getItem(MIRROR)).toBe('dark');

    setActivePinia(createPinia());
    localStorage.setItem(MIRROR, '<script>');
    expect(useSettingsStore().theme).toBe('system');
  });
});
