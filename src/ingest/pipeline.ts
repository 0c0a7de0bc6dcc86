/**
 * The ingest pipeline. Reading and writing files happens only at the two ends (io/); in between,
 * an article goes through the stages below, in this order and only this order:
 *
 *   seeds/*.txt + *.meta
 *     clean          strip page furniture, keep the caption apart      stages/clean.ts
 *     paragraphs     split the body, give each a stable id             stages/paragraphs.ts
 *     STAGES         one document per article, each stage (doc) => doc  stages/*
 *     merge          one reference from several articles               stages/merge.ts
 *       corrections  the editors' fixes from the overlay, by record id   stages/corrections.ts
 *     content        MDX files with typed frontmatter                  render/content.ts
 */
import { InputError } from './errors.ts';
import { clean } from './stages/clean.ts';
import { splitParagraphs, toParagraphs } from './stages/paragraphs.ts';
import { newDoc, type ArticleContext, type ArticleRecords, type Doc, type Stage } from './doc.ts';
import { sentencesStage } from './stages/sentences.ts';
import { recordsStage } from './stages/build-records.ts';
import { peopleStage } from './stages/candidates-people.ts';
import { organizationsStage } from './stages/candidates-organizations.ts';
import { properNamesStage } from './stages/candidates-proper.ts';
import { actorsStage, refineActorsStage } from './stages/refine-actors.ts';
import { coreferenceStage } from './stages/refine-coreference.ts';
import { authoritiesStage } from './stages/candidates-authorities.ts';
import { datesStage } from './stages/candidates-dates.ts';
import { authorityRecordsStage } from './stages/refine-authorities.ts';
import { rolesStage } from './stages/refine-roles.ts';
import { statementsStage } from './stages/statements.ts';
import { eventsStage } from './stages/events.ts';
import { elaborationsStage } from './stages/event-elaborations.ts';
import { addInstrumentEditorial, markEditorialName } from './gazetteer/index.ts';
import { mergeArticles, type Corpus } from './stages/merge.ts';
import { renderContent } from './render/content.ts';
import { toSlug } from '../lib/slug.ts';
import type { Overlay, Source, SourceMeta } from '../schemas/index.ts';

/**
 * The stages, in order: recognisers add candidates to the document (sentences first, then
 * people, bodies, proper names, legal authorities and dates); refiners merge, resolve and drop
 * them (actors, references back, records of actors and authorities, roles, quotations); then
 * events, what later sentences add to them, and the validated records.
 */
export const STAGES: readonly Stage[] = [
  sentencesStage,
  peopleStage,
  organizationsStage,
  properNamesStage,
  authoritiesStage,
  datesStage,
  refineActorsStage,
  coreferenceStage,
  actorsStage,
  authorityRecordsStage,
  rolesStage,
  statementsStage,
  eventsStage,
  elaborationsStage,
  recordsStage,
];

/** One article's document after every stage (`stages` to stop early, as tests of one stage do). */
export function runStages(context: ArticleContext, stages: readonly Stage[] = STAGES): Doc {
  return stages.reduce((doc, stage) => stage.run(doc), newDoc(context));
}

/** One article's paragraphs and context -> its validated records. */
export function extractRecords(context: ArticleContext): ArticleRecords {
  return runStages(context).records!;
}

export interface Article extends ArticleRecords {
  source: Source;
}

/** A source id from its metadata when none is given: outlet, day and the title's first words. */
function defaultSourceId(meta: Pick<SourceMeta, 'outlet' | 'published' | 'title'>): string {
  const words = toSlug(meta.title).split('-').slice(0, 5).join('-');
  return [toSlug(meta.outlet), meta.published, words].filter(Boolean).join('-');
}

/** One article's text and metadata -> its source record and extracted records. */
export function ingestArticle(file: string, text: string, meta: SourceMeta, overlay: Overlay): Article {
  const cleaned = clean(text, meta.title);
  const paragraphs = toParagraphs(splitParagraphs(cleaned.lines));
  if (paragraphs.length === 0) throw new InputError(file, 'has no paragraphs of text after cleaning');
  const source: Source = {
    id: meta.id ?? defaultSourceId(meta),
    title: meta.title,
    outlet: meta.outlet,
    ...(meta.agency ? { agency: meta.agency } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    published: meta.published,
    ...(cleaned.caption ? { caption: cleaned.caption } : {}),
    file,
    paragraphs,
  };
  const records = extractRecords({
    sourceId: source.id,
    published: meta.published,
    paragraphs,
    overlay,
    outlet: meta.outlet,
  });
  return { source, ...records };
}

/** Several articles -> the merged corpus -> every file of content/, by relative path. */
export function buildContent(
  articles: Article[],
  overlay: Overlay,
  overlayFile?: string,
): { corpus: Corpus; files: Map<string, string> } {
  const merged = mergeArticles(articles, overlay, overlayFile);
  // A name one article writes in full is no longer the editors' once merged.
  const corpus = {
    ...merged,
    actors: merged.actors.map(markEditorialName),
    authorities: merged.authorities.map(addInstrumentEditorial),
  };
  return { corpus, files: renderContent(corpus) };
}
