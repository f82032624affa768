import type { SiteGlobals } from "#view/page-data.ts";
import { robotsTxt } from "#view/sitemap.ts";

export const data = { permalink: "/robots.txt", layout: false };

export const render = ({ deployment }: SiteGlobals): string => robotsTxt(deployment);
