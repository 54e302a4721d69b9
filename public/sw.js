// Offline use: after the first visit, the mock-up works with the network cut (steering-group
// meetings often have none). Every same-origin file the app fetches is kept in a cache; the network
// is asked first (so a new build or `trunk serve` is always seen), and the cache answers when it
// cannot be reached. Files the first visit loaded before this worker took control are handed over
// by the page (see index.html).
const CACHE = 'speciallaegepraksis-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

const sameOrigin = (url) => new URL(url, self.location.href).origin === self.location.origin;

self.addEventListener('message', (event) => {
  const urls = (event.data && event.data.cache) || [];
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(urls.filter(sameOrigin).map((u) => cache.add(u).catch(() => undefined))),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !sameOrigin(req.url)) return;
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(CACHE).then((cache) => cache.put(req, copy));
        }
        return res;
      })
      .catch(() =>
        caches
          .match(req, { ignoreVary: true })
          // Every page of the app is index.html with another query.
          .then((hit) => hit || (req.mode === 'navigate' ? caches.match(req, { ignoreSearch: true, ignoreVary: true }) : undefined))
          .then((hit) => hit || Response.error()),
      ),
  );
});
