/**
 * The app's router: screens addressed after "#" (so the same addresses work under app://bundle, a
 * static server and a file preview), code for a screen loaded on first visit, and a guard a screen
 * can set to confirm leaving. It replaces Vue Router, whose setup was the largest single cost of
 * start-up (README, Benchmarks), for the few features the app uses.
 */
import {
  computed,
  defineComponent,
  h,
  inject,
  nextTick,
  onUnmounted,
  shallowRef,
  type App,
  type Component,
  type InjectionKey,
  type Ref,
  type ShallowRef,
} from 'vue';
import { historyDelta, matchAddress, positionOf, type Params, type Query } from '../core/routing';
import { whenIdle } from '../composables/whenIdle';

export type RouteMeta = Readonly<Record<string, unknown>>;

interface RouteBase {
  /** A pattern such as "/exam/:id". */
  readonly path: string;
  /** Whether the screen gets the address's params as props. */
  readonly props?: boolean;
  readonly meta: RouteMeta;
}

/** A route whose screen is in the first bundle, or one whose code is imported on its first visit. */
export type RouteRecord =
  | (RouteBase & { readonly component: Component })
  | (RouteBase & { readonly load: () => Promise<{ default: Component }> });

export interface Route {
  readonly path: string;
  readonly fullPath: string;
  readonly query: Query;
  readonly params: Params;
  readonly meta: RouteMeta;
  readonly record: RouteRecord;
}

/** Called before leaving the screen that set it; false (or a promise of false) stays. */
export type LeaveGuard = (to: Route, from: Route) => boolean | Promise<boolean>;

interface Shown {
  readonly route: Route;
  readonly component: Component | null;
  /** Why the screen's code could not be loaded, shown in its place. */
  readonly error: string | null;
}

export interface RouterOptions {
  readonly routes: readonly RouteRecord[];
  /** Where an address that matches no route goes. */
  readonly fallback: string;
  /** The document title for a route. */
  readonly title: (route: Route) => string;
  /** The window whose address and history the router follows (a test passes its own). */
  readonly window?: Window;
}

export interface Router {
  readonly currentRoute: Readonly<Ref<Route>>;
  /** Resolves once the first screen's code is loaded, so the app can mount with it. */
  isReady(): Promise<void>;
  /** Goes to an address ("/exam/abc") as a new history entry; resolves to false if a guard stayed. */
  push(address: string): Promise<boolean>;
  /** Goes to an address in place of the current history entry. */
  replace(address: string): Promise<boolean>;
  /** The href of a link to an address, for copying or opening in a new tab. */
  href(address: string): string;
  /** Adds a leave guard; returns the function that removes it. */
  addLeaveGuard(guard: LeaveGuard): () => void;
  install(app: App): void;
  /** @internal for RouterView */
  readonly shown: Readonly<ShallowRef<Shown>>;
}

type How = 'start' | 'push' | 'replace' | 'pop';

const ROUTER: InjectionKey<Router> = Symbol('router');

/** Creates the router and starts following the window's address. */
export function createHashRouter(options: RouterOptions): Router {
  const win = options.window ?? window;
  const history = win.history;
  const loaded = new Map<RouteRecord, Component>();
  const guards = new Set<LeaveGuard>();

  const resolve = (address: string): Route => {
    const m = matchAddress(options.routes, address) ?? matchAddress(options.routes, options.fallback);
    if (!m) throw new Error(`The fallback address ${options.fallback} matches no route.`);
    return {
      path: m.path,
      fullPath: m.fullPath,
      query: m.query,
      params: m.params,
      meta: m.record.meta,
      record: m.record,
    };
  };
  const readAddress = () => decodeHash(win.location.hash);
  const href = (address: string) => `#${address}`;

  // Each entry the app makes carries its position, so a refused Back can be undone by the same
  // distance. The first entry is stamped once the page is idle, or before the first push.
  let pos = positionOf(history.state) ?? 0;
  let stamped = positionOf(history.state) !== null;
  const stamp = () => {
    if (stamped) return;
    stamped = true;
    history.replaceState({ pos }, '');
  };

  // Where each entry's screen was scrolled to when it was left, so Back returns there (a long list
  // of questions, say). The router restores it once the screen has rendered, not the browser.
  const scrolled = new Map<number, number>();
  history.scrollRestoration = 'manual';

  const start = resolve(readAddress());
  const shown = shallowRef<Shown>({ route: start, component: null, error: null });
  const currentRoute = computed(() => shown.value.route);
  let latest = 0;
  let markReady: () => void;
  const ready = new Promise<void>((r) => (markReady = r));

  async function load(record: RouteRecord): Promise<Component> {
    const known = loaded.get(record);
    if (known) return known;
    const c = 'load' in record ? (await record.load()).default : record.component;
    loaded.set(record, c);
    return c;
  }

  async function go(address: string, how: How, delta = 0): Promise<boolean> {
    const id = ++latest;
    const from = currentRoute.value;
    const to = resolve(address);
    // A link to the screen shown does nothing, unless that screen failed to load: then it retries.
    const same = to.fullPath === from.fullPath && shown.value.error === null;
    if ((how === 'push' || how === 'replace') && same) return true;
    if (how !== 'start' && to.path !== from.path) {
      for (const guard of [...guards]) {
        const ok = await guard(to, from);
        if (id !== latest) return false;
        if (!ok) {
          // Undone by the same distance; the move back finds the screen already shown.
          if (how === 'pop' && delta) history.go(-delta);
          return false;
        }
      }
    }
    let component: Component | null = null;
    let error: string | null = null;
    try {
      component = await load(to.record);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    // A later navigation (a second click, Back while this screen's code loaded) wins.
    if (id !== latest) return false;
    const left = pos;
    commit(to, how, address, delta);
    if (how !== 'start') scrolled.set(left, win.scrollY);
    shown.value = { route: to, component, error };
    win.document.title = options.title(to);
    markReady();
    // Back and Forward return to where that screen was; a new screen starts at the top; a changed
    // query (a filter) stays where it is.
    const y = how === 'pop' ? scrolled.get(pos) : undefined;
    if (y !== undefined || (how !== 'start' && to.path !== from.path)) void nextTick(() => win.scrollTo(0, y ?? 0));
    return error === null;
  }

  function commit(to: Route, how: How, address: string, delta: number): void {
    const rewritten = to.fullPath !== address;
    if (how === 'push') {
      stamp();
      pos += 1;
      history.pushState({ pos }, '', href(to.fullPath));
    } else if (how === 'replace') {
      stamped = true;
      history.replaceState({ pos }, '', href(to.fullPath));
    } else if (how === 'pop') {
      pos += delta;
      // An entry typed in by hand gets its stamp; an unknown address shows where it went instead.
      if (positionOf(history.state) === null || rewritten) {
        history.replaceState({ pos }, '', href(to.fullPath));
      }
    } else if (rewritten) {
      stamped = true;
      history.replaceState({ pos }, '', href(to.fullPath));
    }
  }

  win.addEventListener('popstate', (event) => {
    void go(readAddress(), 'pop', historyDelta(pos, event.state));
  });

  void go(readAddress(), 'start');
  whenIdle(stamp);

  const router: Router = {
    currentRoute,
    shown,
    isReady: () => ready,
    push: (address) => go(address, 'push'),
    replace: (address) => go(address, 'replace'),
    href,
    addLeaveGuard(guard) {
      guards.add(guard);
      return () => guards.delete(guard);
    },
    install(app) {
      app.provide(ROUTER, router);
    },
  };
  return router;
}

/** The address after "#", as typed; "" and "#" are home. */
function decodeHash(hash: string): string {
  const address = hash.startsWith('#') ? hash.slice(1) : hash;
  return address || '/';
}

/** The app's router, inside a component's setup. */
export function useRouter(): Router {
  const router = inject(ROUTER);
  if (!router) throw new Error('useRouter() needs the router installed on the app (app.use(router)).');
  return router;
}

/** The route shown now, as a ref. */
export function useRoute(): Readonly<Ref<Route>> {
  return useRouter().currentRoute;
}

/** Sets a guard for leaving the screen that calls it, for as long as that screen is shown. */
export function onBeforeRouteLeave(guard: LeaveGuard): void {
  onUnmounted(useRouter().addLeaveGuard(guard));
}

/**
 * Shows the current route's screen, with the address's params as props where the route asks for
 * them. A screen is made anew when the path changes, and kept when only the query does.
 */
export const RouterView = defineComponent({
  name: 'RouterView',
  setup() {
    const router = useRouter();
    return () => {
      const { route, component, error } = router.shown.value;
      if (error !== null)
        return h('div', { class: 'panel error-panel', role: 'alert' }, [
          h('h1', 'This screen could not be loaded'),
          h('pre', { class: 'error-detail' }, error),
          h('p', 'Your answers and progress are saved. Try again, or reload the app if it keeps failing.'),
          h(
            'button',
            { type: 'button', class: 'button primary', onClick: () => void router.replace(route.fullPath) },
            'Try again',
          ),
        ]);
      if (!component) return null;
      return h(component, { key: route.path, ...(route.record.props ? route.params : {}) });
    };
  },
});
