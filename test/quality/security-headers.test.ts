import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { LANGUAGES } from "#schemas/languages.ts";
import { conflictingHeaders, headersFor, readHostHeaders } from "#test/host-headers.ts";
import { builtPages, loadPage } from "#test/html.ts";
import { fileUrl, requireBuiltSite } from "#test/site.ts";
import { serveSite } from "#test/static-server.ts";

const REQUIRED = ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"];
const rules = await readHostHeaders(requireBuiltSite());
const pages = await builtPages();

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("_headers, as Netlify and Cloudflare Pages read it", () => {
  test("every page and every search file gets the security headers", () => {
    for (const url of [...pages, "/pagefind/en/pagefind.js", "/pagefind/ja/pagefind-worker.js", "/assets/anything.js"]) {
      const headers = headersFor(rules, url);
      for (const name of REQUIRED) assert.ok(headers[name], `${url} has no ${name}`);
      assert.equal(headers["X-Content-Type-Options"], "nosniff");
    }
  });

  test("the Content-Security-Policy allows no inline script and only what Pagefind needs", () => {
    const csp = directives(headersFor(rules, "/en/")["Content-Security-Policy"]!);
    const scripts = csp.get("script-src") ?? csp.get("default-src")!;
    assert.deepEqual(
      scripts.filter((s) => /unsafe-inline|unsafe-eval'$|^\*$|^https?:$|^data:$/.test(s) && s !== "'wasm-unsafe-eval'"),
      [],
    );
    assert.ok(scripts.includes("'wasm-unsafe-eval'"), "Pagefind compiles WebAssembly");
    assert.deepEqual(csp.get("worker-src"), ["'self'"], "the offline-reading service worker comes from this site");
    assert.deepEqual(csp.get("default-src"), ["'none'"]);
    assert.deepEqual(csp.get("style-src"), ["'self'"], "no inline styles either");
    assert.deepEqual(csp.get("frame-ancestors"), ["'none'"]);
  });
});

describe("the pages need nothing the policy forbids", () => {
  test("no inline script, inline style or event-handler attribute in any page", async () => {
    const found: string[] = [];
    for (const url of pages) {
      const html = await loadPage(url);
      for (const script of html.querySelectorAll("script")) {
        if (!script.getAttribute("src") && script.getAttribute("type") !== "application/ld+json") found.push(`${url}: inline <script>`);
      }
      if (html.querySelector("style")) found.push(`${url}: <style>`);
      for (const el of html.querySelectorAll("*")) {
        for (const name of Object.keys(el.attributes))
          if (name === "style" || /^on/i.test(name)) found.push(`${url}: ${name}= on <${el.tagName.toLowerCase()}>`);
      }
    }
    assert.deepEqual(found, []);
  });
});

describe("the test server sends them as a host would", () => {
  let server: Awaited<ReturnType<typeof serveSite>>;
  before(async () => {
    server = await serveSite(requireBuiltSite());
  });
  after(() => server?.close());

  test("a page and the Pagefind worker arrive with the policy", async () => {
    for (const url of ["en/students/", "pagefind/en/pagefind-worker.js"]) {
      const response = await fetch(`${server.url}${url}`);
      assert.equal(response.status, 200);
      for (const name of REQUIRED) assert.ok(response.headers.get(name), `${url} was served without ${name}`);
    }
  });
});

describe("caching in _headers", () => {
  test("no file gets the same header from two rules (hosts would join the values)", async () => {
    const site = requireBuiltSite();
    const files = (await readdir(site, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
    const conflicts = files
      .map((f) => fileUrl(path.relative(site, path.join(f.parentPath, f.name))))
      .flatMap((url) => conflictingHeaders(rules, url).map((name) => `${url}: ${name}`));
    assert.deepEqual(conflicts, []);
  });

  test("every page revalidates; every fingerprinted file is kept for a year", async () => {
    for (const url of [...pages, "/sitemap.xml", "/robots.txt", "/en/feed.xml"]) {
      assert.equal(headersFor(rules, url)["Cache-Control"], "public, max-age=0, must-revalidate", url);
    }
    const assets = await readdir(path.join(requireBuiltSite(), "assets"));
    assert.ok(assets.length >= 3);
    for (const name of assets) {
      assert.match(name, /\.[0-9a-f]{10}\.[a-z]+$/, `${name} has a content hash in its name`);
      assert.equal(headersFor(rules, `/assets/${name}`)["Cache-Control"], "public, max-age=31536000, immutable");
    }
    for (const lang of LANGUAGES) {
      for (const dir of ["fragment", "index", "filter"]) {
        const [first] = await readdir(path.join(requireBuiltSite(), "pagefind", lang, dir));
        assert.match(headersFor(rules, `/pagefind/${lang}/${dir}/${first}`)["Cache-Control"] ?? "", /immutable/, `${lang}/${dir}`);
      }
    }
  });
});
