import { mainAction, participants, type EventCandidate } from './events.ts';
import { clauseOfToken, layerOf } from './linguistics.ts';
import type { ActorCandidate, AuthorityCandidate, DateCandidate, ResolvedActor, ResolvedAuthority, Sentence } from './types.ts';

type ActorMentions = Map<number, { actor: ResolvedActor; m: ActorCandidate }[]>;
type AuthorityMentions = Map<number, { authority: ResolvedAuthority; m: AuthorityCandidate }[]>;

/** How far past its own paragraph a report may go on about one act. */
const PARAGRAPHS_AHEAD = 4;
const PARAGRAPHS_BACK = 3;

/**
 * Stage 6b: what neighbouring sentences add to an act. A report spreads one happening over
 * several sentences ("The Senate rejected the measure on Wednesday. The resolution, led by
 * Senators Ames and Bell, failed 51-48. Senator Cole was the only Democrat to vote against the
 * measure."), so an event's actors are not only the names of its own sentence:
 * - a later sentence that refers back to the act's authority by a definite description ("the
 *   resolution", "the measure"), before the text reaches another dated act, names more of them;
 * - a next sentence of the paragraph that adds to the act with "also" and gives no date of its
 *   own ("Two more gangs were also named.") names more of them;
 * - an act whose own sentence names no one ("The designation was announced Wednesday.") was done
 *   by those of the sentence that introduced its authority.
 * Written here, not taken from a library: event coreference over this layer is the product's
 * core, and no JavaScript NLP library resolves it.
 */
export function joinElaborations(
  events: EventCandidate[],
  sentences: Sentence[],
  dates: Map<number, DateCandidate[]>,
  actorMentions: ActorMentions,
  authorityMentions: AuthorityMentions,
): EventCandidate[] {
  const dated = new Set(events.filter((e) => e.date && !e.date.fromContext).map((e) => e.sentence.index));
  const actorsOf = (s: Sentence) => participants(s, mainAction(s), actorMentions.get(s.index) ?? []).map((x) => x.actor.id);
  return events.map((e) => {
    if (!e.date) return e;
    const added: string[] = [];
    const own = e.sentence;
    // The report goes on about the act up to the last sentence that refers back to it; what
    // lies between is part of it too.
    let last = own.index;
    for (let i = own.index + 1; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.paragraphIndex - own.paragraphIndex > PARAGRAPHS_AHEAD || dated.has(s.index)) break;
      const refersBack = (authorityMentions.get(s.index) ?? []).some((x) => x.m.anaphora && e.authorities.includes(x.authority.id));
      const adds = i === own.index + 1 && s.paragraph === own.paragraph && !(dates.get(s.index) ?? []).length && saysAlso(s);
      if (refersBack || adds) last = i;
    }
    for (let i = own.index + 1; i <= last; i++) added.push(...actorsOf(sentences[i]!));
    if (e.actors.length === 0) {
      const anaphors = (authorityMentions.get(own.index) ?? []).filter((x) => x.m.anaphora).map((x) => x.authority.id);
      for (let i = own.index - 1; i >= 0 && anaphors.length; i--) {
        const s = sentences[i]!;
        if (own.paragraphIndex - s.paragraphIndex > PARAGRAPHS_BACK) break;
        if ((authorityMentions.get(s.index) ?? []).some((x) => !x.m.anaphora && anaphors.includes(x.authority.id))) {
          added.unshift(...actorsOf(s));
          break;
        }
      }
    }
    return added.length ? { ...e, actors: [...new Set([...e.actors, ...added])] } : e;
  });
}

/** "… were also named": the act's main clause says it adds to what came before. */
function saysAlso(s: Sentence): boolean {
  const action = mainAction(s);
  if (!action || action.speech) return false;
  const layer = layerOf(s);
  return layer.tokens.some((t, i) => t.lower === 'also' && clauseOfToken(layer, i).start === action.clause.start);
}
