import { findDateReferences } from "#content/inline-syntax.ts";
import type { Source } from "#schemas/sources.ts";
import { eventById, sourceById } from "./citations.ts";
import type { PageView } from "./page-data.ts";

/**
 * Every source a page shows facts from, in the order a reader meets them: its own citations, the sources of the
 * dates it shows, then those of the data entries its listing shows.
 */
export function pageSources(view: PageView): Source[] {
  const { page } = view;
  const ids = new Set<string>(page.cites);
  const dated = (id: string) => ids.add(eventById(view, id).source);
  page.dates.forEach(dated);
  if (page.listing === "centers") {
    for (const center of view.centers.entries) {
      ids.add(center.website);
      for (const note of center.notes) ids.add(note.source);
      for (const id of center.contactSources ?? []) ids.add(id);
    }
  }
  if (page.listing === "calendar") for (const event of view.events.entries) ids.add(event.source);
  if (page.listing === "scholarships") {
    for (const item of view.scholarships.entries) {
      ids.add(item.source);
      for (const fact of item.facts) for (const { id } of findDateReferences(fact[page.lang])) dated(id);
    }
  }
  return [...ids].map((id) => sourceById(view, id));
}
