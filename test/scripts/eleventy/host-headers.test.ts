import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { contentSecurityPolicy, HEADER_RULES, type HeaderRule, renderHeadersFile } from "#eleventy/host-headers.ts";
import { conflictingHeaders, headersFor, readHostHeaders } from "#test/host-headers.ts";

/** Writes rules as a `_headers` file and reads them back through Netlify's parser. */
async function roundTrip(rules: HeaderRule[]) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "headers-"));
  try {
    await writeFile(path.join(dir, "_headers"), renderHeadersFile(rules));
    return await readHostHeaders(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test("contentSecurityPolicy joins directives the way browsers read them", () => {
  assert.equal(
    contentSecurityPolicy({ "default-src": ["'none'"], "img-src": ["'self'", "data:"] }),
    "default-src 'none'; img-src 'self' data:",
  );
});

test("the rendered _headers file reads back, through Netlify's parser, as the rules it came from", async () => {
  const parsed = await roundTrip(HEADER_RULES);
  assert.deepEqual(
    parsed.map((r) => r.for),
    HEADER_RULES.map((r) => r.path),
  );
  assert.equal(headersFor(parsed, "/en/students/")["Cache-Control"], "public, max-age=0, must-revalidate");
  assert.equal(headersFor(parsed, "/assets/style.0123456789.css")["Cache-Control"], "public, max-age=31536000, immutable");
  assert.equal(headersFor(parsed, "/en/students/")["X-Content-Type-Options"], "nosniff");
});

test("a header set by two matching rules is joined, as hosts do, and reported as a conflict", async () => {
  const parsed = await roundTrip([
    { path: "/*", headers: { "Cache-Control": "no-cache" } },
    { path: "/assets/*", headers: { "Cache-Control": "immutable" } },
  ]);
  assert.equal(headersFor(parsed, "/assets/a.css")["Cache-Control"], "no-cache, immutable");
  assert.deepEqual(conflictingHeaders(parsed, "/assets/a.css"), ["cache-control"]);
  assert.deepEqual(conflictingHeaders(parsed, "/en/"), []);
});
