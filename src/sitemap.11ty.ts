import { pageTree } from "../scripts/eleventy/page-tree.ts";
import type { PageData } from "../scripts/eleventy/page-data.ts";
import { sitemapXml } from "../scripts/eleventy/sitemap.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export const render = ({ collections, deployment }: PageData): string => sitemapXml(pageTree(collections.all), deployment);
