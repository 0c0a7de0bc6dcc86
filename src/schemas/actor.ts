import { z } from 'zod';
import { editorial, evidence, mention, recordId } from './common.ts';

export const actorKinds = ['person', 'organization', 'group', 'state'] as const;
/** person; organization (government bodies, agencies, media); group (cartels, gangs, armed groups); state. */
export const actorKind = z.enum(actorKinds);
export type ActorKind = z.infer<typeof actorKind>;

/** A direct quotation in the text, attributed to the actor who said or wrote it. */
export const statement = evidence.extend({
  /** The actor who said it (in the extract JSON; implied by the record in content/). */
  actor: recordId.optional(),
});
export type Statement = z.infer<typeof statement>;

/** A role as the text states it, e.g. "a White House spokesperson", with its evidence. */
export const role = evidence.extend({ role: z.string().min(1) });
export type Role = z.infer<typeof role>;

export const actor = z.object({
  id: recordId,
  name: z.string().min(1),
  kind: actorKind,
  /** Other names the text uses for the same actor ("Rubio", "the Pentagon"). */
  aliases: z.array(z.string()).default([]),
  /** Roles as stated in the text, each with the words that state it. */
  roles: z.array(role).default([]),
  mentions: z.array(mention).min(1),
  statements: z.array(statement).default([]),
  editorial: editorial.optional(),
  /** Ids its page had before (`seeds/overlay.yaml`): those addresses lead to its page. */
  formerIds: z.array(recordId).min(1).optional(),
});
export type Actor = z.infer<typeof actor>;
