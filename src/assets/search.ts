/**
 * Upgrades the search page's form to Pagefind. Pagefind loads on the first search, never before; the query and
 * filter live in the address (?q=&type=) so a search can be shared, and follow the reader into another language.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: Array<{ url: string; title: string; excerpt: string }>;
}
type Result = { data(): Promise<PagefindResult> };
interface Search {
  results: Result[];
}
interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options: object): Promise<Search>;
  debouncedSearch(query: string, options: object, ms?: number): Promise<Search | null>;
}
/** A text for each plural category of the page's language (Intl.PluralRules), "other" always there. */
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
interface Strings {
  loading: string;
  count: Plural;
  none: string;
  retried: Plural;
  unavailable: string;
  offline: string;
  more: string;
}

/** Results are fetched a page at a time: each one shown is one more download on a slow connection. */
const PAGE_SIZE = 10;

const root = document.getElementById("search");
const input = document.getElementById("search-input") as HTMLInputElement | null;
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const filters = root?.querySelector<HTMLFieldSetElement>(".search-filters");
/** The A–Z list, in the place results take while there are some. */
const everyPage = document.querySelector<HTMLElement>("[aria-labelledby='a-z']");

if (root && input && status && list && filters && input.form) {
  const strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const plurals = new Intl.PluralRules(document.documentElement.lang);
  // The script sits in /assets/ of the site, wherever the site is hosted (a path prefix included).
  const siteRoot = new URL("../", import.meta.url);
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    // Each language has its own search bundle: a reader downloads only the index of the language they read.
    (pagefind ??= (
      import(/* @vite-ignore */ new URL(`pagefind/${document.documentElement.lang}/pagefind.js`, siteRoot).href) as Promise<Pagefind>
    ).then(async (pf) => {
      // Searching a few thousand pages takes milliseconds; the worker would be one more 12 KB download first.
      await pf.options({ baseUrl: siteRoot.pathname, noWorker: true });
      await pf.init();
      return pf;
    }));

  /**
   * Where a result leads. A data record (a Center, a scholarship, a date) is indexed from a page named for its entry,
   * `…/_search-records-en/en/students/working/centers/osaka.html` for `…/en/students/working/centers/#osaka`
   * (scripts/eleventy/pagefind-command.ts); any other result is a page, at its own address.
   */
  const entryAddress = (url: string) => url.replace(/\/_search-records-[^/]+\/((?:[^/]+\/)*)([^/]+)\.html$/, "/$1#$2");

  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
  const counted = (forms: Plural, count: number, values: Record<string, string>) =>
    fill(forms[plurals.select(count)] ?? forms.other, { ...values, count: count.toLocaleString(document.documentElement.lang) });

  /**
   * Pagefind's excerpt as the reader should see it: its <mark>s kept and no other markup; not starting with the
   * title shown just above it; and Japanese sentences not joined with the ". " Pagefind puts between blocks.
   */
  const excerpt = (html: string, title: string): DocumentFragment => {
    const template = document.createElement("template");
    template.innerHTML = html.replace(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー）」])\. /gu, "$1。");
    const nodes = [...template.content.childNodes];
    // The title is the link just above: an excerpt that starts with it drops it (marks and all).
    let skip = (template.content.textContent ?? "").trimStart().startsWith(title) ? title.length : 0;
    const out = document.createDocumentFragment();
    for (const node of nodes) {
      let text = node.textContent ?? "";
      if (skip > 0) {
        const start = text.length - text.trimStart().length;
        const cut = Math.min(skip, text.length - start);
        text = text.slice(start + cut);
        skip -= cut;
        if (skip === 0) text = text.replace(/^[.。\s]+/, "");
      }
      if (!text) continue;
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = text;
        out.append(mark);
      } else out.append(text);
    }
    return out;
  };

  const selectedType = () => filters.querySelector<HTMLInputElement>("input:checked")?.value ?? "all";

  const resultItem = (result: PagefindResult): HTMLLIElement => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    const title = result.meta.title ?? result.url;
    link.href = entryAddress(result.url);
    link.textContent = title;
    const text = document.createElement("p");
    text.append(excerpt(result.excerpt, title));
    item.append(link, text);
    const subs = (result.sub_results ?? []).filter((sub) => sub.url !== result.url).slice(0, 3);
    if (subs.length) {
      const sublist = document.createElement("ul");
      for (const sub of subs) {
        const subItem = document.createElement("li");
        const subLink = document.createElement("a");
        subLink.href = sub.url;
        subLink.textContent = sub.title;
        subItem.append(subLink);
        sublist.append(subItem);
      }
      item.append(sublist);
    }
    return item;
  };

  const more = document.createElement("button");
  more.type = "button";
  more.className = "search-more";
  more.textContent = strings.more;
  more.hidden = true;
  list.after(more);
  let pending: Result[] = [];
  /** Counts searches, so results that arrive after a newer search started are dropped. */
  let generation = 0;

  /** Shows the next page of results; returns the first new item, for focus. */
  const showMore = async (): Promise<HTMLLIElement | undefined> => {
    const current = generation;
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const results = await Promise.all(batch.map((r) => r.data()));
    if (current !== generation) return undefined;
    const items = results.map(resultItem);
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0];
  };

  /**
   * Pagefind falls back to the first letters of a word it cannot find ("internshp" matches "in"), or finds nothing
   * for a typo near the end ("scholarshp"). A match is real when a shown result marks a word starting like the query
   * (or marks nothing: a keyword matched).
   */
  const realMatch = async (search: Search, word: string): Promise<boolean> => {
    if (!search.results.length) return false;
    if (!/^[\p{L}\p{M}'-]{4,}$/u.test(word) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) return true;
    const shown = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    const marked = shown.flatMap((r) => [...r.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase()));
    return marked.length === 0 || marked.some((w) => w.startsWith(word.slice(0, 3).toLowerCase()));
  };

  /** Retries a query whose last word found nothing real with shorter stems of it ("scholarshp" → "scholarsh"). */
  const searchWithStems = async (pf: Pagefind, query: string, options: object): Promise<{ search: Search; used: string } | null> => {
    const search = await pf.debouncedSearch(query, options, 250);
    if (!search) return null;
    const words = query.split(/\s+/);
    const last = words.pop()!;
    if (await realMatch(search, last)) return { search, used: query };
    for (let length = last.length - 1; length >= Math.max(3, Math.ceil(last.length * 0.6)); length--) {
      const used = [...words, last.slice(0, length)].join(" ");
      const retry = await pf.search(used, options);
      if (await realMatch(retry, last.slice(0, length))) return { search: retry, used };
    }
    return { search, used: query };
  };

  /** The other languages' search pages (the language menu) carry the query, so switching language keeps the search. */
  const carryQuery = (query: string, type: string) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>(".language-menu a[hreflang]")) {
      const target = new URL(link.href);
      target.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...(type !== "all" ? { type } : {}) }).toString();
      link.href = target.href;
    }
  };

  const run = async (updateAddress: boolean) => {
    const current = ++generation;
    const query = input.value.trim();
    const type = selectedType();
    carryQuery(query, type);
    if (updateAddress) {
      const address = new URL(location.href);
      if (query) address.searchParams.set("q", query);
      else address.searchParams.delete("q");
      if (type !== "all") address.searchParams.set("type", type);
      else address.searchParams.delete("type");
      history.replaceState(null, "", address);
    }
    if (!query) {
      if (everyPage) everyPage.hidden = false;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      return;
    }
    status.textContent = strings.loading;
    try {
      const pf = await load();
      const found = await searchWithStems(pf, query, type === "all" ? {} : { filters: { type } });
      // null: a newer keystroke superseded this search
      if (!found || current !== generation) return;
      const { search, used } = found;
      list.replaceChildren();
      pending = search.results;
      await showMore();
      // In the same frame as the results, which take its place: nothing on screen moves.
      if (everyPage && current === generation) everyPage.hidden = search.results.length > 0;
      const count = search.results.length;
      // Offline, "no results" may only mean that this device never kept the part of the index the word is in.
      const message = !count
        ? navigator.onLine
          ? fill(strings.none, { query })
          : strings.offline
        : used === query
          ? counted(strings.count, count, { query })
          : counted(strings.retried, count, { query, stem: used });
      if (current === generation) status.textContent = message;
    } catch {
      // Offline, Pagefind and the parts of the index already searched are kept on the device; other words are not.
      if (current === generation) status.textContent = navigator.onLine ? strings.unavailable : strings.offline;
    }
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const initialType = filters.querySelector<HTMLInputElement>(`input[value="${CSS.escape(params.get("type") ?? "all")}"]`);
  if (initialType) initialType.checked = true;

  input.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(true);
  });
  input.addEventListener("input", () => void run(true));
  more.addEventListener("click", () => {
    void showMore().then((first) => first?.querySelector("a")?.focus());
  });
  filters.addEventListener("change", () => void run(true));
  if (input.value) void run(false);
  else carryQuery("", selectedType());
}
