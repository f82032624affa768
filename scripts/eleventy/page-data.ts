import type { Lang } from "../schemas/common.ts";
import type { Deployment } from "./deployment.ts";
import type { CentresFile } from "../schemas/centres.ts";
import type { FrontMatter } from "../schemas/front-matter.ts";
import type { ScholarshipsFile } from "../schemas/scholarships.ts";
import type { SidebarFile } from "../schemas/sidebar.ts";
import type { Site } from "../schemas/site.ts";
import type { Strings } from "../schemas/strings.ts";

/** A page as Eleventy lists it in `collections.all`. */
export interface CollectionItem {
  url: string | false;
  inputPath: string;
  data: Partial<FrontMatter> & { lang?: Lang };
}

/** The global data every template receives: the validated _data/ files. */
export interface GlobalData {
  site: Site;
  strings: Record<Lang, Strings>;
  centres: CentresFile;
  scholarships: ScholarshipsFile;
  sidebar: SidebarFile;
  /** Asset URLs with a content hash, so they can be cached for ever. */
  assets: { css: string; search: string; icon: string; register: string };
  deployment: Deployment;
}

/** What a layout receives for a Markdown page: its front matter (validated), the rendered content and the site's data. */
export interface PageData extends FrontMatter, GlobalData {
  lang: Lang;
  content: string;
  page: { url: string; inputPath: string };
  collections: { all: CollectionItem[] };
}
