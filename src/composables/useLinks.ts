/**
 * In-app links without a RouterLink component for each. The home screen shows about twenty, and
 * setting up their components was a third of its first render. The href is the router history's own
 * ("#/review"), so copying a link or opening it in a new tab works as before; a plain click goes
 * through the router, so navigation guards (leaving an exam) still run.
 */
import { useRoute, useRouter } from 'vue-router';

export function useLinks() {
  const router = useRouter();
  const route = useRoute();
  function follow(event: MouseEvent, to: string): void {
    // A new tab or window, or a click someone else handled, is left to the browser.
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.push(to);
  }
  return {
    /** The attributes of a link to `to`, for `<a v-bind="link('/review')">`. */
    link: (to: string) => ({
      href: router.options.history.createHref(to),
      onClick: (event: MouseEvent) => follow(event, to),
    }),
    /** "page" on the link to the screen shown now, as RouterLink's exact match did. */
    current: (to: string) => (route.path === to ? ('page' as const) : undefined),
  };
}
