import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import CSL, { type Engine } from 'citeproc';

/**
 * Real parsers and a real CSL processor for the citation tests: citation-js reads RIS and BibTeX
 * into CSL-JSON, citeproc-js renders CSL-JSON in APA (the style citation-js ships) and in Chicago
 * notes and bibliography 17 (tests/fixtures/csl/, with its source and licence).
 */
export interface CslItem {
  type?: string;
  title?: string;
  author?: { literal?: string; family?: string; given?: string }[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts'?: number[][] };
  URL?: string;
  archive?: string;
  archive_location?: string;
  source?: string;
  note?: string;
  [field: string]: unknown;
}

/** RIS or BibTeX text -> CSL-JSON items, as citation-js reads them. */
export function parseCitation(text: string, format: '@ris/file' | '@biblatex/text'): CslItem[] {
  return new Cite(text, { forceType: format }).data as CslItem[];
}

const chicagoStyle = readFileSync('tests/fixtures/csl/chicago-note-bibliography.csl', 'utf8');
const csl = plugins.config.get('@csl') as { locales: { get(l: string): string }; styles: { get(t: string): string } };
const items = new Map<string, CslItem>();
const engines = new Map<string, Engine>();

/** One CSL-JSON item's bibliography entry as plain text, in APA (as citation-js ships it) or Chicago. */
export function renderCsl(given: CslItem & { id: string }, style: 'apa' | 'chicago'): string {
  // A fresh id for every call: the engine keeps an item by its id.
  const item = { ...given, id: `${given.id}#${items.size}` };
  items.set(item.id, item);
  let engine = engines.get(style);
  if (!engine) {
    // One engine per style: compiling a style takes seconds, rendering an item milliseconds.
    const sys = { retrieveItem: (id: string) => items.get(id), retrieveLocale: () => csl.locales.get('en-US') };
    engine = new CSL.Engine(sys, style === 'apa' ? csl.styles.get('apa') : chicagoStyle, 'en-US');
    engine.setOutputFormat('text');
    engines.set(style, engine);
  }
  engine.updateItems([item.id]);
  return engine.makeBibliography()[1].join('').trim();
}

/**
 * The normalisation a comparison with a page's text makes, and no more: runs of white space are
 * one space; letter case is ignored (Chicago's CSL puts a title in headline case and capitalises
 * a word after a period, an address too; the page keeps a headline as published); quotation
 * marks are left out (citeproc turns quotes within a quoted title to single ones); and a run of
 * periods and commas counts as its last (citeproc keeps a quoted title's own period before
 * Chicago's comma: ".,’”").
 */
export const comparable = (s: string) =>
  s.replace(/[“”‘’"]/g, '').replace(/[.,]+(?=[.,])/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
