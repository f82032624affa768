import type { SiteData } from "#schemas/data-files.ts";
import type { Deployment } from "./absolute-url.ts";
import type { PageNode, PageTree } from "./page-tree.ts";

/** Asset URLs with a content hash, so they can be cached for ever. */
interface AssetUrls {
  css: string;
  noscriptCss: string;
  search: string;
  icon: string;
  register: string;
  offline: string;
}

/** What every template receives: the checked data files (typed from their schemas), the page index, assets and deployment. */
export interface SiteGlobals extends SiteData {
  pages: PageTree;
  assets: AssetUrls;
  deployment: Deployment;
}

/** What Eleventy hands a layout for a Markdown page: the globals, the rendered Markdown and where the page is. */
export interface LayoutData extends SiteGlobals {
  content: string;
  page: { url: string; inputPath: string };
}

/** A page as layouts and components see it: the checked page, its rendered Markdown and the site's data. */
export interface PageView extends SiteGlobals {
  page: PageNode;
  content: string;
}

/** The checked page Eleventy is rendering; a page the checks never saw cannot be framed. */
export function pageView(data: LayoutData): PageView {
  const page = data.pages.byInputPath(data.page.inputPath);
  if (!page) throw new Error(`${data.page.inputPath} was not among the checked pages`);
  return { ...data, page, content: data.content };
}
