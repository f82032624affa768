import { z } from "zod";
import { schemaLink, siteUrl } from "./common.ts";

export const siteFile = z.strictObject({
  ...schemaLink,
  /** Where the site is published, the host only: canonical links and the sitemap start here. */
  url: siteUrl,
});
