import { slugify } from "#lib/slugify.ts";

/** `## Heading {#fixed-id}`: the one attribute a heading may set (see #eleventy/markdown.ts). */
export const HEADING_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/**
 * The id each heading of a page's Markdown will have, with its line: its fixed id, or its text made into a slug the
 * way the renderer makes it (a repeated slug gets -1, -2, …). Headings inside fenced code are not headings.
 */
export function headingIds(markdown: string): Array<{ id: string; line: number }> {
  const found: Array<{ id: string; line: number }> = [];
  const seen = new Map<string, number>();
  let fence: string | undefined;
  markdown.split("\n").forEach((text, i) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker;
    if (fence || marker) return;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (!heading) return;
    const fixed = HEADING_ID.exec(heading[1]!)?.[1];
    let id = fixed ?? slugify(heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"));
    if (!fixed) {
      const count = seen.get(id) ?? 0;
      seen.set(id, count + 1);
      if (count) id = `${id}-${count}`;
    }
    found.push({ id, line: i + 1 });
  });
  return found;
}
