/**
 * Offline reading: every page a student opens (and Pagefind's files, once they have searched) is kept, and shown
 * from the cache only when the network fails. With a network, the page always comes from the site, never stale.
 */
declare const PRECACHE: string[]; // the stylesheet, icon, offline pages and their script (set by the build)
declare const OFFLINE_PAGES: Record<string, string>; // each language's offline page (set by the build)

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void>; matchAll(options: { type: "window"; includeUncontrolled: boolean }): Promise<Array<{ url: string }>> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
// One cache per site: project sites on a shared origin (owner.github.io/a/, /b/) keep theirs apart.
const CACHE = `offline ${scope}`;

/**
 * A static site's files do not depend on the query (`?q=` is read by the page's script; Pagefind adds `?ts=` to
 * bust caches), so copies are kept by path: one per file, found again offline whatever the query.
 */
const cacheKey = (url: string) => url.split(/[?#]/)[0]!;

/** Keeps a copy of a good same-site response. */
async function keep(url: string, response: Response): Promise<void> {
  if (response.ok && response.type === "basic") await (await caches.open(CACHE)).put(cacheKey(url), response);
}

worker.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.map((url) => new URL(`.${url}`, scope).href));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      await worker.clients.claim();
      // The page that registered this worker loaded before it: keep a copy of it too.
      for (const client of await worker.clients.matchAll({ type: "window", includeUncontrolled: true })) {
        await fetch(client.url)
          .then((response) => keep(client.url, response))
          .catch(() => undefined);
      }
    })(),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  event.respondWith(
    (async () => {
      try {
        const response = await fetch(request);
        await keep(request.url, response.clone());
        return response;
      } catch (offline) {
        const cached = await caches.match(cacheKey(request.url), { ignoreVary: true });
        if (cached) return cached;
        // A page never opened on this device: the offline page, in the language of the page asked for.
        if (request.mode === "navigate") {
          const lang = new URL(request.url).href.slice(scope.length).split("/")[0] ?? "";
          const page = OFFLINE_PAGES[lang] ?? Object.values(OFFLINE_PAGES)[0];
          const fallback = page && (await caches.match(new URL(`.${page}`, scope).href, { ignoreVary: true }));
          if (fallback) return fallback;
        }
        throw offline;
      }
    })(),
  );
});
