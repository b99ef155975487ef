/** True when the app shows its dark theme: the person's choice, or the OS when they chose "system". */
import { computed, onBeforeUnmount, ref } from 'vue';
import { useSettingsStore } from '../stores/settings';

export function useDarkMode() {
  const settings = useSettingsStore();
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const osDark = ref(media?.matches ?? false);
  const onChange = (e: MediaQueryListEvent) => (osDark.value = e.matches);
  media?.addEventListener('change', onChange);
  onBeforeUnmount(() => media?.removeEventListener('change', onChange));
  return computed(() => (settings.theme === 'system' ? osDark.value : settings.theme === 'dark'));
}
