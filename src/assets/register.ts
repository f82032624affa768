// Registers the offline-reading service worker, which sits at the site's root (above /assets/, prefix included).
if ("serviceWorker" in navigator) {
  const root = new URL("../", import.meta.url);
  navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname, type: "classic" }).catch(() => undefined);
}
