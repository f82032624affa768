import { escapeXml } from "#lib/xml.ts";
import { LANGUAGES } from "#schemas/common.ts";
import { absoluteUrl, type Deployment } from "./absolute-url.ts";
import type { PageTree } from "./page-tree.ts";

/** Every page of every language, each with its translations as hreflang alternates, dated by its last review. */
export function sitemapXml(tree: PageTree, deployment: Deployment): string {
  const urls = LANGUAGES.flatMap((lang) =>
    [...tree.alphabetical(lang)]
      .sort((a, b) => a.url.localeCompare(b.url))
      .map((page) => {
        const alternates = LANGUAGES.map((other) => tree.find(other, page.translationKey))
          .filter((t) => t !== undefined)
          .map((t) => `    <xhtml:link rel="alternate" hreflang="${t.lang}" href="${escapeXml(absoluteUrl(deployment, t.url))}"/>`);
        return [
          "  <url>",
          `    <loc>${escapeXml(absoluteUrl(deployment, page.url))}</loc>`,
          ...(page.reviewed ? [`    <lastmod>${page.reviewed}</lastmod>`] : []),
          ...(alternates.length > 1 ? alternates : []),
          "  </url>",
        ].join("\n");
      }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}

/** Crawlers may read everything and are pointed at the sitemap. */
export const robotsTxt = (deployment: Deployment): string =>
  `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(deployment, "/sitemap.xml")}\n`;
