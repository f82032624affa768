import { SITEMAP, XHTML, XMLNS, xml, xmlDocument } from "#lib/xml.ts";
import { LANGUAGES } from "#schemas/languages.ts";
import { absoluteUrl, type Deployment } from "./absolute-url.ts";
import type { PageTree } from "./page-tree.ts";

/** Every page of every language, each with its translations as hreflang alternates, dated by its last review. */
export function sitemapXml(tree: PageTree, deployment: Deployment): string {
  const urlset = xmlDocument("UTF-8").ele(SITEMAP, "urlset").att(XMLNS, "xmlns:xhtml", XHTML);
  for (const lang of LANGUAGES) {
    for (const page of [...tree.alphabetical(lang)].sort((a, b) => a.url.localeCompare(b.url))) {
      const url = urlset.ele("url");
      url.ele("loc").txt(absoluteUrl(deployment, page.url));
      url.ele("lastmod").txt(page.reviewed);
      const translations = LANGUAGES.map((other) => tree.find(other, page.translationKey)).filter((t) => t !== undefined);
      if (translations.length < 2) continue;
      for (const translation of translations) {
        url.ele(XHTML, "xhtml:link", { rel: "alternate", hreflang: translation.lang, href: absoluteUrl(deployment, translation.url) });
      }
    }
  }
  return xml(urlset);
}

/** Crawlers may read everything and are pointed at the sitemap. */
export const robotsTxt = (deployment: Deployment): string =>
  `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(deployment, "/sitemap.xml")}\n`;
