import { z } from "zod";
import { httpsUrl, schemaLink } from "./common.ts";

export const siteFile = z.strictObject({
  ...schemaLink,
  /** Where the site is published, without the path prefix: canonical links and the sitemap start here. */
  url: httpsUrl,
});
