import type { PageView } from "#view/page-data.ts";
import { CenterLinks } from "./CenterLinks.tsx";
import { CenterList } from "./CenterList.tsx";
import { PageList } from "./PageList.tsx";
import { ScholarshipList } from "./ScholarshipList.tsx";

/** The data-driven block a page names in its front matter (`listing:`), rendered after its Markdown. */
export function Listing({ view }: { view: PageView }): JSX.Element {
  const { lang, listing } = view.page;
  const strings = view.strings[lang];
  switch (listing) {
    case "center-links":
      return <CenterLinks centers={view.centers.entries} lang={lang} strings={strings} />;
    case "centers":
      return <CenterList centers={view.centers.entries} lang={lang} strings={strings} />;
    case "scholarships":
      return <ScholarshipList scholarships={view.scholarships.entries} lang={lang} strings={strings} />;
    case "a-z":
      return <PageList pages={view.pages.alphabetical(lang)} />;
    default:
      return null;
  }
}
