import type { CheckedContent } from "./checked-content.ts";
import type { EleventyConfig } from "./config-types.ts";
import { createMarkdown } from "./markdown.ts";

/** Eleventy names a template `./src/en/x.md`; the checks name its file `src/en/x.md`. */
const projectFile = (inputPath: string) => inputPath.replace(/^\.\//, "");

/**
 * Eleventy renders each Markdown page from what the checks read, instead of reading and parsing the file a second
 * time: its data is the checked front matter's `layout`, `permalink` and `reviewed` date, the only keys Eleventy
 * acts on (templates read the rest from the checked pages), and its Markdown is the text the checks read. So what
 * Eleventy renders is exactly what was checked, and at 4,000 pages the build's main thread no longer spends time
 * reading the files and their YAML twice.
 */
export function checkedMarkdown(eleventyConfig: EleventyConfig, { content }: { content: CheckedContent }): void {
  const md = createMarkdown();
  eleventyConfig.addExtension("md", {
    read: false,
    getData(inputPath: string) {
      const { layout, permalink, reviewed } = content.pageOf(projectFile(inputPath));
      // A page's date is the day it was last checked against its sources. Given here, it also spares Eleventy a
      // stat of every file for its creation time, which no template reads (at 4,000 pages: 6 % of the main thread).
      // Given as a Date, the instant Eleventy would parse from the string (midnight UTC, as the ISO date-only form
      // is read), without its Luxon parse of every page: 172-598 ms of the main thread at 4,000 pages.
      return { date: new Date(reviewed), ...(layout ? { layout } : {}), ...(permalink ? { permalink } : {}) };
    },
    compile(_unread: string, inputPath: string) {
      const file = projectFile(inputPath);
      // Read at render time, not compile time: under `npm start` the checks read an edited page again before each run.
      return (data: Record<string, unknown>) => md.render(content.markdownOf(file), data);
    },
    // Nothing to cache: compiling only names the file, and a cached render would outlive an edit of it.
    compileOptions: { cache: false },
  });
}
