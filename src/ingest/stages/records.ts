import type { Actor, Authority, Event, Overlay, Paragraph, Statement } from '../../schemas/index.ts';

export interface ArticleContext {
  /** Id of the source article; every piece of evidence carries it. */
  sourceId: string;
  /** Publication day, YYYY-MM-DD: relative dates resolve against it. */
  published: string;
  paragraphs: Paragraph[];
  overlay: Overlay;
}

export interface ArticleRecords {
  actors: Actor[];
  authorities: Authority[];
  events: Event[];
  /** Every direct quotation, attributed (also attached to its actor's record). */
  statements: Statement[];
}

/**
 * Stages 3-7 of the pipeline (sentences, candidates, refine, events, records). The walking
 * skeleton extracts nothing yet: the extraction engine replaces this body.
 */
export function extractRecords(_ctx: ArticleContext): ArticleRecords {
  return { actors: [], authorities: [], events: [], statements: [] };
}
