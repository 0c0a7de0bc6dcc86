import type { Actor, Authority, Event, SourceRecord, StatementRecord } from '../schemas/index.ts';
import { distinctPassages, splitInPassing } from './passages.ts';
import { sourcesWords } from './authority-names.ts';
import type { DataFileName } from '../schemas/data-export.ts';

/** One CSV column: its name, what it holds (shown on /data/), and how it is read from a record. */
export interface Column<T> {
  name: string;
  about: string;
  value: (r: T) => string | number | boolean | null | undefined;
}

type WithUrl<T> = T & { url: string };
const list = (xs: string[]) => xs.join('; ');

/** The columns of each CSV file: one row per record, lists joined with "; ". */
export const CSV_COLUMNS: { [N in DataFileName]: Column<any>[] } = {
  actors: [
    { name: 'id', about: 'record id (stable)', value: (a: Actor) => a.id },
    { name: 'name', about: 'the record’s name: the fullest form the sources write, or the official full form where the editors or the gazetteer give one (“Department of the Treasury” for “Treasury Department”), or a short description where they give no name; aliases has their own forms', value: (a: Actor) => a.name },
    { name: 'kind', about: 'person, organization, group or state', value: (a: Actor) => a.kind },
    { name: 'aliases', about: 'other names in the text', value: (a: Actor) => list(a.aliases) },
    { name: 'roles', about: 'roles as the text states them', value: (a: Actor) => list([...new Set(a.roles.map((r) => r.role))]) },
    { name: 'mentions', about: 'number of sentences the record’s mentions are in: a state named only inside a named person’s title or another’s name (“President Ana Roe of Ostria”, “the Ostrian group”) is not counted there; sentences that name it only in passing are (mentions_in_passing counts them)', value: (a: Actor) => distinctPassages(a.mentions).length },
    {
      name: 'mentions_in_passing',
      about: 'how many of those sentences name it only as a qualifier or a place (“Ostrian law”, “toward Ostria”)',
      value: (a: Actor) => splitInPassing(distinctPassages(a.mentions), a.mentions).inPassing.length,
    },
    { name: 'statements', about: 'number of direct quotations', value: (a: Actor) => a.statements.length },
    { name: 'url', about: 'its page on the site', value: (a: WithUrl<Actor>) => a.url },
  ],
  authorities: [
    { name: 'id', about: 'record id (stable)', value: (a: Authority) => a.id },
    { name: 'name', about: 'name as the sources give it, the editors’ where name_by_editors says why, or this site’s description where name_described gives the sources’ words', value: (a: Authority) => a.name },
    { name: 'name_described', about: 'when no source writes the name: the words the sources use for it', value: (a: Authority) => list(sourcesWords(a) ?? []) },
    { name: 'name_by_editors', about: 'why the editors named it so, when the sources give it no name of its own (editorial)', value: (a: Authority) => a.editorial?.nameReason },
    { name: 'kind', about: 'statute, executive-order, directive, designation, legal-opinion, authorization, constitutional, international-law or charge', value: (a: Authority) => a.kind },
    { name: 'year', about: 'year made, when known', value: (a: Authority) => a.year },
    { name: 'year_by_editors', about: 'true when the year is the editors’, not the sources’ (editorial)', value: (a: Authority) => a.yearByEditors },
    {
      name: 'year_read_from',
      about: 'when no source writes the year with it: the words it was read from, the date of the act that made it or, for an act told as just done (“has signed”), the report’s year',
      value: (a: Authority) => (a.yearFrom ? `${a.yearFrom.basis}: ${a.yearFrom.words}` : undefined),
    },
    { name: 'aliases', about: 'other names in the text', value: (a: Authority) => list(a.aliases) },
    { name: 'citation', about: 'official citation (editorial)', value: (a: Authority) => a.editorial?.citation },
    {
      name: 'made_under',
      about: 'for an act made under a law (a designation): that law’s citation, not the act’s own (editorial)',
      value: (a: Authority) => a.editorial?.madeUnder,
    },
    { name: 'mentions', about: 'number of sentences naming it', value: (a: Authority) => distinctPassages(a.mentions).length },
    { name: 'url', about: 'its page on the site', value: (a: WithUrl<Authority>) => a.url },
  ],
  events: [
    { name: 'id', about: 'record id (stable)', value: (e: Event) => e.id },
    { name: 'summary', about: 'what happened, in the source’s words', value: (e: Event) => e.summary },
    { name: 'headline', about: 'the title pages show: the summary shortened by deletion only, with a word that refers back named in brackets, or the editors’ title where headline_by_editors gives why', value: (e: Event) => e.headline },
    { name: 'headline_by_editors', about: 'why the editors wrote the title, when they did (editorial)', value: (e: Event) => e.editorial?.headline },
    { name: 'date', about: 'YYYY, YYYY-MM or YYYY-MM-DD; empty when neither the source nor the editors give one', value: (e: Event) => e.date?.value },
    { name: 'date_by_editors', about: 'why the editors set this date, and their source, when the article gives none (editorial)', value: (e: Event) => e.date?.editorial },
    { name: 'precision', about: 'day, month, year or decade', value: (e: Event) => e.date?.precision },
    { name: 'date_until', about: 'for a span (“in his first term”): its end; the act lies between date and date_until', value: (e: Event) => e.date?.until },
    { name: 'approximate', about: 'true when the words only place it roughly', value: (e: Event) => e.date?.approximate },
    { name: 'date_words', about: 'the words of the source the date comes from; for a date the editors set, only the words they gave days to (“In his first term”)', value: (e: Event) => (e.date?.editorial && !e.date.wordsOfSource ? undefined : e.date?.expression) },
    { name: 'date_from_context', about: 'true when the sentence gives no date and the date comes from its paragraph', value: (e: Event) => e.date?.fromContext },
    { name: 'reported', about: 'for an undated event the source tells as current or as just done (the lead among them): the day it was reported, not the day of the act', value: (e: Event) => e.reported },
    { name: 'actors', about: 'actor ids', value: (e: Event) => list(e.actors) },
    { name: 'actors_by_editors', about: 'those of the actors the editors, not the source, tie to the event (editorial; their reasons are in the JSON)', value: (e: Event) => list((e.editorial?.actors ?? []).map((a) => a.id)) },
    { name: 'agents', about: 'the actor ids of those who do the main act (its subject); the other actors take part otherwise: acted on, named with it, or acting in a clause the title adds', value: (e: Event) => list(e.agents) },
    { name: 'authorities', about: 'authority ids', value: (e: Event) => list(e.authorities) },
    { name: 'source', about: 'source id', value: (e: Event) => e.source },
    { name: 'paragraph', about: 'paragraph id on the source page', value: (e: Event) => e.paragraph },
    { name: 'quote', about: 'the exact words', value: (e: Event) => e.quote },
    { name: 'url', about: 'its page on the site', value: (e: WithUrl<Event>) => e.url },
  ],
  sources: [
    { name: 'id', about: 'record id (stable)', value: (s: SourceRecord) => s.id },
    { name: 'title', about: 'headline as published', value: (s: SourceRecord) => s.title },
    { name: 'outlet', about: 'the outlet that published it', value: (s: SourceRecord) => s.outlet },
    { name: 'agency', about: 'the news agency whose story the outlet carries, when credited', value: (s: SourceRecord) => s.agency },
    { name: 'published', about: 'publication day, YYYY-MM-DD', value: (s: SourceRecord) => s.published },
    { name: 'original_url', about: 'the article as published, when its address was recorded; empty otherwise', value: (s: SourceRecord) => s.originalUrl },
    { name: 'paragraphs', about: 'number of paragraphs', value: (s: SourceRecord) => s.paragraphs.length },
    { name: 'url', about: 'its page on the site', value: (s: SourceRecord) => s.url },
  ],
  statements: [
    { name: 'actor', about: 'id of the actor who said it', value: (s: StatementRecord) => s.actor },
    { name: 'quote', about: 'the words quoted, exact', value: (s: StatementRecord) => s.quote },
    { name: 'source', about: 'source id', value: (s: StatementRecord) => s.source },
    { name: 'paragraph', about: 'paragraph id on the source page', value: (s: StatementRecord) => s.paragraph },
    { name: 'paragraph_number', about: 'the ¶ number citations give', value: (s: StatementRecord) => s.paragraphNumber },
    { name: 'url', about: 'the paragraph on its source page', value: (s: StatementRecord) => s.url },
  ],
};

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A text that
 * a spreadsheet would run as a formula (starting with =, +, -, @) is prefixed with an apostrophe.
 */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows -> CSV text with a header line, CRLF line ends (RFC 4180). */
export function toCsv<T>(rows: T[], columns: Column<T>[]): string {
  return [columns.map((c) => c.name), ...rows.map((r) => columns.map((c) => c.value(r)))].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}
