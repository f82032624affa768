/** Short names a page's front matter may use for `layout`, and the files under _includes/ they stand for. */
export const LAYOUT_ALIASES = {
  page: "layouts/page.11ty.tsx",
  search: "layouts/search.11ty.tsx",
} as const;

export type LayoutName = keyof typeof LAYOUT_ALIASES;
