import path from "node:path";

/** The URL Eleventy gives a Markdown page under src/: its permalink, or its path with `index` and `.md` folded. */
export function pageUrl(file: string, permalink?: string): string {
  if (permalink) return permalink.replace(/index\.html$/, "");
  const relative = path.posix.relative("src", file).replace(/\.md$/, "");
  const folder = relative === "index" || relative.endsWith("/index") ? relative.replace(/\/?index$/, "") : relative;
  return folder ? `/${folder}/` : "/";
}
