import type { Lang } from "../schemas/common.ts";
import type { Listing, Section } from "../schemas/front-matter.ts";
import type { CollectionItem } from "./page-data.ts";

export interface PageNode {
  url: string;
  title: string;
  description: string;
  lang: Lang;
  key: string;
  parent?: string;
  order: number;
  section: Section;
  reviewed: string;
  /** Utility pages (search, A–Z, 404) are not content: no search index, no feed entry. */
  searchable: boolean;
  listing?: Listing;
}

export interface PageTree {
  find(lang: Lang, key: string): PageNode | undefined;
  /** From the home page down to this page. */
  trail(lang: Lang, key: string): PageNode[];
  children(lang: Lang, key: string): readonly PageNode[];
  /** Every page of a language, by title in that language's dictionary order. */
  alphabetical(lang: Lang): readonly PageNode[];
}

const trees = new WeakMap<CollectionItem[], PageTree>();

/** One index of the site's pages per build, shared by every layout that asks (memoised on the collection). */
export function pageTree(collection: CollectionItem[]): PageTree {
  let tree = trees.get(collection);
  if (!tree) {
    tree = buildTree(collection);
    trees.set(collection, tree);
  }
  return tree;
}

function buildTree(collection: CollectionItem[]): PageTree {
  const nodes: PageNode[] = [];
  for (const item of collection) {
    const { data } = item;
    if (!item.url || !data.translationKey || !data.lang || !data.title) continue;
    nodes.push({
      url: item.url,
      title: data.title,
      description: data.description ?? "",
      lang: data.lang,
      key: data.translationKey,
      ...(data.parent ? { parent: data.parent } : {}),
      order: data.order ?? 0,
      section: data.section ?? "general",
      reviewed: data.reviewed ?? "",
      searchable: !data.excludeFromSearch,
      ...(data.listing ? { listing: data.listing } : {}),
    });
  }
  const byKey = new Map(nodes.map((node) => [`${node.lang}:${node.key}`, node]));
  const find = (lang: Lang, key: string) => byKey.get(`${lang}:${key}`);
  const byOrder = (a: PageNode, b: PageNode) => a.order - b.order || a.title.localeCompare(b.title, a.lang);
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
    trail(lang, key) {
      const trail: PageNode[] = [];
      const seen = new Set<string>();
      for (let node = find(lang, key); node && !seen.has(node.key); node = node.parent ? find(lang, node.parent) : undefined) {
        seen.add(node.key);
        trail.unshift(node);
      }
      return trail;
    },
    children: (lang, key) => childrenOf.get(`${lang}:${key}`) ?? [],
    alphabetical(lang) {
      let list = alphabetical.get(lang);
      if (!list) {
        const collator = new Intl.Collator(lang);
        list = nodes.filter((node) => node.lang === lang && node.key !== "not-found").sort((a, b) => collator.compare(a.title, b.title));
        alphabetical.set(lang, list);
      }
      return list;
    },
  };
}
