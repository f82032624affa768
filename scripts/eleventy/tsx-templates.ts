import { pathToFileURL } from "node:url";
import { jsxToString } from "jsx-async-runtime";
import { getOrMake } from "#lib/get-or-make.ts";
import { type CompiledBuild, compiledFile } from "#tooling/compiled-build.mjs";
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

/** A template module: what Eleventy reads of it (its `data` export) and its render function. */
type TemplateModule = { data?: unknown; render(data: unknown): unknown };

/**
 * Under the build command, each template and layout is the module compiled with the rest of the build's code (see
 * scripts/tooling/compiled-build.mjs), imported once for all of the build's Eleventy runs. Eleventy would import it
 * again in each run (its JavaScript templates are never cached, `?_cache_bust`), which needs a TypeScript loader.
 * A template is a function of its data, as TypeScript's strict mode has it write: its `this` is not Eleventy's.
 */
function compiledTemplates(eleventyConfig: EleventyConfig, compiled: CompiledBuild, render: ReturnType<typeof oneAtATime>): void {
  const modules = new Map<string, Promise<TemplateModule>>();
  // A plain object: Eleventy keys its compile cache by what it read, and a module namespace has no string form.
  const moduleOf = (inputPath: string) =>
    getOrMake(modules, inputPath, () =>
      import(pathToFileURL(compiledFile(compiled, inputPath)).href).then((module: TemplateModule) => ({ ...module })),
    );
  const renderers: Record<string, (template: TemplateModule, data: unknown) => unknown> = {
    // One page at a time, as below.
    "11ty.tsx": (template, data) => render(async () => jsxToString.call({}, (await template.render(data)) as JSX.Element)),
    // Plain text (sitemap, robots.txt, feeds): the string the template returns.
    "11ty.ts": (template, data) => template.render(data),
  };
  for (const [format, renderWith] of Object.entries(renderers)) {
    eleventyConfig.addExtension([format], {
      key: "11ty.js",
      getInstanceFromInputPath: moduleOf,
      getData: true,
      compile: (_module: unknown, inputPath: string) => async (data: unknown) => renderWith(await moduleOf(inputPath), data),
    });
    eleventyConfig.addTemplateFormats(format);
  }
}

/** Layouts and pages written in TSX render to strings; text is escaped unless a component opts out. */
export function tsxTemplates(eleventyConfig: EleventyConfig, { compiled }: { compiled?: CompiledBuild | undefined } = {}): void {
  const render = oneAtATime();
  if (compiled) {
    compiledTemplates(eleventyConfig, compiled, render);
    return;
  }
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
