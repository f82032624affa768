/** "03-5361-8722" as an international number: "+81-3-5361-8722". */
export const internationalPhone = (phone: string): string => `+81-${phone.replace(/^0/, "")}`;

/** The `tel:` link a phone dials from abroad as well as from Japan. */
export const telHref = (phone: string): string => `tel:${internationalPhone(phone).replaceAll("-", "")}`;

/** The number as Japanese readers write it, with non-breaking hyphens so it never breaks across lines. */
export const displayPhone = (phone: string): string => phone.replaceAll("-", "\u2011");
