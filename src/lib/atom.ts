import { createHash } from 'node:crypto';
import { formatDay } from './site.ts';
import { extensionPhrases, newestDay, splitExtensions, updateSummary, type RecordRef, type Update } from './updates.ts';
import { FEED_PATH, publicUrl, recordPath, UPDATES_PATH } from './urls.ts';

/** Characters XML 1.0 does not allow anywhere, even escaped (control characters, lone surrogates). */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text for XML content or an attribute value: escaped, and stripped of characters XML forbids. */
export function xmlEscape(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
/** The same escaping serves the HTML inside an entry (before that HTML is escaped again as XML text). */
const html = xmlEscape;

/**
 * A name-based (version 5) UUID: the same name always gives the same id, wherever and whenever
 * the site is built or hosted. Feed and entry ids are these, as `urn:uuid:` IRIs, so they stay
 * the same when the site moves or SITE is first set.
 */
export function uuid5(name: string, namespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Midnight UTC of a publication day, as RFC 3339 wants it. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export interface FeedOptions {
  /** The site's origin (SITE): links are absolute with it, site-relative (with the base) without. */
  site: URL | undefined;
  base: string;
  title: string;
  author: string;
  /** The name every id is derived from (the site's name): stable across hosts. */
  idName: string;
  /** The page an entry is on (/updates/, or its month's page on a large site); its anchor is `u.anchor`. */
  entryPath?: (u: Update) => string;
  /** At most this many entries, the newest (FEED_ENTRIES by default). */
  maxEntries?: number;
}

/** A feed carries the newest entries, at most this many (a partial feed, as RFC 5005 allows); /updates/ has them all. */
export const FEED_ENTRIES = 100;

const KIND: Record<RecordRef['collection'], string> = { actors: 'actor', authorities: 'authority', events: 'event' };

/** The HTML of one entry: what the article added, each record linked to its page. */
export function entryHtml(u: Update, url: (path: string) => string): string {
  const link = (r: RecordRef) => `<a href="${html(url(recordPath(r.collection, r.id)))}">${html(r.name)}</a>`;
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const s = u.source;
  const parts = [
    `<p><a href="${html(url(recordPath('sources', s.id)))}">${html(s.title)}</a>, ${html(s.outlet)}, ${html(formatDay(s.published))}: ${html(updateSummary(u))}.</p>`,
  ];
  // (a name or title the editors gave is said to be theirs, as the pages mark it)
  const kind = (r: RecordRef) => `${KIND[r.collection]}${r.editorialName ? '; its name is the editors’' : ''}`;
  if (u.records.length) parts.push(`<p>New records:</p>${list(u.records.map((r) => `${link(r)} (${kind(r)})`))}`);
  const event = (r: RecordRef) => `${link(r)}${r.editorialTitle ? ' (title by the editors)' : ''}`;
  if (u.events.length) parts.push(`<p>New events:</p>${list(u.events.map(event))}`);
  const { facts, mentioned } = splitExtensions(u);
  if (facts.length) parts.push(`<p>New facts about records reported before:</p>${list(facts.map((x) => `${link(x.record)}: ${html(extensionPhrases(x).join('; '))}`))}`);
  if (mentioned.length) parts.push(`<p>Also mentions, as reported before: ${mentioned.map(link).join(', ')}.</p>`);
  return parts.join('');
}

/**
 * The Atom 1.0 feed (RFC 4287) of /updates/: one entry per source article (the newest
 * FEED_ENTRIES), newest first, each
 * dated by its publication day; the feed is as of the newest source's day. Links are absolute
 * when SITE is known, else site-relative (they resolve against the feed's own address).
 */
export function atomFeed(list: Update[], o: FeedOptions): string {
  const url = (path: string) => publicUrl(o.site, o.base, path);
  const updated = stamp(newestDay(list.map((u) => u.source)) ?? '1970-01-01');
  const entries = [...list].reverse().slice(0, o.maxEntries ?? FEED_ENTRIES).map((u) => {
    const s = u.source;
    return [
      '  <entry>',
      `    <id>urn:uuid:${uuid5(`${o.idName}/updates/${s.id}`)}</id>`,
      `    <title>${xmlEscape(`${s.outlet}: ${s.title}`)}</title>`,
      `    <published>${stamp(s.published)}</published>`,
      `    <updated>${stamp(s.published)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(url(`${o.entryPath?.(u) ?? UPDATES_PATH}#${u.anchor}`))}"/>`,
      `    <link rel="related" type="text/html" title="${xmlEscape(s.title)}" href="${xmlEscape(url(recordPath('sources', s.id)))}"/>`,
      `    <summary>${xmlEscape(updateSummary(u))}</summary>`,
      `    <content type="html">${xmlEscape(entryHtml(u, url))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>urn:uuid:${uuid5(`${o.idName}/updates`)}</id>`,
    `  <title>${xmlEscape(o.title)}</title>`,
    `  <subtitle>What each source article added, in order of publication.</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlEscape(o.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(url(FEED_PATH))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(url(UPDATES_PATH))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
