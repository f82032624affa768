import { writeFile } from "node:fs/promises";
import path from "node:path";
import { LANGUAGES } from "#schemas/languages.ts";
import type { EleventyConfig } from "./config-types.ts";

/**
 * Only our own files may load. Scripts: the search enhancement and Pagefind, never inline code.
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval'); the offline-reading service worker is our own file (worker-src).
 */
const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  "default-src": ["'none'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "worker-src": ["'self'"],
  "connect-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

export const contentSecurityPolicy = (policy = CONTENT_SECURITY_POLICY) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");

export interface HeaderRule {
  /** A path pattern as Netlify and Cloudflare Pages read it: `*` matches anything. */
  path: string;
  headers: Record<string, string>;
}

const REVALIDATE = { "Cache-Control": "public, max-age=0, must-revalidate" };
const FOR_EVER = { "Cache-Control": "public, max-age=31536000, immutable" };
/** The folders of a language's Pagefind bundle whose files are named by content hash. */
const HASHED_SEARCH_FOLDERS = ["fragment", "index", "filter"];

/**
 * Hosts join the values of a header set by two matching rules, so each path gets Cache-Control from one rule only:
 * pages (all under a language folder, plus the root files) revalidate on every visit; files whose name carries a
 * content hash (our assets, the index chunks of each language's Pagefind bundle) are kept for a year. Other
 * Pagefind files keep the host's default.
 */
export const HEADER_RULES: HeaderRule[] = [
  {
    path: "/*",
    headers: {
      "Content-Security-Policy": contentSecurityPolicy(),
      "X-Content-Type-Options": "nosniff",
      // Official sites we link to learn only that a reader came from this site, not from which page.
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
    },
  },
  ...["/", "/index.html", "/404.html", "/sitemap.xml", "/robots.txt", "/sw.js", ...LANGUAGES.map((lang) => `/${lang}/*`)].map((path) => ({
    path,
    headers: REVALIDATE,
  })),
  ...["/assets/*", ...LANGUAGES.flatMap((lang) => HASHED_SEARCH_FOLDERS.map((dir) => `/pagefind/${lang}/${dir}/*`))].map((path) => ({
    path,
    headers: FOR_EVER,
  })),
];

/** The `_headers` file format: a path line, then its headers indented below it. */
export function renderHeadersFile(rules: HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

/** Writes `_headers` at the root of the built site, where Netlify and Cloudflare Pages look for it. */
export function hostHeaders(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await writeFile(path.join(directories.output, "_headers"), renderHeadersFile(HEADER_RULES));
  });
}
