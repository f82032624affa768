import { SITEMAP, XHTML, type XmlElement, xml } from "#lib/xml.ts";
import { LANGUAGES } from "#schemas/languages.ts";
import { absoluteUrl, type Deployment } from "./absolute-url.ts";
import type { PageTree } from "./page-tree.ts";

/** Every page of every language, each with its translations as hreflang alternates, dated by its last review. */
export function sitemapXml(tree: PageTree, deployment: Deployment): string {
  const urls: XmlElement[] = [];
  for (const lang of LANGUAGES) {
    for (const page of [...tree.alphabetical(lang)].sort((a, b) => a.url.localeCompare(b.url))) {
      const url: XmlElement = { loc: absoluteUrl(deployment, page.url), lastmod: page.reviewed };
      const translations = LANGUAGES.map((other) => tree.find(other, page.translationKey)).filter((t) => t !== undefined);
      if (translations.length >= 2) {
        url["xhtml:link"] = translations.map((translation) => ({
          "@_rel": "alternate",
          "@_hreflang": translation.lang,
          "@_href": absoluteUrl(deployment, translation.url),
        }));
      }
      urls.push(url);
    }
  }
  return xml({ urlset: { "@_xmlns": SITEMAP, "@_xmlns:xhtml": XHTML, url: urls } }, "UTF-8");
}

/** Crawlers may read everything and are pointed at the sitemap. */
export const robotsTxt = (deployment: Deployment): string =>
  `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(deployment, "/sitemap.xml")}\n`;
