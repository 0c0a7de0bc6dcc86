import type { Article } from '../pipeline.ts';
import type { ExtractResult } from '../../schemas/index.ts';

const bare = <T extends { source?: string | undefined }>({ source: _s, ...rest }: T): Omit<T, 'source'> => rest;

/** An article's records in the extract contract's shape (DESIGN.md): no source ids, roles as words. */
export function toExtractJson(a: Article): ExtractResult {
  return {
    source: { title: a.source.title, published: a.source.published, paragraphs: a.source.paragraphs },
    actors: a.actors.map(({ statements: _st, editorial: _ed, ...x }) => ({
      ...x,
      roles: [...new Set(x.roles.map((r) => r.role))],
      mentions: x.mentions.map(bare),
    })),
    // (the contract's aliases are every surface form of the text, names or not)
    authorities: a.authorities.map(({ editorial: _ed, wordings = [], ...x }) => ({
      ...x,
      aliases: [...x.aliases, ...wordings],
      mentions: x.mentions.map(bare),
    })),
    events: a.events.map(bare),
    statements: a.statements.map((s) => ({ ...bare(s), actor: s.actor! })),
  };
}
