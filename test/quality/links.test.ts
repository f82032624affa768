import assert from "node:assert/strict";
import { test } from "node:test";
import { LinkChecker, LinkState } from "linkinator";
import { builtPages } from "#test/html.ts";
import { pageFile, requireBuiltSite } from "#test/site.ts";

test("no broken internal link, asset or #fragment anywhere in the built site", async () => {
  const site = requireBuiltSite();
  const pages = await builtPages();
  // Start from every page, so pages nothing links to (the 404 pages) are checked too.
  const starts = pages.map(pageFile);
  const result = await new LinkChecker().check({
    path: starts,
    serverRoot: site,
    recurse: true,
    checkFragments: true,
    // Official sites are outside this check: the machine running it may have no internet.
    linksToSkip: async (link) => /^(https?:)?\/\//.test(link) && !/^https?:\/\/localhost[:/]/.test(link),
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (${link.status}) linked from ${link.parent}`);
  assert.deepEqual(broken, []);
  const checked = result.links.filter((link) => link.state === LinkState.OK).length;
  assert.ok(checked >= pages.length, `only ${checked} links were followed: is the checker reading the pages?`);
});
