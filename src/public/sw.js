// Offline support for the browser build. On install it caches every file of the build (listed in
// precache.json, written by the build), so after one visit the app and its question bank load and
// work with the network off. Network-first for the page and the bank, so updates arrive when online.
const MANIFEST = './precache.json';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const res = await fetch(MANIFEST, { cache: 'no-store' });
      const { version, files } = await res.json();
      const cache = await caches.open(`app-${version}`);
      await cache.addAll(['./', ...files]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const res = await fetch(MANIFEST, { cache: 'no-store' }).catch(() => null);
      const current = res ? `app-${(await res.json()).version}` : null;
      for (const name of await caches.keys()) if (current && name !== current) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  const networkFirst = req.mode === 'navigate' || req.url.endsWith('/bank.json');
  event.respondWith(
    (async () => {
      const cached = await caches.match(req, { ignoreSearch: true, ignoreVary: true });
      if (cached && !networkFirst) return cached;
      try {
        const res = await fetch(req);
        if (res.ok) {
          const keys = await caches.keys();
          if (keys[0]) (await caches.open(keys[0])).put(req, res.clone());
        }
        return res;
      } catch (e) {
        if (cached) return cached;
        if (req.mode === 'navigate') {
          const shell = await caches.match('./', { ignoreSearch: true, ignoreVary: true });
          if (shell) return shell;
        }
        throw e;
      }
    })(),
  );
});
