import type { Centre } from "../schemas/centres.ts";
import type { Lang } from "../schemas/common.ts";
import { absoluteUrl, type Deployment } from "./deployment.ts";

export type JsonLd = Record<string, unknown>;

/** The breadcrumb search engines show under a result: the same trail as the page's own breadcrumb. */
export function breadcrumbList(trail: Array<{ title: string; url: string }>, deployment: Deployment): JsonLd {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, name: crumb.title, item: absoluteUrl(deployment, crumb.url) })),
  };
}

/** "03-5361-8722" as an international number: "+81-3-5361-8722". */
export const internationalPhone = (phone: string) => `+81-${phone.replace(/^0/, "")}`;

/**
 * Each Center as a government office. Address and phone go in only when an official source confirms them:
 * structured data reaches readers without the page's caution about secondary sources.
 */
export function centreOffice(centre: Centre, lang: Lang, pageUrl: string, deployment: Deployment): JsonLd {
  const official = centre.contactConfidence === "official";
  return {
    "@type": "GovernmentOffice",
    "@id": `${absoluteUrl(deployment, pageUrl)}#${centre.id}`,
    name: centre.name[lang],
    description: centre.summary[lang],
    url: centre.website,
    areaServed: centre.city[lang],
    ...(official && centre.address ? { address: centre.address[lang] } : {}),
    ...(official && centre.phone ? { telephone: internationalPhone(centre.phone) } : {}),
  };
}

/** One JSON-LD block; `<` is escaped so no text in the data can close the script element. */
export function jsonLd(items: JsonLd[]): string {
  const body = items.length === 1 ? { "@context": "https://schema.org", ...items[0] } : { "@context": "https://schema.org", "@graph": items };
  return JSON.stringify(body).replace(/</g, "\\u003c");
}
