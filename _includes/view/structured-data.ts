import type { Center } from "#schemas/centers.ts";
import type { Lang } from "#schemas/common.ts";
import type { SiteData } from "#schemas/data-files.ts";
import { absoluteUrl, type Deployment } from "./absolute-url.ts";
import { sourceById } from "./citations.ts";
import { internationalPhone } from "./phone.ts";

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

/**
 * Each Center as a government office. Address and phone go in only when an official source confirms them:
 * structured data reaches readers without the page's caution about secondary sources.
 */
export function centerOffice(center: Center, lang: Lang, pageUrl: string, deployment: Deployment, data: Pick<SiteData, "sources">): JsonLd {
  const official = (center.contactSources ?? []).every((id) => sourceById(data, id).kind === "official");
  return {
    "@type": "GovernmentOffice",
    "@id": `${absoluteUrl(deployment, pageUrl)}#${center.id}`,
    name: center.name[lang],
    description: center.summary[lang],
    url: sourceById(data, center.website).url,
    areaServed: center.city[lang],
    ...(official && center.address ? { address: center.address[lang] } : {}),
    ...(official && center.phone ? { telephone: internationalPhone(center.phone) } : {}),
  };
}

/** One JSON-LD block; `<` is escaped so no text in the data can close the script element. */
export function jsonLd(items: JsonLd[]): string {
  const body =
    items.length === 1 ? { "@context": "https://schema.org", ...items[0] } : { "@context": "https://schema.org", "@graph": items };
  return JSON.stringify(body).replace(/</g, "\\u003c");
}
