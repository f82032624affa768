import type { PageView } from "#view/page-data.ts";
import { Calendar } from "./Calendar.tsx";
import { CenterLinks } from "./CenterLinks.tsx";
import { CenterList } from "./CenterList.tsx";
import { PageList } from "./PageList.tsx";
import { ScholarshipList } from "./ScholarshipList.tsx";

/** The data-driven block a page names in its front matter (`listing:`), rendered after its Markdown. */
export function Listing({ view }: { view: PageView }): JSX.Element {
  const { lang, listing } = view.page;
  switch (listing) {
    case "center-links":
      return <CenterLinks view={view} />;
    case "centers":
      return <CenterList view={view} />;
    case "scholarships":
      return <ScholarshipList view={view} />;
    case "calendar":
      return <Calendar view={view} />;
    case "a-z":
      return <PageList pages={view.pages.alphabetical(lang)} />;
    default:
      return null;
  }
}
