import type { GlobalData } from "../scripts/eleventy/page-data.ts";
import { robotsTxt } from "../scripts/eleventy/sitemap.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export const render = ({ deployment }: GlobalData): string => robotsTxt(deployment);
