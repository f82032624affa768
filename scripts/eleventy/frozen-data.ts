import type { EleventyConfig } from "./config-types.ts";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Eleventy deep-copies global data into every page's data unless an object is frozen, when it shares it.
 * Copying the centres, scholarships and strings into each of 16,000 pages cost gigabytes; frozen, they cost
 * nothing, and a layout that tried to change shared data would fail loudly instead of leaking into other pages.
 */
export function frozenData(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addDataExtension("json", { parser: (contents: string) => deepFreeze(JSON.parse(contents)) });
}
