// Eleventy ships no TypeScript declarations: these name only what the build uses.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    source?: "cli" | "script";
    /** Runs on Eleventy's configuration object just before the project's configuration file does. */
    config?: (eleventyConfig: import("#eleventy/config-types.ts").EleventyConfig) => void | Promise<void>;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    /** Builds, then rebuilds on every change; with `setIncrementalBuild(true)`, only what the change touches. */
    watch(): Promise<unknown>;
    stopWatch(): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    serve(port?: number): Promise<void>;
    /** The dev server `serve` started (internal to Eleventy, used to reload browsers after another run's rebuild). */
    readonly eleventyServe: { reload(event: { files: string[] }): Promise<void> };
    setIsVerbose(verbose: boolean): void;
    /** Eleventy's console; `overrideLogger` sends its lines to another console-like object. */
    readonly logger: { overrideLogger(logger: Record<"log" | "info" | "warn" | "error", (message: string) => void> | false): void };
  }
  export default Eleventy;
  /** Rewrites root-relative URLs in the output for `--pathprefix`. */
  export const HtmlBasePlugin: unknown;
}
