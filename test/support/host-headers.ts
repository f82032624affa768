import { existsSync } from "node:fs";
import path from "node:path";
import { type Header, parseAllHeaders } from "@netlify/headers-parser";

/** The rules of a built site's `_headers`, read by Netlify's own parser so a malformed file fails here as it would there. */
export async function readHostHeaders(site: string): Promise<Header[]> {
  const file = path.join(site, "_headers");
  if (!existsSync(file)) throw new Error(`${file} is missing: the build writes it (scripts/eleventy/host-headers.ts)`);
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: undefined, minimal: false });
  if (errors.length) throw new Error(`${file} is not a valid _headers file:\n${errors.map((e) => e.message).join("\n")}`);
  return headers as Header[];
}

/** Every header the host would send for a path: all matching rules apply, and a header two rules set gets both values. */
export function headersFor(rules: Header[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => r.forRegExp.test(urlPath))) {
    for (const [name, value] of Object.entries(rule.values)) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** Headers that more than one rule sets for a path: Netlify and Cloudflare Pages would join their values. */
export function conflictingHeaders(rules: Header[], urlPath: string): string[] {
  const names = rules.filter((r) => r.forRegExp.test(urlPath)).flatMap((rule) => Object.keys(rule.values).map((n) => n.toLowerCase()));
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}
