/**
 * In-app links as plain anchors with two attributes, not a component each: the home screen shows
 * about twenty. The href is a real address ("#/review"), so copying a link or opening it in a new tab
 * works; a plain click goes through the router, so a screen's leave guard (an open exam) still runs.
 */
import { useRoute, useRouter } from '../router/hash-router';

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
      href: router.href(to),
      onClick: (event: MouseEvent) => follow(event, to),
    }),
    /** "page" on the link to the screen shown now. */
    current: (to: string) => (route.value.path === to ? ('page' as const) : undefined),
  };
}
