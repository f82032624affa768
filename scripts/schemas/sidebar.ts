import { z } from "zod";
import { httpsUrl, id, localizedText, schemaLink } from "./common.ts";

const externalLink = z.strictObject({ label: localizedText, url: httpsUrl });
/** A link to a page of this site, by its translation key, so it follows the reader's language. */
const pageLink = z.strictObject({ label: localizedText, page: id, anchor: id.optional() });

const sidebarLink = z.union([externalLink, pageLink]);

const sidebarBlock = z.strictObject({
  id,
  heading: localizedText,
  links: z.array(sidebarLink).min(1),
  note: localizedText.optional(),
  noteUrl: httpsUrl.optional(),
});

export const sidebarFile = z.strictObject({ ...schemaLink, blocks: z.array(sidebarBlock) });

export type SidebarLink = z.infer<typeof sidebarLink>;
export type SidebarBlock = z.infer<typeof sidebarBlock>;
