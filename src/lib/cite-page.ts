/** The article a source page reproduces: what its citation cites (the page is where it was read). */
export interface ArticleRef {
  /** The headline as published. */
  title: string;
  outlet: string;
  /** The news agency whose story the outlet carries, when credited: the author. */
  agency?: string;
  /** YYYY-MM-DD, the publication day. */
  published: string;
  /** The article's own address, when recorded; never this site's page. */
  url?: string;
}

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
  /** On a source page, the article itself: every form then cites it, and this site as where it was read. */
  article?: ArticleRef;
}

/**
 * The work a citation names, whatever its form: a page of the site (by the site, as of the newest
 * source), or on a source page the article (by its agency, else its outlet; in the outlet; on its
 * day; at its own address when recorded) with this site as the archive it was read in. Every form
 * below, the downloads and the page's <meta> tags are written from this one value.
 */
export interface Work {
  kind: 'article' | 'page';
  /** An organization: the agency or the outlet for an article, the site for a page. */
  author: string;
  title: string;
  /** The outlet for an article, the site for a page. */
  container: string;
  /** YYYY-MM-DD: the article's publication day, or the page's as-of day. */
  date: string;
  /** The work's own address: the article's when recorded (else none), the page's. */
  url?: string;
  /** Where an article was read: this site and its page. */
  archive?: { name: string; url: string };
  key: string;
}

export function workOf(r: PageRef): Work {
  const a = r.article;
  // The home page is titled as the site: the site is then its title, not its container too.
  const container = bare(r.title) === r.site ? '' : r.site;
  if (!a) return { kind: 'page', author: r.site, title: bare(r.title), container, date: r.asOf, url: r.url, key: r.key };
  return {
    kind: 'article',
    author: a.agency ?? a.outlet,
    title: bare(a.title),
    container: a.outlet,
    date: a.published,
    ...(a.url ? { url: a.url } : {}),
    archive: { name: r.site, url: r.url },
    key: r.key,
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Bluebook and MLA abbreviate months of more than four letters (T13 and MLA 9 alike).
const ABBR = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** " Container." after a title, or nothing for a work that has none. */
const then = (container: string, mark: string) => (container ? ` ${container}${mark}` : '');

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

/** A title as a sentence: its own final "?", "!" or quoted period ends it, else a period does. */
const sentence = (title: string) => (/[.?!][’”"]*$/u.test(title) ? title : `${title}.`);

/**
 * A title in quotation marks, followed by a period or a comma set inside them: quotation marks
 * within it become single; a question or exclamation mark of its own stands for that mark, and a
 * period of its own (before its closing quotes) gives way to it.
 */
function quoted(title: string, mark: '.' | ','): string {
  const inner = title.replace(/“/g, '‘').replace(/”/g, '’');
  const [, body, end, closers] = /^([\s\S]*?)([.?!]?)(’*)$/u.exec(inner)!;
  return `“${body}${end === '?' || end === '!' ? end : mark}${closers}”`;
}

// APA and Chicago follow what citeproc renders for the CSL-JSON below (APA 7, Chicago notes and
// bibliography 17): for an article, the archive (this site and its page) after the outlet, the
// article's own address last and only when recorded.

export function apa(r: PageRef): string {
  const w = workOf(r);
  const [y, m, d] = parts(w.date);
  if (!w.archive) return `${sentence(w.title)} (${y}, ${MONTHS[m - 1]} ${d}).${then(w.container, '.')} ${w.url}`;
  return `${w.author}. (${y}, ${MONTHS[m - 1]} ${d}). ${sentence(w.title)} ${w.container}. ${w.archive.name} (${w.archive.url}).${w.url ? ` ${w.url}` : ''}`;
}

export function chicago(r: PageRef): string {
  const w = workOf(r);
  const [y, m, d] = parts(w.date);
  // A page has no author but the site, which Chicago puts first, in the author's place.
  if (!w.archive) return `${w.container ? `${w.container}. ` : ''}${quoted(w.title, ',')} ${MONTHS[m - 1]} ${d}, ${y}. ${w.url}.`;
  return `${w.author}. ${quoted(w.title, '.')} ${w.container}, ${MONTHS[m - 1]} ${d}, ${y}. ${w.archive.url}. ${w.archive.name}.${w.url ? ` ${w.url}.` : ''}`;
}

export function mla(r: PageRef): string {
  const w = workOf(r);
  const [y, m, d] = parts(w.date);
  if (!w.archive) return `${quoted(w.title, w.container ? '.' : ',')}${then(w.container, ',')} ${d} ${ABBR[m - 1]} ${y}, ${w.url}.`;
  // MLA 9: the archive is a second container, after the first's date and location.
  return `${w.author}. ${quoted(w.title, '.')} ${w.container}, ${d} ${ABBR[m - 1]} ${y}${w.url ? `, ${w.url}` : ''}. ${w.archive.name}, ${w.archive.url}.`;
}

/** A title that a comma follows loses its own final stop, inside closing quotation marks too (“… government.” -> “… government”). */
const noFinalStop = (t: string) => t.replace(/\.([’”]*)$/u, '$1');

export function bluebook(r: PageRef): string {
  const w = workOf(r);
  const [y, m, d] = parts(w.date);
  if (!w.archive) return `${noFinalStop(w.title)}${w.container ? `, ${w.container}` : ''} (${ABBR[m - 1]} ${d}, ${y}), ${w.url}.`;
  // Rule 18.2: a copy kept elsewhere is given "archived at".
  return `${w.author}, ${noFinalStop(w.title)}, ${w.container} (${ABBR[m - 1]} ${d}, ${y})${w.url ? `, ${w.url}` : ''}, archived at ${w.archive.url} (${w.archive.name}).`;
}

/** BibTeX's special characters, escaped so that a title cannot break the entry. */
const tex = (s: string) => s.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/[#$%&_]/g, '\\$&').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

const archived = (a: { name: string; url: string }) => `Archived in ${a.name} at ${a.url}`;

export function bibtex(r: PageRef): string {
  const w = workOf(r);
  const [y, m] = parts(w.date);
  const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'][m - 1];
  const head = w.archive
    ? [`@article{${w.key},`, `  title = {${tex(w.title)}},`, `  author = {{${tex(w.author)}}},`, `  journal = {${tex(w.container)}},`]
    : [
        `@misc{${w.key},`,
        `  title = {${tex(w.title)}},`,
        `  author = {{${tex(w.author)}}},`,
        ...(w.container ? [`  howpublished = {${tex(w.container)}},`] : []),
      ];
  return [
    ...head,
    ...(w.archive ? [`  date = {${w.date}},`] : []),
    `  year = {${y}},`,
    `  month = ${month},`,
    ...(w.url ? [`  url = {${w.url}},`] : []),
    `  note = {${w.archive ? tex(archived(w.archive)) : `As of ${longDay(w.date)}`}}`,
    '}',
  ].join('\n');
}

/** RIS, the format reference managers (Zotero, EndNote, Mendeley) import. */
export function ris(r: PageRef): string {
  const w = workOf(r);
  const [y, m, d] = parts(w.date);
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  const day = `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`;
  return [
    `TY  - ${w.archive ? 'NEWS' : 'ELEC'}`,
    `TI  - ${one(w.title)}`,
    `AU  - ${one(w.author)}`,
    ...(w.container ? [`T2  - ${one(w.container)}`] : []),
    ...(w.archive ? [`PB  - ${one(w.container)}`] : []),
    `PY  - ${y}`,
    `DA  - ${day}`,
    ...(w.url ? [`UR  - ${w.url}`] : []),
    // DB, the database an item was found in: the site that keeps the article's copy.
    ...(w.archive ? [`DB  - ${one(w.archive.name)}`, `N1  - ${one(archived(w.archive))}`] : [`N1  - As of ${longDay(w.date)}, the publication day of the newest source.`]),
    'ER  - ',
    '',
  ].join('\r\n');
}

/** CSL-JSON, the format of citeproc (Zotero, Pandoc): a list of one item. */
export function cslJson(r: PageRef): object[] {
  const w = workOf(r);
  const common = { id: w.key, title: w.title, ...(w.container ? { 'container-title': w.container } : {}), issued: { 'date-parts': [parts(w.date)] }, ...(w.url ? { URL: w.url } : {}) };
  if (w.archive)
    return [{ ...common, type: 'article-newspaper', author: [{ literal: w.author }], archive: w.archive.name, archive_location: w.archive.url }];
  // A page's author is the site, already its container: APA and Chicago then name it once.
  return [{ ...common, type: 'webpage', note: `As of ${longDay(w.date)}, the publication day of the newest source.` }];
}

/** One <meta name content> tag of a page's head. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * The Highwire Press (Google Scholar, Zotero) and Dublin Core <meta> tags of a page, from the
 * same work its "Cite this page" cites. On a source page they describe the article (its agency or
 * outlet as creator, the outlet as publisher, its day); DC.identifier is this page, the copy they
 * sit on, and DC.source the original: its address when recorded, else its reference in words.
 */
export function citationMeta(r: PageRef): MetaTag[] {
  const w = workOf(r);
  const page = w.archive?.url ?? w.url!;
  const tags: [string, string | undefined][] = [
    ['citation_title', w.title],
    ['citation_author', w.author],
    [w.kind === 'article' ? 'citation_publication_date' : 'citation_date', w.date.replace(/-/g, '/')],
    ['citation_journal_title', w.kind === 'article' ? w.container : undefined],
    ['citation_publisher', w.container || w.author],
    ['citation_public_url', w.url],
    ['citation_abstract_html_url', page],
    ['DC.title', w.title],
    ['DC.creator', w.author],
    ['DC.date', w.date],
    ['DC.publisher', w.container || w.author],
    ['DC.identifier', page],
    ['DC.source', w.archive ? (w.url ?? `${w.author}, “${w.title}”, ${w.container}, ${longDay(w.date)}`) : undefined],
  ];
  return tags.filter((t): t is [string, string] => t[1] !== undefined).map(([name, content]) => ({ name, content }));
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
