import { clean } from '../../../src/ingest/stages/clean.ts';
import { splitParagraphs, toParagraphs } from '../../../src/ingest/stages/paragraphs.ts';
import { extractRecords } from '../../../src/ingest/pipeline.ts';
import type { ArticleContext } from '../../../src/ingest/doc.ts';
import { articleSentences } from '../../../src/ingest/stages/sentences.ts';
import { overlay } from '../../../src/schemas/index.ts';

/** An article context from plain text (paragraphs separated by blank lines), no overlay. */
export function contextOf(text: string, published = '2025-08-08'): ArticleContext {
  const paragraphs = toParagraphs(splitParagraphs(clean(text).lines));
  return { sourceId: 'test-source', published, paragraphs, overlay: overlay.parse({}) };
}

export const extract = (text: string, published?: string) => extractRecords(contextOf(text, published));

/** The sentences of one paragraph of text. */
export const sentencesOf = (text: string) => articleSentences(contextOf(text).paragraphs);

/** The names of the actors of the event whose title starts with `start`. */
export function actorsOf(text: string, start: string, published = '2025-10-10'): string[] {
  const r = extract(text, published);
  const e = r.events.find((x) => x.summary.startsWith(start));
  if (!e) throw new Error(`no event starting "${start}" in: ${r.events.map((x) => x.summary).join(' | ')}`);
  const names = new Map(r.actors.map((a) => [a.id, a.name]));
  return e.actors.map((id) => names.get(id) ?? id).sort();
}
