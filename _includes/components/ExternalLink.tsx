import type { Strings } from "#schemas/strings.ts";

interface Props {
  href: string;
  strings: Strings;
  children: JSX.Children;
  class?: string;
}

/** A link off the site: opened without handing over this page, and announced as external to screen readers. */
export function ExternalLink({ href, strings, children, class: className }: Props): JSX.Element {
  return (
    <a href={href} rel="noopener noreferrer" class={["external", className ?? ""].filter(Boolean).join(" ")}>
      {children}
      <span class="visually-hidden"> {strings.externalLink}</span>
    </a>
  );
}
