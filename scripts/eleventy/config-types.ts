interface EleventyEventArgs {
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
  /** Globs of input files Eleventy leaves out (added to its defaults). */
  ignores: Set<string>;
  /** Files the watcher does not react to (under `npm start`). */
  watchIgnores: Set<string>;
  addExtension(extensions: string | string[], options: object): void;
  addTemplateFormats(formats: string): void;
  addLayoutAlias(alias: string, target: string): void;
  addWatchTarget(target: string): void;
  addGlobalData(name: string, value: unknown): void;
  /** Which files beside a template Eleventy reads as its data ([] for none). */
  setDataFileSuffixes(suffixes: string[]): void;
  addPlugin(plugin: (config: EleventyConfig) => void | Promise<void>): void;
  addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => void | Promise<void>, options: Options): void;
  /** "sequential": event handlers run one after another, in the order they were added. */
  setEventEmitterMode(mode: "sequential" | "parallel"): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (args: EleventyEventArgs) => unknown): void;
  /** Before each rebuild in watch mode: the files that changed since the last build. */
  on(event: "eleventy.beforeWatch", handler: (changedFiles: string[]) => unknown): void;
  /** After each rebuild in watch mode, whether it succeeded or not. */
  on(event: "eleventy.afterwatch", handler: () => unknown): void;
  /** chokidar's options for watch mode, merged over Eleventy's own. */
  setChokidarConfig(options: { awaitWriteFinish?: false | { stabilityThreshold: number; pollInterval: number } }): void;
}
