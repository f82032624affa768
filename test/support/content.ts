import { type SiteContent, validateProject } from "#content/validate.ts";
import { ROOT } from "./site.ts";

/** The project's checked content, as the build reads it: what the built pages must show. */
export async function projectContent(): Promise<SiteContent> {
  const { content, problems } = await validateProject(ROOT);
  if (!content) throw new Error(`The project's content has ${problems.length} mistakes: run npm run build to see them`);
  return content;
}

/** The address of a source, by id. */
export const sourceUrl = (content: SiteContent, id: string): string => {
  const source = content.sources.entries.find((entry) => entry.id === id);
  if (!source) throw new Error(`No source "${id}"`);
  return source.url;
};
