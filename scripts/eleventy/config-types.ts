import type { MarkdownIt } from "markdown-it";

export interface EleventyEventArgs {
  directories: { input: string; output: string; includes: string; data: string };
  runMode: "build" | "watch" | "serve";
  outputMode: string;
  incremental: boolean;
  results?: Array<{ inputPath: string; outputPath: string | false; url: string | false; content: string }>;
}

/** The part of Eleventy's configuration API this project uses (Eleventy ships no TypeScript types). */
export interface EleventyConfig {
  /** Set from `--pathprefix` (or the programmatic `pathPrefix` option); "/" by default. */
  pathPrefix?: string;
  addExtension(extensions: string | string[], options: object): void;
  addTemplateFormats(formats: string): void;
  addLayoutAlias(alias: string, target: string): void;
  addWatchTarget(target: string): void;
  addGlobalData(name: string, value: unknown): void;
  addDataExtension(extensions: string, options: { parser: (contents: string, filePath: string) => unknown }): void;
  setLibrary(name: "md", library: MarkdownIt): void;
  setFrontMatterParsingOptions(options: object): void;
  addPlugin(plugin: (config: EleventyConfig, options?: never) => void | Promise<void>, options?: object): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (args: EleventyEventArgs) => unknown): void;
}
