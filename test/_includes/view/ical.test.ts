import assert from "node:assert/strict";
import { test } from "node:test";
import { projectContent } from "#test/content.ts";
import { icalFeed } from "#view/ical.ts";
import { pageTree } from "#view/page-tree.ts";

const content = await projectContent();
const feed = () =>
  icalFeed({
    lang: "en",
    name: "Key dates",
    data: content,
    tree: pageTree(content.pages),
    deployment: { base: "https://example.org/", pathPrefix: "/" },
  });

test("the feed is the same whatever the time zone and the time of the build", () => {
  const zone = process.env.TZ;
  try {
    process.env.TZ = "Asia/Tokyo";
    const tokyo = feed();
    process.env.TZ = "America/Los_Angeles";
    assert.equal(feed(), tokyo);
    process.env.TZ = "Pacific/Kiritimati";
    assert.equal(feed(), tokyo);
  } finally {
    process.env.TZ = zone;
  }
});
