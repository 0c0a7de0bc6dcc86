import { enquote } from './quote-marks.ts';

/** What a citation of a page of this site names: the site, the page, its stable address, the "as of" day. */
export interface PageRef {
  site: string;
  title: string;
  /** The page's stable address: absolute when SITE is set, else site-relative. */
  url: string;
  /** YYYY-MM-DD: the publication day of the newest source (the content is as of then). */
  asOf: string;
  /** A short key for reference managers, e.g. "cfd-actors-marco-rubio". */
  key: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Bluebook and MLA abbreviate months of more than four letters (T13 and MLA 9 alike).
const ABBR = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** The day a page's content is as of: the newest source's publication day, never the build clock. */
export function asOfDay(sources: { published: string }[]): string | undefined {
  return sources.map((s) => s.published).sort().at(-1);
}

/** "8 August 2025". */
export function longDay(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A title inside quotation marks or before a period keeps no final period of its own. */
const bare = (title: string) => title.replace(/\s+/g, ' ').trim().replace(/[.]+$/u, '');

export function apa(r: PageRef): string {
  const [y, m, d] = parts(r.asOf);
  return `${bare(r.title)}. (${y}, ${MONTHS[m - 1]} ${d}). ${r.site}. ${r.url}`;
}

export function chicago(r: PageRef): string {
  const [y, m, d] = parts(r.asOf);
  return `${enquote(`${bare(r.title)}.`)} ${r.site}. As of ${MONTHS[m - 1]} ${d}, ${y}. ${r.url}.`;
}

export function mla(r: PageRef): string {
  const [y, m, d] = parts(r.asOf);
  return `${enquote(`${bare(r.title)}.`)} ${r.site}, ${d} ${ABBR[m - 1]} ${y}, ${r.url}.`;
}

export function bluebook(r: PageRef): string {
  const [y, m, d] = parts(r.asOf);
  return `${bare(r.title)}, ${r.site} (${ABBR[m - 1]} ${d}, ${y}), ${r.url}.`;
}

/** BibTeX's special characters, escaped so that a title cannot break the entry. */
const tex = (s: string) => s.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/[#$%&_]/g, '\\$&').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

export function bibtex(r: PageRef): string {
  const [y, m] = parts(r.asOf);
  const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'][m - 1];
  return [
    `@misc{${r.key},`,
    `  title = {${tex(bare(r.title))}},`,
    `  author = {{${tex(r.site)}}},`,
    `  howpublished = {${tex(r.site)}},`,
    `  year = {${y}},`,
    `  month = ${month},`,
    `  url = {${r.url}},`,
    `  note = {As of ${longDay(r.asOf)}}`,
    '}',
  ].join('\n');
}

/** RIS, the format reference managers (Zotero, EndNote, Mendeley) import. */
export function ris(r: PageRef): string {
  const [y, m, d] = parts(r.asOf);
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  const day = `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`;
  return [
    'TY  - ELEC',
    `TI  - ${one(bare(r.title))}`,
    `AU  - ${one(r.site)}`,
    `T2  - ${one(r.site)}`,
    `PY  - ${y}`,
    `DA  - ${day}`,
    `UR  - ${r.url}`,
    `N1  - As of ${longDay(r.asOf)}, the publication day of the newest source.`,
    'ER  - ',
    '',
  ].join('\r\n');
}

/** CSL-JSON, the format of citeproc (Zotero, Pandoc): a list of one item. */
export function cslJson(r: PageRef): object[] {
  return [
    {
      id: r.key,
      type: 'webpage',
      title: bare(r.title),
      author: [{ literal: r.site }],
      'container-title': r.site,
      issued: { 'date-parts': [parts(r.asOf)] },
      URL: r.url,
      note: `As of ${longDay(r.asOf)}, the publication day of the newest source.`,
    },
  ];
}

/** The forms shown as text to copy, in the order readers look for them. */
export function citationForms(r: PageRef): { name: string; text: string }[] {
  return [
    { name: 'APA', text: apa(r) },
    { name: 'Chicago', text: chicago(r) },
    { name: 'MLA', text: mla(r) },
    { name: 'Bluebook', text: bluebook(r) },
    { name: 'BibTeX', text: bibtex(r) },
  ];
}

/** A page's path without the base -> its key and the stem of its download files: "/actors/x/" -> "actors/x". */
export function citeStem(path: string): string {
  return path.replace(/^\/+|\/+$/g, '') || 'index';
}

/** "cfd-actors-x": a BibTeX and CSL key from a page path. */
export const citeKey = (path: string) => `cfd-${citeStem(path).replace(/[^a-z0-9]+/gi, '-')}`;

/** The site paths of a page's RIS and CSL-JSON downloads: "/cite/actors/x.ris", "/cite/actors/x.json". */
export function citeFiles(path: string): { ris: string; csl: string } {
  const stem = citeStem(path);
  return { ris: `/cite/${stem}.ris`, csl: `/cite/${stem}.json` };
}
