import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { contentSecurityPolicy, HEADER_RULES, renderHeadersFile } from "../../../scripts/eleventy/host-headers.ts";
import { headersFor, readHostHeaders } from "../../support/host-headers.ts";

test("contentSecurityPolicy joins directives the way browsers read them", () => {
  assert.equal(contentSecurityPolicy({ "default-src": ["'none'"], "img-src": ["'self'", "data:"] }), "default-src 'none'; img-src 'self' data:");
});

test("the rendered _headers file reads back, through Netlify's parser, as the rules it came from", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "headers-"));
  try {
    const rules = [...HEADER_RULES, { path: "/assets/*", headers: { "Cache-Control": "public, max-age=31536000, immutable" } }];
    await writeFile(path.join(dir, "_headers"), renderHeadersFile(rules));
    const parsed = await readHostHeaders(dir);
    assert.deepEqual(parsed.map((r) => r.for), ["/*", "/assets/*"]);
    assert.equal(headersFor(parsed, "/assets/style.css")["Cache-Control"], "public, max-age=31536000, immutable");
    assert.equal(headersFor(parsed, "/en/")["Cache-Control"], undefined);
    assert.deepEqual(headersFor(parsed, "/en/"), HEADER_RULES[0]!.headers);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
