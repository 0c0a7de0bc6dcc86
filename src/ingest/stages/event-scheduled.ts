import { capitalised, givesYear, matcherFor, tokenFrom } from './event-happenings.ts';
import { layerOf } from './linguistics.ts';
import type { AuthorityCandidate, DateCandidate, ResolvedAuthority, Sentence } from './types.ts';

/** "(which will be) effective (on)", "takes effect (on)", "goes into force": words that end where the day begins. */
const STARTS = matcherFor('scheduled-start');
/** Past this many words between the instrument and its day, the words are no headline. */
const MAX_WORDS = 14;

/** The day an instrument takes effect, told in the text's own words. */
export interface Scheduled {
  date: DateCandidate;
  /** From the instrument's mention to the day: "The listing, which will be effective May 24". */
  summary: string;
  authority: string;
  /** The day's words give its year. */
  yearGiven: boolean;
}

/**
 * "The listing, which will be effective May 24", "… as a terrorist organization, effective on
 * May 24", "the law takes effect on July 1": the day an instrument named before these words
 * takes effect is an event of its own, when the text gives the day. The words keep their tense
 * ("will be"), so the headline says it was scheduled. Written here, not as a pattern alone,
 * because the day is a span of the date stage and the instrument one of the authority stage.
 */
export function scheduledIn(
  s: Sentence,
  dates: DateCandidate[],
  instruments: { authority: ResolvedAuthority; m: AuthorityCandidate }[],
): Scheduled[] {
  const toks = layerOf(s).tokens;
  const out: Scheduled[] = [];
  for (const d of dates) {
    if (d.anchor || d.date.precision !== 'day') continue;
    const at = tokenFrom(toks, d.start);
    if (at <= 0 || at >= toks.length || toks[at]!.quoted) continue;
    const m = STARTS.matchEndingAt(toks, at);
    if (!m) continue;
    const instrument = instruments.filter((x) => x.m.end <= toks[m.start]!.start).at(-1);
    if (!instrument) continue;
    if (at - tokenFrom(toks, instrument.m.start) > MAX_WORDS) continue;
    const summary = summaryOf(s, instrument, d);
    out.push({ date: d, summary, authority: instrument.authority.id, yearGiven: givesYear(toks, d) });
  }
  return out;
}

/**
 * The words from the instrument to its day; where the mention does not name the instrument's kind
 * ("… as a terrorist organization, effective …" for a designation), the record's name stands for
 * it in brackets, as the editors' words: "[Terrorist organization designation], effective on May 24".
 */
function summaryOf(s: Sentence, x: { authority: ResolvedAuthority; m: AuthorityCandidate }, d: DateCandidate): string {
  const kindWord = x.authority.name.split(' ').at(-1)!.toLowerCase();
  const mention = s.paragraphText.slice(x.m.start, x.m.end);
  const rest = s.paragraphText.slice(x.m.end, d.end);
  if (!mention.toLowerCase().includes(kindWord)) return `[${x.authority.name}]${rest}`;
  return capitalised(mention) + rest;
}
