import clauseWords from '../lexicons/clause-words.json' with { type: 'json' };
import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import { clauseAt, layerOf, set, type Clause, type ClauseKind, type Layer, type Token } from './linguistics.ts';
import type { ActorCandidate, Sentence } from './types.ts';
import type { Action } from './events.ts';
import titles from '../lexicons/titles.json' with { type: 'json' };
import heads from '../lexicons/organization-heads.json' with { type: 'json' };
import { singular } from './name-forms.ts';

/**
 * Who takes part in a sentence's act: the names outside quotations and background clauses, less
 * those that only qualify or place something else ("Ostrian law", "toward Ostria"), a label
 * others give, a question, "without" what is withheld; narrowed by where the act sits (what is
 * reported, a relative clause). The events stage and the elaborations stage ask it.
 */

const SPEECH = set(clauseWords.speechVerbs);
const POSSESSIVES = set(['his', 'her', 'its', 'their']);
const SOURCE_VERBS = set(verbs.sourceVerbs);
const HYPHENS = new Set(['-', '‐']);
/** Clauses whose names are not actors of the act: background about someone, the source, an aside. */
const BACKGROUND = new Set<ClauseKind>(['relative', 'attribution', 'aside', 'subordinate']);

/**
 * Whether a span lies in a clause that is background to the act. For names (`names`), an
 * apposition or a relative clause on what the act is done to is not: it says who is involved.
 */
export function inBackground(layer: Layer, action: Action | null, start: number, names = false): boolean {
  const c = clauseAt(layer, start);
  if (action && c.start === action.clause.start) return false;
  if (names) {
    // "declared three gangs — the Red Hand, the Blue Hand … — to be": an aside with no verb
    if (c.kind === 'aside' && !layer.verbs.some((v) => v.main >= c.start && v.main < c.end)) return false;
    // "designated the Ring, which officials say is led by Roe": after the act's verb, a relative
    // clause that describes (not one that tells an act of its own: "that the ministry banned")
    // (an act in the attribution, "…, Roe announced Sunday", is done to all that comes before)
    // (not "who" after a speech verb: ", said Roe, who heads the Harbor Committee" tells who speaks)
    const aboutSpeaker = layer.tokens[c.start]!.lower === 'who' && saidJustBefore(layer, c.start);
    const onObject = action && (c.start > action.token || action.clause.kind === 'attribution');
    if (c.kind === 'relative' && action && onObject && !aboutSpeaker) {
      const own = layer.verbs.find((v) => v.main >= c.start && v.main < c.end);
      if (!own || own.tense !== 'past' || own.modal) return false;
      if (describesWhatItDid(layer, c)) return false;
    }
  }
  return BACKGROUND.has(c.kind);
}

/** ", said Sen. Ann Roe, who …": a speech verb a few words before the relative clause, naming its speaker. */
const SPEAKER_REACH = 6;
function saidJustBefore(layer: Layer, at: number): boolean {
  return layer.verbs.some((v) => SPEECH.has(v.lemma) && v.main < at && at - v.main <= SPEAKER_REACH);
}

/**
 * "sank a trawler that sailed from Peru", "a trawler which he said had sailed from Peru": a
 * relative clause whose pronoun is the subject of an active verb (past a speech frame) tells what
 * the thing the act is done to did: it describes it, and its names take part ("who had been
 * charged in Peru", a passive, tells an act done to it: background).
 */
function describesWhatItDid(layer: Layer, c: Clause): boolean {
  const toks = layer.tokens;
  if (!SUBJECT_RELATIVES.has(toks[c.start]!.lower)) return false;
  const [first, second] = layer.verbs.filter((v) => v.main >= c.start && v.main < c.end);
  if (!first) return false;
  if (first.start === c.start + 1) return !first.passive;
  const frame = SPEECH.has(first.lemma) && first.start === c.start + 2 && toks[c.start + 1]!.pos === 'PRON';
  return frame && !!second && second.start === first.end && !second.passive;
}
const SUBJECT_RELATIVES = set(['which', 'that', 'who']);

/** The token at a paragraph offset lies inside quotation marks, as the layer marks them. */
export const quotedAt = (layer: Layer, offset: number) =>
  !!layer.tokens.find((t) => t.start <= offset && offset < t.end)?.quoted;

/** The first word of a mention's text, lower case. */
export const firstWord = (text: string) => text.split(' ')[0]!.toLowerCase();

export type Mention = { actor: { kind: string }; m: ActorCandidate };

/**
 * The actors a sentence's act involves: names outside quotations and background clauses (and not
 * "his"/"their" pointing back), narrowed by where the act sits (what is reported, a relative
 * clause).
 */
export function participants<T extends Mention>(s: Sentence, action: Action | null, mentions: T[]): T[] {
  const layer = layerOf(s);
  const pointsBack = (x: T) => x.m.via === 'coreference' && POSSESSIVES.has(firstWord(x.m.text));
  let here = mentions.filter(
    (x) =>
      !quotedAt(layer, x.m.start) &&
      !inBackground(layer, action, x.m.start, true) &&
      !pointsBack(x) &&
      !isLabel(layer, x.m) &&
      !withheld(layer, x.m) &&
      !inQuestion(layer, x.m) &&
      !(action && inReducedRelative(layer, action, x.m)),
  );
  if (action && action.clause.kind === 'reported') here = reportedParticipants(layer, action, here);
  if (action && passesOn(layer, action)) here = here.filter((x) => x.m.start > layer.tokens[action.token]!.start);
  if (action && action.clause.kind === 'relative') here = relativeParticipants(s, layer, action, mentions, here);
  if (action) here = [...here, ...whenParticipants(layer, action, here, mentions)];
  // "Ostrian law", "arms toward Ostria": a state that only qualifies or places something else
  here = here.filter((x) => x.actor.kind !== 'state' || !onlyQualifies(layer, action, x.m, mentions));
  here = here.filter((x) => x.actor.kind === 'person' || !inPostOfTheActedOn(layer, x.m));
  // "President Ann Roe’s border czar Ben Ode": a person named in another's title is no party
  here = here.filter((x) => x.actor.kind !== 'person' || !titlesAnother(layer, x.m, here));
  // "the administration of President Ann Roe": the name inside a longer mention qualifies it
  const inside = (x: T, y: T) =>
    y !== x && y.m.start <= x.m.start && x.m.end <= y.m.end && y.m.end - y.m.start > x.m.end - x.m.start;
  return here.filter((x) => x.actor.kind !== 'person' || !here.some((y) => inside(x, y)));
}

const QUOTE_MARKS = new Set(['”', '"', '’']);

/** Words a title may hold between a possessive and the name it comes before ("border czar"). */
const TITLE_WORDS = new Set(['NOUN', 'ADJ']);
/** "Ann Roe’s border czar Ben Ode": the possessive opens a title, of a person named right after it. */
function titlesAnother(layer: Layer, m: ActorCandidate, here: Mention[]): boolean {
  const toks = layer.tokens;
  const k = toks.findIndex((t) => t.start >= m.end);
  if (k < 0 || !POSSESSIVE_ENDINGS.has(toks[k]!.lower)) return false;
  let j = k + 1;
  while (j < toks.length && j - k <= 4 && TITLE_WORDS.has(toks[j]!.pos)) j++;
  const next = toks[j];
  return j > k + 1 && !!next && here.some((y) => y.actor.kind === 'person' && y.m.start === next.start);
}
const ROLE_NOUNS = set(titles.roleNouns);
const POST_OF = set(['for']);

/**
 * "fired the top lawyers for the Harbor Council": a body named after a post's noun and "for", in
 * the object of a verb, only says whom those officials serve; the act is done to them. As the
 * subject ("a lawyer for the council said") the body stays a party, and so does it after "of"
 * ("expelled two envoys of the cartel": an act against the cartel's own).
 */
function inPostOfTheActedOn(layer: Layer, m: ActorCandidate): boolean {
  const toks = layer.tokens;
  let k = toks.findIndex((t) => t.start >= m.start) - 1;
  if (toks[k]?.pos === 'DET') k--;
  const post = toks[k - 1];
  if (k < 1 || !POST_OF.has(toks[k]!.lower) || !post || !ROLE_NOUNS.has(singular(post.lower))) return false;
  const phrase = layer.phrases.find((p) => p.start <= k - 1 && k - 1 <= p.head);
  return toks[(phrase?.start ?? k - 1) - 1]?.pos === 'VERB';
}

/**
 * A state named in passing, whatever the act: its name only qualifies or places something else
 * ("Ostrian law", "arms toward Ostria"), as `onlyQualifies` reads it with no act to keep it in.
 * A possessive says what is the state's own ("corrupted Ostria's courts"): that is about it.
 */
export function namedInPassing(s: Sentence, m: ActorCandidate, mentions: Mention[]): boolean {
  const layer = layerOf(s);
  const next = layer.tokens.find((t) => t.start >= m.end);
  if (next && next.start === m.end && POSSESSIVE_ENDINGS.has(next.lower)) return false;
  return onlyQualifies(layer, null, m, mentions);
}
const POSSESSIVE_ENDINGS = new Set(["'s", '’s']);

/**
 * "reported a notice the ministry sent to …": a name between a noun after the act's verb and a
 * past verb of its own opens a relative clause without "that", which tells an act of its own.
 */
function inReducedRelative(layer: Layer, action: Action, m: ActorCandidate): boolean {
  const toks = layer.tokens;
  let k = toks.findIndex((t) => t.start >= m.start) - 1;
  if (k <= action.token) return false;
  if (toks[k]!.pos === 'DET') k--;
  while (k > 0 && QUOTE_MARKS.has(toks[k]!.text)) k--;
  const after = toks.findIndex((t) => t.start >= m.end);
  const own = layer.verbs.find((v) => v.start === after);
  const opens = toks[k]?.pos === 'NOUN' && !toks[k]!.cap && !!own && own.tense === 'past' && !own.passive;
  return opens || toldByReducedRelative(layer, action, k);
}

/**
 * "sank a trawler she tied to Peru": a name right after the past verb (and a preposition) of a
 * relative clause without "that", opened by a pronoun after a noun, is what that clause tells of.
 */
function toldByReducedRelative(layer: Layer, action: Action, before: number): boolean {
  const toks = layer.tokens;
  let k = before;
  while (k > action.token && toks[k]!.pos === 'ADP') k--;
  const own = layer.verbs.find((v) => v.end - 1 === k && v.start === v.main);
  if (!own || own.tense !== 'past' || own.passive || own.start <= action.token + 2) return false;
  const subject = toks[own.start - 1]!;
  const noun = toks[own.start - 2]!;
  return PEOPLE_PRONOUNS.has(subject.lower) && noun.pos === 'NOUN' && !noun.cap;
}

/**
 * "Asked about Roe’s order, the ministry said …": an opening "Asked …" up to its comma is the
 * question put to the one who answers; its names are what the answer is about, no party to it.
 */
function inQuestion(layer: Layer, m: ActorCandidate): boolean {
  const toks = layer.tokens;
  if (toks[0]?.lemma !== 'ask' || toks[0].pos !== 'VERB') return false;
  const comma = toks.find((t) => t.text === ',');
  return !!comma && m.end <= comma.start;
}

const WITHOUT = set(['without']);
const OF_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

/**
 * "a bill to bar raids without the approval of Congress": a name in a phrase opened by "without"
 * is what the act lacks, no party to it.
 */
function withheld(layer: Layer, m: ActorCandidate): boolean {
  const toks = layer.tokens;
  let k = toks.findIndex((t) => t.start >= m.start) - 1;
  while (k >= 0 && (OF_PHRASE.has(toks[k]!.pos) || toks[k]!.lower === 'of')) k--;
  return k >= 0 && WITHOUT.has(toks[k]!.lower);
}

/**
 * "Roe announced on May 2 that the ministry will list the Ring, effective on May 9": the day an
 * instrument takes effect involves those of the clause that tells the instrument, not who
 * announced it.
 */
export function takingEffect(s: Sentence, action: Action | null, here: { actor: { id: string }; m: ActorCandidate }[]) {
  const layer = layerOf(s);
  const told = action && layer.clauses.find((c) => c.kind === 'reported' && c.start >= action.clause.start);
  const from = told ? layer.tokens[told.start]!.start : -1;
  return [...new Set(here.filter((x) => x.m.start >= from).map((x) => x.actor.id))];
}

/** "Borduria: On May 2 the ministry …": a name opening the sentence before a colon labels it, like a dateline. */
function isLabel(layer: Layer, m: ActorCandidate): boolean {
  const toks = layer.tokens;
  const next = toks.findIndex((t) => t.start >= m.end);
  return toks[0]!.start === m.start && toks[next]?.text === ':';
}

/**
 * "X reported that Y did Z": the act is Y's; who reports it is its source, not an actor. "Ruiz said
 * Thursday that a patrol found no one": who says it takes part, unless the verb only passes the
 * news on (report).
 */
function reportedParticipants<T extends Mention>(layer: Layer, action: Action, here: T[]): T[] {
  const from = layer.tokens[action.clause.start]!.start;
  const speechVerb = layer.verbs.filter((v) => v.main < action.clause.start).at(-1);
  const passesNewsOn = !speechVerb || SOURCE_VERBS.has(speechVerb.lemma) || outletSays(layer, speechVerb.start, here);
  return passesNewsOn ? here.filter((x) => x.m.start >= from) : here;
}

const OUTLET_WORDS = set(heads.outlet);
/** "The Times said Roe had signed …": a news outlet that says so passes the news on, as "reported". */
function outletSays(layer: Layer, verb: number, here: Mention[]): boolean {
  const at = layer.tokens[verb]!.start;
  const subject = here.filter((x) => x.m.end <= at).at(-1);
  return !!subject && OUTLET_WORDS.has(subject.m.text.split(' ').at(-1)!.toLowerCase());
}

/**
 * "The rift deepened on May 2, when the navy fired on …", "The law was rarely used until the
 * ministry listed …": an act whose own clause names no one, its subject no pronoun for people, is
 * told by the subordinate clause right after it, whose names take part.
 */
const PEOPLE_PRONOUNS = set(['i', 'we', 'you', 'he', 'she', 'they']);
function whenParticipants<T extends Mention>(layer: Layer, action: Action, here: T[], mentions: T[]): T[] {
  const { clause } = action;
  const offsets = (c: Clause) => ({ from: layer.tokens[c.start]!.start, to: layer.tokens[c.end - 1]!.end });
  const own = offsets(clause);
  const inOwn = (x: T) => x.m.start >= own.from && x.m.end <= own.to;
  const pronoun = layer.tokens.slice(clause.start, action.token).some((t) => PEOPLE_PRONOUNS.has(t.lower));
  const next = layer.clauses.find((c) => c.start === clause.end && c.kind === 'subordinate');
  if (!next || pronoun || mentions.some(inOwn)) return [];
  const { from, to } = offsets(next);
  return mentions.filter((x) => x.m.start >= from && x.m.end <= to && !here.includes(x) && !quotedAt(layer, x.m.start));
}

/**
 * "…, after the Ledger reported that Roe on May 2 ordered …": a report the layer leaves whole in
 * its clause, its verb right before "that", only passes on the act after it; who reports is its
 * source, no party (a report dated itself, "reported on Friday that", stays the reporter's).
 */
function passesOn(layer: Layer, action: Action): boolean {
  const verb = layer.verbs.find((v) => v.main === action.token);
  const next = layer.tokens[action.token + 1];
  return action.clause.kind !== 'reported' && !!verb && SOURCE_VERBS.has(verb.lemma) && next?.lower === 'that';
}

/** The act sits in a relative clause: the clause's actors and the one it refers to. */
function relativeParticipants<T extends Mention>(
  s: Sentence,
  layer: Layer,
  action: Action,
  mentions: T[],
  here: T[],
): T[] {
  const from = s.start + action.clause.start;
  const clauseStart = layer.tokens[action.clause.start]!.start;
  const antecedent = mentions.filter((x) => x.m.end <= clauseStart).at(-1);
  const out = here.filter((x) => x.m.start >= Math.min(from, clauseStart) || x === antecedent);
  if (antecedent && !out.includes(antecedent)) out.unshift(antecedent);
  return out;
}

const PLACE_PREPOSITIONS = set(clauseWords.placePrepositions);
const PLACING = set(clauseWords.placingParticiples);
const GROUP_ONLY = set(clauseWords.groupOnlyPrepositions);
const CARGO_PREPOSITIONS = set(clauseWords.cargoPrepositions);
const CARGO = set(clauseWords.cargoNouns);
const STATE_HEADS = set(clauseWords.stateHeads);

/**
 * Whether a state's mention is no party to the act because it only qualifies or places
 * something else: (a) a modifier in a noun phrase whose head is another word ("Ostrian law"),
 * unless that head stands for the state acting or names its act (`stateHeads`: "the Ostrian
 * military", "Ostrian strikes") or is itself a name of the sentence ("Bordurian President Ana Roe");
 * (b) the object of a preposition of direction or location after a noun or a placing participle
 * ("arms toward Ostria", "based in Borduria"; "in" only after a group's name: "the
 * Orchid Brotherhood in Borduria"), not after the act's verb. A state that is the act's subject
 * or object ("Ostria struck", "sanctions on Borduria") is neither. Word lists in
 * `lexicons/clause-words.json`.
 */
function onlyQualifies(layer: Layer, action: Action | null, m: ActorCandidate, mentions: Mention[]): boolean {
  const toks = layer.tokens;
  const first = toks.findIndex((t) => t.start >= m.start);
  let last = first;
  while (last + 1 < toks.length && toks[last + 1]!.end <= m.end) last++;
  if (first < 0) return false;
  // "a Bordurian-flagged trawler": a state in a compound word only qualifies it
  if (toks[last]!.end > m.end || HYPHENS.has(toks[last + 1]?.text ?? '')) return true;
  return (
    modifiesOtherHead(toks, layer, m, first, last, mentions) ||
    placesSomething(toks, action, first, mentions) ||
    titlesSomeoneActedOn(toks, layer, first, last, mentions)
  );
}

/**
 * "sanctioned Peruvian President Ana Roe", "run by Ecuador's Interior Minister": a state in the
 * title of a person a verb or preposition governs, who is acted on, only says whose official
 * that is (as the subject, "Peruvian President Ana Roe said", the state stays a party).
 */
function titlesSomeoneActedOn(toks: Token[], layer: Layer, first: number, last: number, mentions: Mention[]): boolean {
  const phrase = layer.phrases.find((p) => p.start <= first && last < p.end);
  if (!phrase || phrase.head <= last) return false;
  const head = toks[phrase.head]!;
  const covers = (y: Mention, t: { start: number; end: number }) => y.m.start <= t.start && t.end <= y.m.end;
  const person = mentions.some((y) => y.actor.kind === 'person' && covers(y, head));
  // "the administration of U.S. President Ann Roe": a longer mention holds the title and the state
  const held = mentions.some((y) => y.actor.kind !== 'person' && y.m.end > toks[last]!.end && covers(y, toks[first]!));
  const before = toks[phrase.start - 1];
  return person && !held && (before?.pos === 'VERB' || before?.pos === 'ADP');
}

/** (a) "Ostrian law": the state's name modifies a head that is not the state acting. */
function modifiesOtherHead(
  toks: Token[],
  layer: Layer,
  m: ActorCandidate,
  first: number,
  last: number,
  mentions: Mention[],
): boolean {
  const phrase = layer.phrases.find((p) => p.start <= first && last < p.end);
  // "Ostrian and Bordurian units": adjectives joined by "and" name each state's own, like the first
  const joined =
    toks[first - 1]?.pos === 'CCONJ' &&
    mentions.some((y) => y.actor.kind === 'state' && y.m.end === toks[first - 2]?.end);
  if (!phrase || phrase.head <= last || joined) return false;
  const head = toks[compoundHead(toks, layer, phrase)]!;
  return !(
    STATE_HEADS.has(head.lower) || mentions.some((y) => y.m !== m && y.m.start <= head.start && head.end <= y.m.end)
  );
}

/**
 * The head of a noun phrase the chunker cut at a compound word ("three Ostrian guided-missile
 * destroyers": "guided" read as a verb): the head of the phrase that goes on after the hyphen.
 */
function compoundHead(toks: Token[], layer: Layer, phrase: { end: number; head: number }): number {
  let p = phrase;
  for (;;) {
    const hyphen = HYPHENS.has(toks[p.end + 1]?.text ?? '') && toks[p.end]!.end === toks[p.end + 1]!.start;
    const next = hyphen ? layer.phrases.find((q) => q.start === p.end + 1) : undefined;
    if (!next) return p.head;
    p = next;
  }
}

/** (b) "arms toward Ostria", "based in Borduria": the state places something else. */
function placesSomething(toks: Token[], action: Action | null, first: number, mentions: Mention[]): boolean {
  let k = first - 1;
  if (toks[k]?.pos === 'DET') k--;
  const prep = toks[k];
  const before = toks[k - 1];
  // "carrying drugs to Ostria", "arms from Borduria": where a cargo goes or comes from
  if (prep && before && CARGO_PREPOSITIONS.has(prep.lower) && CARGO.has(before.lower)) return true;
  if (!prep || !PLACE_PREPOSITIONS.has(prep.lower)) return false;
  if (!before || (action && k - 1 === action.token)) return false;
  if (PLACING.has(before.lower)) return true;
  const afterGroup = mentions.some((y) => y.actor.kind === 'group' && y.m.end === before.end);
  return GROUP_ONLY.has(prep.lower) ? afterGroup : before.pos === 'NOUN' || before.pos === 'PROPN';
}
