// Test screens and a root are small inline components, made per test.
/* eslint-disable vue/one-component-per-file */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, h, onMounted, type App, type Component } from 'vue';
import { Window } from 'happy-dom';
import { createHashRouter, onBeforeRouteLeave, RouterView, type LeaveGuard, type RouteRecord } from './hash-router';

// Each test gets its own window, so its history and address start fresh.
function windowAt(hash: string) {
  return new Window({ url: `http://localhost/index.html${hash}` }) as unknown as globalThis.Window;
}

const screen = (name: string, extra: (props: Record<string, unknown>) => void = () => {}) =>
  defineComponent({
    name,
    props: { id: { type: String, default: '' } },
    setup(props) {
      extra(props);
      return () => h('p', { class: 'screen' }, props.id ? `${name} ${props.id}` : name);
    },
  });

const Home = screen('Home');
const Browse = screen('Browse');

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const moments = () => new Promise((r) => setTimeout(r, 20));

let app: App | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
  document.body.innerHTML = '';
});

function start(hash: string, routes: RouteRecord[]) {
  const win = windowAt(hash);
  const router = createHashRouter({
    routes,
    fallback: '/',
    title: (r) => `${String(r.meta['title'])} · App`,
    window: win,
  });
  const el = document.createElement('div');
  document.body.append(el);
  const mount = async () => {
    await router.isReady();
    app = createApp({ render: () => h(RouterView) });
    app.use(router);
    app.mount(el);
    await moments();
  };
  return { win, router, el, mount, text: () => el.textContent };
}

const basic = (extra: Partial<Record<string, Component>> = {}): RouteRecord[] => [
  { path: '/', component: Home, meta: { title: 'Home' } },
  { path: '/browse', component: Browse, meta: { title: 'Browse' } },
  { path: '/exam/:id', component: extra['exam'] ?? screen('Exam'), props: true, meta: { title: 'Exam' } },
];

describe('hash router', () => {
  it('opens the screen the address names, with its params as props and its title', async () => {
    const { win, mount, text } = start('#/exam/a%20b', basic());
    await mount();
    expect(text()).toBe('Exam a b');
    expect(win.document.title).toBe('Exam · App');
  });

  it('sends an unknown address home and writes home into the address bar', async () => {
    const { win, mount, text } = start('#/nowhere', basic());
    await mount();
    expect(text()).toBe('Home');
    expect(win.location.hash).toBe('#/');
    expect(win.history.length).toBe(1);
  });

  it('waits for a screen whose code loads lazily before it is ready', async () => {
    const code = deferred<{ default: Component }>();
    const { router } = start('#/later', [
      { path: '/', component: Home, meta: { title: 'Home' } },
      { path: '/later', load: () => code.promise, meta: { title: 'Later' } },
    ]);
    let ready = false;
    void router.isReady().then(() => (ready = true));
    await moments();
    expect(ready).toBe(false);
    code.resolve({ default: screen('Later') });
    await moments();
    expect(ready).toBe(true);
  });

  it('pushes a new history entry, and Back shows the screen before', async () => {
    const { win, router, mount, text } = start('#/', basic());
    await mount();
    expect(await router.push('/browse')).toBe(true);
    await moments();
    expect(text()).toBe('Browse');
    expect(win.location.hash).toBe('#/browse');
    win.history.back();
    await moments();
    expect(text()).toBe('Home');
    expect(win.document.title).toBe('Home · App');
  });

  it('keeps a screen when only the query changes, and makes it anew when the path does', async () => {
    const mounts = vi.fn();
    const Exam = screen('Exam', () => onMounted(mounts));
    const { router, win, mount } = start('#/exam/1', basic({ exam: Exam }));
    await mount();
    await router.replace('/exam/1?view=flagged');
    await moments();
    expect(win.location.hash).toBe('#/exam/1?view=flagged');
    expect(mounts).toHaveBeenCalledTimes(1);
    await router.push('/exam/2');
    await moments();
    expect(mounts).toHaveBeenCalledTimes(2);
  });

  it('scrolls to the top for a new screen, not for a changed query', async () => {
    const { router, win, mount } = start('#/browse', basic());
    await mount();
    const scroll = vi.spyOn(win, 'scrollTo');
    await router.replace('/browse?domain=x');
    await moments();
    expect(scroll).not.toHaveBeenCalled();
    await router.push('/');
    await moments();
    expect(scroll).toHaveBeenCalledWith(0, 0);
  });

  it('returns to where a screen was scrolled when Back leads to it', async () => {
    const { router, win, mount } = start('#/browse', basic());
    await mount();
    const scroll = vi.spyOn(win, 'scrollTo');
    Object.defineProperty(win, 'scrollY', { value: 640, configurable: true });
    await router.push('/exam/1');
    await moments();
    expect(scroll).toHaveBeenLastCalledWith(0, 0);
    Object.defineProperty(win, 'scrollY', { value: 0, configurable: true });
    win.history.back();
    await moments();
    expect(scroll).toHaveBeenLastCalledWith(0, 640);
    win.history.forward();
    await moments();
    expect(scroll).toHaveBeenLastCalledWith(0, 0);
  });

  describe('leave guard', () => {
    function guarded(answer: () => boolean | Promise<boolean>) {
      const guard = vi.fn<LeaveGuard>(answer);
      const Exam = screen('Exam', () => onBeforeRouteLeave(guard));
      return { guard, routes: basic({ exam: Exam }) };
    }

    it('stays on the screen and its address when the guard says no to a link', async () => {
      const { guard, routes } = guarded(() => false);
      const { router, win, mount, text } = start('#/exam/1', routes);
      await mount();
      expect(await router.push('/browse')).toBe(false);
      expect(guard).toHaveBeenCalledOnce();
      expect(text()).toBe('Exam 1');
      expect(win.location.hash).toBe('#/exam/1');
    });

    it('undoes a refused Back, putting the address back where the screen is', async () => {
      const { guard, routes } = guarded(() => false);
      const { router, win, mount, text } = start('#/', routes);
      await mount();
      await router.push('/browse');
      await router.push('/exam/1');
      await moments();
      win.history.go(-2);
      await moments();
      expect(guard).toHaveBeenCalledOnce();
      expect(text()).toBe('Exam 1');
      expect(win.location.hash).toBe('#/exam/1');
      // The undo itself is not a new move: the guard is not asked again.
      await moments();
      expect(guard).toHaveBeenCalledOnce();
    });

    it('lets the person leave once the guard agrees, and is gone with its screen', async () => {
      const { guard, routes } = guarded(async () => true);
      const { router, mount, text } = start('#/exam/1', routes);
      await mount();
      expect(await router.push('/browse')).toBe(true);
      await moments();
      expect(text()).toBe('Browse');
      await router.push('/');
      expect(guard).toHaveBeenCalledOnce();
    });

    it('is not asked when only the query changes', async () => {
      const { guard, routes } = guarded(() => false);
      const { router, mount } = start('#/exam/1', routes);
      await mount();
      expect(await router.replace('/exam/1?view=all')).toBe(true);
      expect(guard).not.toHaveBeenCalled();
    });
  });

  it('goes where the latest move asked when an earlier screen is still loading', async () => {
    const slow = deferred<{ default: Component }>();
    const { router, win, mount, text } = start('#/', [
      { path: '/', component: Home, meta: { title: 'Home' } },
      { path: '/browse', component: Browse, meta: { title: 'Browse' } },
      { path: '/slow', load: () => slow.promise, meta: { title: 'Slow' } },
    ]);
    await mount();
    const first = router.push('/slow');
    await router.push('/browse');
    slow.resolve({ default: screen('Slow') });
    expect(await first).toBe(false);
    await moments();
    expect(text()).toBe('Browse');
    expect(win.location.hash).toBe('#/browse');
  });

  it('shows why a screen could not load, in its place', async () => {
    const { mount, el } = start('#/broken', [
      { path: '/', component: Home, meta: { title: 'Home' } },
      { path: '/broken', load: () => Promise.reject(new Error('Failed to fetch BrokenView.js')), meta: { title: 'X' } },
    ]);
    await mount();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Failed to fetch BrokenView.js');
  });

  it('loads a screen that failed again from its Try again button, or from a link to it', async () => {
    let loads = 0;
    let fails = true;
    const { router, mount, text, el } = start('#/flaky', [
      { path: '/', component: Home, meta: { title: 'Home' } },
      {
        path: '/flaky',
        load: async () => {
          loads++;
          if (fails) throw new Error('offline');
          return { default: screen('Flaky') };
        },
        meta: { title: 'Flaky' },
      },
    ]);
    await mount();
    expect(text()).toContain('offline');
    el.querySelector<HTMLButtonElement>('button.primary')!.click();
    await moments();
    expect(loads).toBe(2);
    expect(text()).toContain('offline');
    fails = false;
    expect(await router.push('/flaky')).toBe(true);
    await moments();
    expect(loads).toBe(3);
    expect(text()).toBe('Flaky');
  });
});
