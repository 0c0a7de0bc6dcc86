import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import { resolveAnchored } from './candidates-dates.ts';
import { escapeRe, type ActorCandidate, type AuthorityCandidate, type DateCandidate, type ResolvedActor, type ResolvedAuthority, type Sentence } from './types.ts';
import type { EventDate } from '../../schemas/index.ts';

export interface EventCandidate {
  sentence: Sentence;
  summary: string;
  date: EventDate | null;
  actors: string[];
  authorities: string[];
}

const ACTION = new RegExp(String.raw`\b(?:${[...verbs.actions, ...verbs.speech].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})\b`, 'gu');
const SPEECH_ACT = new Set(verbs.speechActs);
const ADJECTIVAL = /\b(?:a|an|the)\s+(?:\S+ly\s+)?$/iu;
const CONDITION = /\b(?:whether|if|unless)\b/iu;
const SPEECH_ONLY = new RegExp(String.raw`^(?:${verbs.speech.map(escapeRe).join('|')})$`, 'iu');
const HEDGE = new RegExp(String.raw`\b(?:${verbs.hedges.map(escapeRe).join('|')})\s+(?:\S+\s+){0,2}$`, 'iu');
const NEGATION = new RegExp(String.raw`\b(?:${verbs.negations.map(escapeRe).join('|')})\s+(?:\S+\s+){0,2}$`, 'iu');
const SENTENCE_HEDGE = new RegExp(String.raw`^(?:but\s+|and\s+)?(?:${verbs.sentenceHedges.map(escapeRe).join('|')})\b`, 'iu');
const QUOTED = /“[^”]*”|"[^"]*"/gu;
// A verb in a relative clause or after "to"/"who" is background, not the sentence's act.
const SUBORDINATE = /(?:\b(?:who|which|that|to)\s+(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:\S+\s+)?)$/iu;
const EVENT_NOUN = new RegExp(String.raw`\bthe\s+(?:[a-z-]+\s+)?(?:${timeWords.eventNouns.map(escapeRe).join('|')})\s+of\s+$`, 'iu');
const AFTER_BEFORE = /\b(?:after|before|following)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:of\s+)?$/iu;

// Background inside a sentence: a relative clause after the act ("…, who had been indicted in the
// United States"), a "whose" description anywhere, a comment on the act (", a step the administration
// said …"). Who is named there is not an actor of the act.
const RELATIVE = /,\s+(?:who|whom|whose|which|where)\b[^,;—]*(?=,|;|—|$)/gu;
const WHOSE = /,\s+(?:whose|whom)\b[^,;—]*(?=,|;|—|$)/gu;
// A source named after the act ("…, according to figures released by the Pentagon") is not an actor.
const SOURCE = /,\s+according\s+to\b.*$/gu;
// "praised the strikes and said Congress should …": who is named in what was said is not an actor.
const SAID_CONTENT = /\s+and\s+(?:said|says|added|argued|warned)\b.*$/gu;
// "a group that the State Department designated …": another agent's act, told about the object.
const OBJECT_RELATIVE = /\s(?:that|which|whom)\s+(?:the\s+)?[A-Z][\p{L}.’']*(?:\s+[A-Z][\p{L}.’']*)*\s+(?:has\s+|had\s+)?[a-z]+ed\b[^,;—]*/gu;
const HYPOTHETICAL = /\s(?:that|which|who)\s+would\b[^,;—]*/gu;
const COMMENT = /,\s+(?:a|an)\s+(?:step|move|decision|measure|action|charge|claim)\b.*$/gu;
// The act itself inside ", which …" / ", who …": its actors are the clause's and the one it refers to.
const RELATIVE_OPEN = /,\s+(?:which|who|that)\b/gu;

/** Ranges of the sentence (relative offsets) whose actors are not actors of the act at `verbAt`. */
export function backgroundRanges(text: string, verbAt: number): { skip: [number, number][]; from: number | null } {
  const skip: [number, number][] = [];
  for (const m of text.matchAll(RELATIVE)) if (m.index > verbAt) skip.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(WHOSE)) if (m.index + m[0].length < verbAt) skip.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(SOURCE)) if (m.index > verbAt) skip.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(SAID_CONTENT)) if (m.index > verbAt) skip.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(OBJECT_RELATIVE)) if (m.index > verbAt) skip.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(HYPOTHETICAL)) if (m.index > verbAt) skip.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(COMMENT)) if (m.index > verbAt) skip.push([m.index, m.index + m[0].length]);
  const opener = [...text.matchAll(RELATIVE_OPEN)].filter((m) => m.index < verbAt && !/[,;—]/u.test(text.slice(m.index + m[0].length, verbAt))).at(-1);
  return { skip, from: opener ? opener.index : null };
}

const WROTE_DOCUMENT = /^\s+(?:an?|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:memo|memorandum|opinion|letter|order|report|directive|op-ed|memoir|book|brief)\b/u;

/** Blanks out quotations (same length), so verbs inside them are not the sentence's act. */
const unquote = (text: string) => text.replace(QUOTED, (q) => ' '.repeat(q.length));

/** The main act of a sentence: its first action verb outside quotations, hedges and relative clauses. */
export function mainAction(sentence: Sentence): { verb: string; index: number } | null {
  const text = unquote(sentence.text);
  if (SENTENCE_HEDGE.test(text.trim())) return null;
  let speech: { verb: string; index: number } | null = null;
  for (const m of text.matchAll(ACTION)) {
    const before = text.slice(0, m.index);
    if (HEDGE.test(before) || NEGATION.test(before) || ADJECTIVAL.test(before) || CONDITION.test(before)) continue;
    if (SUBORDINATE.test(before) && !/^(?:began|started)$/.test(m[0])) continue;
    // "wrote a classified opinion": writing a document is an act, not an attribution.
    if (m[0] === 'wrote' && WROTE_DOCUMENT.test(text.slice(m.index + m[0].length))) return { verb: m[0], index: m.index };
    if (SPEECH_ONLY.test(m[0]) && !SPEECH_ACT.has(m[0])) {
      speech ??= { verb: m[0], index: m.index };
      continue;
    }
    return { verb: m[0], index: m.index };
  }
  return speech;
}

// Words a summary must not end on: cutting there changes or loses the meaning ("… as a").
const DANGLING = /\s+(?:a|an|the|of|to|for|with|as|by|in|on|at|and|or|but|that|his|her|its|their|she|he|it|they|who|which|was|is|were|are|be|from|into|could|would|should|might|may|will|can|must|has|have|had)$/iu;
const SUMMARY_WORDS = 30;

/**
 * A short summary: the sentence without its leading date words and trailing attributions,
 * keeping inline quotations and paired dashes ("doubling a reward — to $50 million — for …"),
 * cut at a clause boundary, never on a word that leaves the clause hanging. A sentence that is
 * someone's paraphrased claim ("X allows Y “…,” Rubio said") reads as what they said.
 */
export function summarize(sentence: Sentence, date: DateCandidate | null): string {
  let text = sentence.text;
  if (date && date.start === sentence.start) text = text.slice(date.end - sentence.start);
  const claim = /^([^“"]{12,}?)\s*([“"][^”"]+[”"]),?\s+((?:[A-Z][\p{L}.’'-]*\s+){0,3}[A-Z][\p{L}’'-]+)(?:,[^,]*,)?\s+(?:said|says|told|wrote|added)\b/u.exec(text);
  if (claim) text = `${claim[3]} said ${claim[1]!.charAt(0).toLowerCase()}${claim[1]!.slice(1)} ${claim[2]!.replace(/,([”"])$/u, '$1')}`;
  text = text
    .replace(/^[“"][^”"]*[”"],?\s*/u, '')
    .replace(/,\s+(?:who|which)\s+[^,]*,/gu, '')
    .replace(/^[A-Z][A-Z .,]+\s+—\s+/u, '')
    .replace(/^[\s,]+/u, '')
    .replace(/^(?:But|And|So|Or)\s+/u, '');
  // A leading subordinate clause ("In announcing …, the Treasury Department accused …") gives way
  // to the main clause, which says who did what; the date is kept apart anyway.
  const lead = /^(?:[Ii]n|[Aa]fter|[Ww]hen|[Ww]hile|[Bb]efore|[Ss]ince|[Ff]ollowing|[Aa]sked)\b[^,“”"]{0,160},\s+(?=[A-Za-z])/u.exec(text);
  if (lead && text.slice(lead[0].length).split(/\s+/).length >= 6) text = text.slice(lead[0].length);
  // Cut at a trailing attribution, a semicolon or colon, or an unpaired dash; a dash pair is kept.
  const cut = text.search(/,\s+(?:saying|asserting|according to|who|which)\b|;\s+|:\s+/u);
  if (cut > 0) text = text.slice(0, cut);
  const dashes = [...text.matchAll(/\s+—\s+/gu)];
  if (dashes.length % 2 === 1) text = text.slice(0, dashes.at(-1)!.index);
  text = text.replace(/[\s,.]+$/u, '');
  if (!text) text = sentence.text.replace(/[“”"]/gu, '').trim();
  const words = text.split(/\s+/);
  let short = text;
  if (words.length > SUMMARY_WORDS) {
    short = words.slice(0, SUMMARY_WORDS).join(' ');
    // Prefer the last clause boundary; never end on a dangling word.
    const comma = short.lastIndexOf(', ');
    if (comma > short.length / 2) short = short.slice(0, comma);
    while (DANGLING.test(short)) short = short.replace(DANGLING, '');
    short = `${short.replace(/[\s,]+$/u, '')}…`;
  }
  // An inline quotation cut off keeps its closing mark.
  if ((short.match(/“/gu)?.length ?? 0) > (short.match(/”/gu)?.length ?? 0)) short = short.endsWith('…') ? `${short.slice(0, -1)}…”` : `${short}”`;
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/** The date that places the sentence's act: the first one not inside a quotation or a "who" clause. */
function sentenceDate(sentence: Sentence, dates: DateCandidate[], actionAt: number | null = null): DateCandidate | null {
  const text = sentence.text;
  const quoted = [...text.matchAll(QUOTED)].map((q) => [q.index, q.index + q[0].length] as const);
  for (const d of dates) {
    const rel = d.start - sentence.start;
    if (quoted.some(([a, b]) => rel >= a && rel < b)) continue;
    const before = text.slice(0, rel);
    // A date inside a ", who …" / ", which …" clause dates that clause, unless the act is there too.
    const who = Math.max(before.lastIndexOf(', who '), before.lastIndexOf(', which '));
    if (who >= 0 && !before.slice(who + 3).includes(',')) {
      const clauseEnd = who + 2 + (text.slice(who + 2).search(/[,;—]/u) + 1 || text.length);
      if (actionAt === null || actionAt < who || actionAt > clauseEnd) continue;
    }
    return d;
  }
  return null;
}

/**
 * Stage 6: events. A sentence whose main clause reports an act (an action verb, past or present
 * perfect, not hedged, negated or quoted) is an event, with the actors and authorities it names,
 * its date as the text gives it (or null: never invented), resolved against the publication day
 * or, for "two days later" and "ahead of the operation", against the previous dated event.
 * A bare "X said" is a statement, not an event, unless the text dates it. A happening dated in
 * a noun phrase ("the terrorist attacks of Sept. 11, 2001") is an event of its own.
 */
export function findEvents(
  sentences: Sentence[],
  dates: Map<number, DateCandidate[]>,
  actorMentions: Map<number, { actor: ResolvedActor; m: ActorCandidate }[]>,
  authorityMentions: Map<number, { authority: ResolvedAuthority; m: AuthorityCandidate }[]>,
): EventCandidate[] {
  const out: EventCandidate[] = [];
  let previous: EventDate | null = null;
  for (const s of sentences) {
    const ds = dates.get(s.index) ?? [];
    const action = mainAction(s);
    const quoted = [...s.text.matchAll(QUOTED)].map((q) => [s.start + q.index, s.start + q.index + q[0].length] as const);
    const outside = (m: { start: number; end: number }) => !quoted.some(([a, b]) => m.start >= a && m.end <= b);
    const bg = action ? backgroundRanges(unquote(s.text), action.index) : { skip: [], from: null };
    const inForeground = (m: { start: number; end: number }) => !bg.skip.some(([a, b]) => m.start - s.start >= a && m.end - s.start <= b);
    let here = (actorMentions.get(s.index) ?? []).filter((x) => outside(x.m) && inForeground(x.m) && !(x.m.via === 'coreference' && /^(?:his|her|its|their)\s/iu.test(x.m.text)));
    if (bg.from !== null) {
      // The act sits in a relative clause: the clause's actors and the one just before it.
      const from = s.start + bg.from;
      const antecedent = here.filter((x) => x.m.end <= from).at(-1);
      here = here.filter((x) => x.m.start >= from || x === antecedent || (antecedent && x.actor.id === antecedent.actor.id));
    }
    const actors = [...new Set(here.map((x) => x.actor.id))];
    const authorities = [...new Set((authorityMentions.get(s.index) ?? []).filter((x) => outside(x.m)).map((x) => x.authority.id))];
    // Noun-phrase happenings with a full date: "the attacks of Sept. 11, 2001".
    const nounEvents = ds.filter((d) => d.date.precision === 'day' && !d.anchor && EVENT_NOUN.test(s.paragraphText.slice(s.start, d.start)));
    for (const d of nounEvents) {
      const noun = s.paragraphText.slice(s.start, d.start).match(/\bthe\s+(?:[a-z-]+\s+)?[a-z]+\s+of\s+$/iu)![0];
      const nounActors = actors.filter((id) => (actorMentions.get(s.index) ?? []).some((x) => x.actor.id === id && x.actor.kind === 'group'));
      out.push({ sentence: s, summary: `${(noun + d.text).replace(/^the\s+/iu, '').replace(/^./u, (c) => c.toUpperCase())}`, date: { ...d.date, approximate: false }, actors: nounActors, authorities: [] });
    }
    let dc = sentenceDate(s, ds, action?.index ?? null);
    let date: EventDate | null = dc ? resolveAnchored(dc, previous) : null;
    if (dc && date && !dc.anchor && AFTER_BEFORE.test(s.paragraphText.slice(s.start, dc.start))) {
      // "after the attacks of Sept. 11, 2001": only the year is sure.
      const from = s.start + s.paragraphText.slice(s.start, dc.start).search(AFTER_BEFORE);
      const expression = s.paragraphText.slice(from, dc.end);
      date = { value: date.value.slice(0, 4), precision: date.precision === 'decade' ? 'decade' : 'year', approximate: true, expression };
    }
    // The context for "two days later" is the last date the text gave, event or not.
    if (date) previous = date;
    // An act needs someone or something acting, unless the text dates it ("The program ended in 2017.").
    if (!action || (actors.length + authorities.length === 0 && !date)) continue;
    // A bare "X said" is a statement; a dated one is an act too.
    if (SPEECH_ONLY.test(action.verb) && !SPEECH_ACT.has(action.verb) && !date) continue;
    if (!date) dc = null;
    out.push({ sentence: s, summary: summarize(s, dc), date, actors, authorities });
  }
  return out;
}
