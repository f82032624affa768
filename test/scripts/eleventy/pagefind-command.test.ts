import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { PagefindQueue, recordFile } from "#eleventy/pagefind-command.ts";

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Every result Pagefind wrote for a bundle, as the search script receives it (fragments are gzipped JSON). */
async function fragments(bundle: string): Promise<Fragment[]> {
  const folder = path.join(bundle, "fragment");
  return Promise.all(
    (await readdir(folder)).map(async (name) => {
      const bytes = gunzipSync(await readFile(path.join(folder, name)));
      return JSON.parse(bytes.subarray(bytes.indexOf("{")).toString("utf8")) as Fragment;
    }),
  );
}

const hostile = '<script>alert("x")</script> & "quotes" </p><img src=x onerror=alert(1)>';
let site: string;
let queue: PagefindQueue;
before(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), "pagefind-command-"));
  await mkdir(path.join(site, "en"), { recursive: true });
  await writeFile(
    path.join(site, "en/index.html"),
    '<!DOCTYPE html><html lang="en"><head><title>Home</title></head><body><main data-pagefind-body><h1>Home</h1><p>Internships for students.</p></main></body></html>',
  );
  queue = new PagefindQueue();
});
after(async () => {
  await queue.close();
  await rm(site, { recursive: true, force: true });
});

test("a language's pages and its data records are indexed by Pagefind's command, each record at its entry's address", async () => {
  const bundle = path.join(site, "pagefind/en");
  const seconds = await queue.index({
    site,
    lang: "en",
    bundle,
    records: [
      {
        url: "/en/students/working/centers/#osaka",
        language: "en",
        content: "Osaka Employment Service Center\nNear Umeda station",
        meta: { title: "Osaka Employment Service Center" },
        filters: { type: ["center"], section: ["working"] },
      },
      { url: "/en/x/#odd", language: "en", content: hostile, meta: { title: hostile }, filters: { type: ["event"] } },
    ],
  });
  assert.ok(seconds > 0, "the queue says how long the indexing took");
  assert.ok(existsSync(path.join(bundle, "pagefind.js")), "the language's bundle is written where it was asked for");
  assert.deepEqual(
    (await readdir(site)).sort(),
    ["en", "pagefind"],
    "the records' pages are removed once indexed: nothing else is left in the site",
  );
  const found = await fragments(bundle);
  assert.equal(found.length, 3, "one result for the page and one for each record");
  assert.ok(found.some((f) => f.url === "/en/" && f.content.includes("Internships")));
  // The search script reads the entry's address from this one (src/assets/search.ts).
  const osaka = found.find((f) => f.url === "/_search-records-en/en/students/working/centers/osaka.html");
  assert.deepEqual(Object.keys(osaka?.meta ?? {}), ["title"], "no other metadata: Pagefind searches every field as words");
  assert.equal(osaka?.meta.title, "Osaka Employment Service Center");
  assert.deepEqual(osaka?.filters, { section: ["working"], type: ["center"] });
  assert.match(osaka!.content, /Near Umeda station/);
  const odd = found.find((f) => f.url === "/_search-records-en/en/x/odd.html");
  assert.equal(odd?.meta.title, hostile, "a record's markup-like text stays text, whole");
  assert.ok(odd?.content.includes(hostile), "and so does its content");
});

test("languages queued together are indexed side by side, each into its own bundle, with its own records", async () => {
  await mkdir(path.join(site, "ja"), { recursive: true });
  await writeFile(
    path.join(site, "ja/index.html"),
    '<!DOCTYPE html><html lang="ja"><head><title>ホーム</title></head><body><main data-pagefind-body><h1>ホーム</h1><p>留学生のインターンシップ。</p></main></body></html>',
  );
  const record = (lang: string, title: string) => ({
    url: `/${lang}/students/#record`,
    language: lang,
    content: title,
    meta: { title },
    filters: { type: ["event"] },
  });
  const bundles = { en: path.join(site, "together/en"), ja: path.join(site, "together/ja") };
  const [en, ja] = await Promise.all([
    queue.index({ site, lang: "en", bundle: bundles.en, records: [record("en", "Career fair")] }),
    queue.index({ site, lang: "ja", bundle: bundles.ja, records: [record("ja", "合同企業説明会")] }),
  ]);
  assert.ok(en > 0 && ja > 0);
  const urls = async (bundle: string) => (await fragments(bundle)).map((f) => `${f.url} ${f.meta.title}`).sort();
  assert.deepEqual(await urls(bundles.en), ["/_search-records-en/en/students/record.html Career fair", "/en/ Home"]);
  assert.deepEqual(await urls(bundles.ja), ["/_search-records-ja/ja/students/record.html 合同企業説明会", "/ja/ ホーム"]);
  assert.deepEqual((await readdir(site)).sort(), ["en", "ja", "pagefind", "together"], "no record pages are left");
  await rm(path.join(site, "ja"), { recursive: true });
  await rm(path.join(site, "together"), { recursive: true });
});

test("a failure of Pagefind's command stops the indexing with what Pagefind said", async () => {
  await assert.rejects(
    queue.index({ site: path.join(site, "missing"), lang: "en", bundle: path.join(site, "out"), records: [] }),
    /^Error: Pagefind could not index the en pages: .+/,
  );
});

test("a record page that cannot be written stops the indexing, and leaves no record pages behind", async () => {
  const record = (url: string) => ({ url, language: "en", content: "Career fair", meta: { title: "Career fair" } });
  // The second record's page needs a folder where the first one's page is a file: one of the two writes fails.
  await assert.rejects(
    queue.index({
      site,
      lang: "en",
      bundle: path.join(site, "clash"),
      records: [record("/en/a/#b"), record("/en/a/b.html/#c"), ...Array.from({ length: 50 }, (_, i) => record(`/en/x${i}/#y`))],
    }),
    /^Error: Pagefind could not index the en pages: E(ISDIR|EXIST|NOTDIR)\b/,
  );
  assert.deepEqual((await readdir(site)).sort(), ["en", "pagefind"], "nothing was written into the site, nor left there");
});

test("a record's page is named for its entry, and never outside the records' folder", () => {
  assert.equal(recordFile("/en/students/working/centers/#osaka"), "en/students/working/centers/osaka.html");
  assert.equal(recordFile("/ja/#top"), "ja/top.html");
  for (const url of [
    "/en/../../etc/#passwd",
    "/en/x/#../../a",
    "/en/x/#a/b",
    "/en/x/#.hidden",
    "/en/x/",
    "en/x/#a",
    "/en/x#a",
    "/en//x/#a",
    "/en/x/#a#b",
  ]) {
    assert.throws(() => recordFile(url), /is not a page's and an anchor/, url);
  }
});
