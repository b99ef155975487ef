/** Calls `fn` every `ms` while the component is mounted. */
import { onBeforeUnmount, onMounted } from 'vue';

export function useTicker(fn: () => void, ms = 1000): void {
  let handle: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    handle = setInterval(fn, ms);
  });
  onBeforeUnmount(() => clearInterval(handle));
}
