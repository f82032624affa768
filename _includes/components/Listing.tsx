import type { PageData } from "../../scripts/eleventy/page-data.ts";
import type { PageTree } from "../../scripts/eleventy/page-tree.ts";
import { CentreLinks } from "./CentreLinks.tsx";
import { CentreList } from "./CentreList.tsx";
import { PageList } from "./PageList.tsx";
import { ScholarshipList } from "./ScholarshipList.tsx";

/** The data-driven block a page names in its front matter (`listing:`), rendered after its Markdown. */
export function Listing({ data, tree }: { data: PageData; tree: PageTree }): JSX.Element {
  const { lang } = data;
  const strings = data.strings[lang];
  switch (data.listing) {
    case "centre-links":
      return <CentreLinks centres={data.centres.entries} lang={lang} strings={strings} />;
    case "centres":
      return <CentreList centres={data.centres.entries} lang={lang} strings={strings} />;
    case "scholarships":
      return <ScholarshipList scholarships={data.scholarships.entries} lang={lang} strings={strings} />;
    case "a-z":
      return <PageList pages={tree.alphabetical(lang)} />;
    default:
      return null;
  }
}
