import { jsxToString } from "jsx-async-runtime";
import type { EleventyConfig } from "./config-types.ts";

/** Layouts and pages written in TSX render to strings; text is escaped unless a component opts out. */
export function tsxTemplates(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension(["11ty.tsx"], {
    key: "11ty.js",
    compile() {
      return async function (this: { defaultRenderer(data: unknown): Promise<JSX.Element> }, data: unknown) {
        const element = await this.defaultRenderer(data);
        return jsxToString.call({}, element);
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
  // Plain-text outputs (sitemap, robots.txt, feeds) are TypeScript modules whose render returns a string.
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
}
