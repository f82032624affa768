import type { SiteGlobals } from "#view/page-data.ts";
import { sitemapXml } from "#view/sitemap.ts";

export const data = { permalink: "/sitemap.xml", layout: false };

export const render = ({ pages, deployment }: SiteGlobals): string => sitemapXml(pages, deployment);
