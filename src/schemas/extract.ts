import { z } from 'zod';
import { actor, statement } from './actor.ts';
import { authority } from './authority.ts';
import { event } from './event.ts';
import { isoDay, mention as sourcedMention } from './common.ts';
import { paragraph } from './source.ts';

const mention = sourcedMention.omit({ source: true });

/** The JSON printed by `npm run extract` for one article (see DESIGN.md). */
export const extractResult = z.object({
  source: z.object({ title: z.string(), published: isoDay, paragraphs: z.array(paragraph) }),
  actors: z.array(actor
      .omit({ statements: true, editorial: true })
      .extend({ roles: z.array(z.string()), mentions: z.array(mention) }),
  ),
  authorities: z.array(authority.omit({ editorial: true }).extend({ mentions: z.array(mention) })),
  events: z.array(event.omit({ source: true })),
  statements: z.array(statement.omit({ source: true }).required({ actor: true })),
});
export type ExtractResult = z.infer<typeof extractResult>;
