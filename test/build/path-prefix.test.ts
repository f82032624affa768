import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { LinkChecker, LinkState } from "linkinator";
import { parse } from "node-html-parser";
import { type BrowsedSite, browseSite, recordProblems } from "#test/browser.ts";
import { builtPages } from "#test/html.ts";
import { copyProject, runBuild } from "#test/project-copy.ts";
import { pageFile } from "#test/site.ts";

// A GitHub Pages project site: https://<owner>.github.io/study-japan/
const PREFIX = "/study-japan/";
let project: Awaited<ReturnType<typeof copyProject>>;
let site: string;
let browsed: BrowsedSite;

before(async () => {
  project = await copyProject();
  const build = await runBuild(project.dir, { SITE_URL: "https://owner.github.io" }, [`--pathprefix=${PREFIX}`]);
  assert.equal(build.code, 0, build.output);
  site = path.join(project.dir, "_site");
  browsed = await browseSite({ site, prefix: PREFIX });
});
after(async () => {
  await browsed?.close();
  await project?.remove();
});

test("every root-relative link, asset and alternate in every page carries the prefix", async () => {
  const pages = await builtPages(site);
  const unprefixed: string[] = [];
  for (const page of pages) {
    const html = parse(await readFile(path.join(site, pageFile(page)), "utf8"));
    for (const el of html.querySelectorAll("[href], [src], [action]")) {
      const url = el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("action")!;
      if (url.startsWith("/") && !url.startsWith(PREFIX)) unprefixed.push(`${page}: ${url}`);
    }
  }
  assert.ok(pages.length >= 20);
  assert.deepEqual(unprefixed, []);
});

test("canonical links, the sitemap, robots.txt and the feeds use SITE_URL and the prefix", async () => {
  const home = parse(await readFile(path.join(site, "en/index.html"), "utf8"));
  assert.equal(home.querySelector('link[rel="canonical"]')?.getAttribute("href"), "https://owner.github.io/study-japan/en/");
  assert.match(
    await readFile(path.join(site, "sitemap.xml"), "utf8"),
    /<loc>https:\/\/owner\.github\.io\/study-japan\/ja\/students\/<\/loc>/,
  );
  assert.match(await readFile(path.join(site, "robots.txt"), "utf8"), /^Sitemap: https:\/\/owner\.github\.io\/study-japan\/sitemap\.xml$/m);
  assert.match(
    await readFile(path.join(site, "ja/feed.xml"), "utf8"),
    /<link href="https:\/\/owner\.github\.io\/study-japan\/ja\/feed\.xml" rel="self"\/>/,
  );
});

test("no broken link, asset or #fragment when served under the prefix", async () => {
  const result = await new LinkChecker().check({
    path: [`${browsed.url}en/`, `${browsed.url}ja/`, browsed.url],
    recurse: true,
    checkFragments: true,
    linksToSkip: async (link) => !link.startsWith(browsed.url.replace(/\/study-japan\/$/, "")),
  });
  const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (${l.status}) from ${l.parent}`);
  assert.deepEqual(broken, []);
  assert.ok(result.links.filter((l) => l.state === LinkState.OK).length >= 20);
});

test("search works under the prefix, in both languages, and its results open", () =>
  browsed.withPage(async (page) => {
    const problems = recordProblems(page);
    for (const [lang, query] of [
      ["en", "Osaka"],
      ["ja", "インターンシップ"],
    ] as const) {
      await page.goto(`${browsed.url}${lang}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector("#search-results > li > a");
      const first = await page.$eval("#search-results > li > a", (a) => (a as HTMLAnchorElement).pathname);
      assert.match(first, new RegExp(`^${PREFIX}${lang}/students/working/`));
      await page.click("#search-results > li > a");
      await page.waitForLoadState("load");
      assert.equal(new URL(page.url()).pathname, first);
      assert.ok(await page.isVisible("main h1"), "the result opens a real page");
    }
    assert.deepEqual(problems, []);
  })());
