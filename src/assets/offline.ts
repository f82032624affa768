/**
 * The offline page's list: the pages of its language that this device kept (the service worker keeps every page a
 * reader opens), each by its title.
 */
const list = document.getElementById("saved-pages");
const empty = document.getElementById("no-saved-pages");
const root = new URL("../", import.meta.url);
const lang = document.documentElement.lang;

if (list && empty && "caches" in window) {
  void (async () => {
    // The worker's cache for this site (see sw.ts): one per site, so sites sharing an origin keep theirs apart.
    const cache = await caches.open(`offline ${root.href}`);
    const here = `${root.href}${lang}/`;
    const pages: Array<{ url: string; title: string }> = [];
    for (const request of await cache.keys()) {
      const { href } = new URL(request.url);
      if (!href.startsWith(here) || !/(\/|\.html)$/.test(href) || /\/(offline\/|404\.html)$/.test(href)) continue;
      const response = await cache.match(request);
      const title = response ? new DOMParser().parseFromString(await response.text(), "text/html").title : "";
      pages.push({ url: href, title: title || href });
    }
    pages.sort((a, b) => a.title.localeCompare(b.title, lang));
    for (const page of pages) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = page.url;
      link.textContent = page.title;
      item.append(link);
      list.append(item);
    }
    empty.hidden = pages.length > 0;
  })();
}
