/** App-wide view state that is not data: focus mode hides everything but the exam. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { usePlatform } from '../platform/provide';

export const useUiStore = defineStore('ui', () => {
  const platform = usePlatform();
  const focusMode = ref(false);

  /** Enters or leaves focus mode: app navigation hidden, and full screen where the host allows. */
  async function setFocusMode(on: boolean): Promise<void> {
    focusMode.value = on;
    await platform.setFocusMode(on);
  }

  return { focusMode, setFocusMode };
});
