import { absoluteUrl, type Deployment } from "./absolute-url.ts";

export type JsonLd = Record<string, unknown>;

/** The breadcrumb search engines show under a result: the same trail as the page's own breadcrumb. */
export function breadcrumbList(trail: Array<{ title: string; url: string }>, deployment: Deployment): JsonLd {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.title,
      item: absoluteUrl(deployment, crumb.url),
    })),
  };
}

/** One JSON-LD block; `<` is escaped so no text in the data can close the script element. */
export function jsonLd(items: JsonLd[]): string {
  const body =
    items.length === 1 ? { "@context": "https://schema.org", ...items[0] } : { "@context": "https://schema.org", "@graph": items };
  return JSON.stringify(body).replace(/</g, "\\u003c");
}
