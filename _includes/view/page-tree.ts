import type { ValidPage } from "#content/validate.ts";
import type { Lang } from "#schemas/languages.ts";

/** A page of the site, as its front matter (checked) and its place say: what navigation and lists are made of. */
export interface PageNode extends ValidPage {
  /** Utility pages (search, A–Z, 404) are not content: no search index, no feed entry. */
  searchable: boolean;
}

export interface PageTree {
  find(lang: Lang, key: string): PageNode | undefined;
  /** The page Eleventy is rendering, by its input path (`./src/en/index.md`). */
  byInputPath(inputPath: string): PageNode | undefined;
  /** From the home page down to this page. */
  trail(lang: Lang, key: string): PageNode[];
  children(lang: Lang, key: string): readonly PageNode[];
  /** Every page of a language, by title (or its reading) in that language's dictionary order. */
  alphabetical(lang: Lang): readonly PageNode[];
  /** The page of a language that shows a listing (`centers`), for links and search records that point into it. */
  withListing(lang: Lang, listing: NonNullable<ValidPage["listing"]>): PageNode | undefined;
}

/** Pages a reader only meets when something goes wrong: never listed, never offered to search engines. */
const NOT_LISTED = new Set(["not-found", "offline"]);
export const isListed = (page: Pick<PageNode, "translationKey">) => !NOT_LISTED.has(page.translationKey);

const trees = new WeakMap<readonly ValidPage[], PageTree>();

/** One index of the site's pages per build, shared by every layout that asks (memoised on the checked pages). */
export function pageTree(pages: readonly ValidPage[]): PageTree {
  let tree = trees.get(pages);
  if (!tree) {
    // Frozen, so Eleventy's data cascade hands every page this one object: it copies each plain object it merges
    // into a page's data, and a copy per page made every per-build cache keyed on the tree miss, page after page.
    tree = Object.freeze(buildTree(pages));
    trees.set(pages, tree);
  }
  return tree;
}

function buildTree(pages: readonly ValidPage[]): PageTree {
  const nodes: PageNode[] = pages.map((page) => ({ ...page, searchable: !page.excludeFromSearch }));
  const byKey = new Map(nodes.map((node) => [`${node.lang}:${node.translationKey}`, node]));
  const byFile = new Map(nodes.map((node) => [node.file, node]));
  const find = (lang: Lang, key: string) => byKey.get(`${lang}:${key}`);
  const byOrder = (a: PageNode, b: PageNode) => (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title, a.lang);
  // Every page asks for its children and each language's A–Z list is asked for twice: grouped once, not
  // filtered from all pages each time (which grew with the square of the page count).
  const childrenOf = new Map<string, PageNode[]>();
  for (const node of nodes) {
    if (!node.parent) continue;
    const key = `${node.lang}:${node.parent}`;
    const siblings = childrenOf.get(key);
    if (siblings) siblings.push(node);
    else childrenOf.set(key, [node]);
  }
  for (const list of childrenOf.values()) list.sort(byOrder);
  const alphabetical = new Map<Lang, PageNode[]>();
  return {
    find,
    byInputPath: (inputPath) => byFile.get(inputPath.replace(/^\.\//, "")),
    trail(lang, key) {
      const trail: PageNode[] = [];
      const seen = new Set<string>();
      for (let node = find(lang, key); node && !seen.has(node.translationKey); node = node.parent ? find(lang, node.parent) : undefined) {
        seen.add(node.translationKey);
        trail.unshift(node);
      }
      return trail;
    },
    children: (lang, key) => childrenOf.get(`${lang}:${key}`) ?? [],
    alphabetical(lang) {
      let list = alphabetical.get(lang);
      if (!list) {
        const collator = new Intl.Collator(lang);
        // Japanese titles sort by their reading: kanji in code-point order says nothing of how a title sounds.
        const key = (node: PageNode) => node.reading ?? node.title;
        list = nodes.filter((node) => node.lang === lang && isListed(node)).sort((a, b) => collator.compare(key(a), key(b)));
        alphabetical.set(lang, list);
      }
      return list;
    },
    withListing: (lang, listing) => nodes.find((node) => node.lang === lang && node.listing === listing),
  };
}
