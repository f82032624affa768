import { jsxToString } from "jsx-async-runtime";
import type { EleventyConfig } from "./config-types.ts";

/**
 * Eleventy starts every page's layout at once, and a layout's render is a promise, so thousands of half-rendered
 * pages used to be alive together: at 16,000 pages the garbage collector took 21 s of a 55 s build. Rendering is all
 * on one thread anyway, so one page at a time costs nothing and keeps the heap small. (The JSX runtime itself awaits
 * only where a component returns a promise, none of ours does: see patches/jsx-async-runtime+*.patch.)
 */
function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = queue.then(breathe).then(task, task);
    queue = run.catch(() => {});
    return run;
  };
}

/**
 * Rendering a run's pages is one long chain of promises, and Node reads no I/O until it ends: Pagefind's answers,
 * while the build indexes the language written last, waited for the whole run. A pause for I/O every few
 * milliseconds keeps Pagefind busy on the other core.
 */
let lastBreath = performance.now();
async function breathe(): Promise<void> {
  if (performance.now() - lastBreath < 5) return;
  await new Promise((resolve) => setImmediate(resolve));
  lastBreath = performance.now();
}

/** Layouts and pages written in TSX render to strings; text is escaped unless a component opts out. */
export function tsxTemplates(eleventyConfig: EleventyConfig): void {
  const render = oneAtATime();
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return function (this: { defaultRenderer(data: unknown): Promise<JSX.Element> }, data: unknown) {
        return render(async () => jsxToString.call({}, await this.defaultRenderer(data)));
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
  // Plain-text outputs (sitemap, robots.txt, feeds) are TypeScript modules whose render returns a string.
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
}
