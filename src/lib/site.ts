/** The site's name and one-line purpose, shown in the header, titles and link previews. */
export const SITE_NAME = 'Cartel Force Directive: a sourced reference';
export const SITE_SHORT = 'Cartel Force Directive';
export const SITE_DESCRIPTION =
  'Who did what, when, and under which legal authority: the directive, reported on 8 August 2025, ordering the US military to use force against drug cartels designated as terrorist organizations. Every fact linked to its source sentence.';

export const NAV = [
  { href: '/', label: 'Home' },
  { href: '/events/', label: 'Timeline' },
  { href: '/actors/', label: 'Actors' },
  { href: '/authorities/', label: 'Authorities' },
  { href: '/sources/', label: 'Sources' },
] as const;

/** "2025-08-08" -> "8 August 2025" (dates in the data are ISO strings; shown in British order). */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: d ? 'numeric' : undefined,
    month: m ? 'long' : undefined,
    year: 'numeric',
  });
}
