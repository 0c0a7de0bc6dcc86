import lexicon from '../lexicons/instruments.json' with { type: 'json' };
import orgHeads from '../lexicons/organization-heads.json' with { type: 'json' };
import titles from '../lexicons/titles.json' with { type: 'json' };
import stateWords from '../lexicons/states.json' with { type: 'json' };
import authorityPatterns from '../patterns/authorities.json' with { type: 'json' };
import { Matcher, type Pattern } from '../match/matcher.ts';
import { clauseOfToken, layerOf, tokensText, type Layer, type NounPhrase, type Token } from './linguistics.ts';
import { spanOf, type AuthorityCandidate, type Sentence, type Span } from './types.ts';
import { isYear } from './date-reader.ts';
import type { AuthorityKind } from '../../schemas/index.ts';
import type { Stage } from '../doc.ts';

interface Head {
  kind: string;
  named?: boolean;
  needs?: 'modifier' | 'legislative' | 'legal' | 'national' | 'kindModifier' | 'category' | 'provision';
  numbered?: boolean;
}
const HEADS = lexicon.heads as Record<string, Head>;
const KIND_BY = lexicon.kindBy as Record<string, AuthorityKind>;
/** "a noninternational armed conflict": a class of the law of war, by its canonical name. */
const CATEGORIES = lexicon.categories as Record<string, string>;
const categoryOf = (r: { mods: Token[]; head: Token }) =>
  r.mods.map((m) => CATEGORIES[`${m.lower} ${r.head.lower}`]).find(Boolean);
const NAMED_KIND_BY = lexicon.namedKindBy as Record<string, AuthorityKind>;
const LEGAL = new Set(lexicon.legalWords);
const LEGISLATIVE = new Set(lexicon.legislativeVerbs);
const ANAPHORIC = new Set(lexicon.anaphoricDeterminers);
const VAGUE = new Set(lexicon.vagueModifiers);
const MAKING = new Set(lexicon.makingVerbs);
const DESIGNATED = new Set(lexicon.designationObjects);
const NON_REFERRING = new Set(lexicon.nonReferring);
const RELATIVE_OPENERS = new Set(lexicon.clauseOpeners.relative);
const OPENERS = new Set(lexicon.clauseOpeners.any);
const POSSESSIVE = new Set(lexicon.possessivePronouns);
/** Prepositions and verb forms that continue a description after its head ("order banning …"). */
const POST_ADP = new Set(['of', 'on', 'against', 'for', 'to', 'in', 'into', 'over', 'with']);
const MAX_POST = 9;
const TIME = new Set(lexicon.timeWords);
const OUTLETS = new Set(orgHeads.outlet);
const NOUNISH = new Set(['NOUN', 'PROPN', 'NUM']);
const DIGITS = '0123456789';
/** Words that say only whose law it is ("U.S. law", "Mexican law"): no modifier that names an instrument. */
const JURISDICTIONS = new Set([
  ...lexicon.jurisdictions,
  ...stateWords.states.flatMap((s) => [...s.forms, ...s.adjectives].map((w) => w.toLowerCase())),
]);
const LISTS = {
  timeWords: lexicon.timeWords,
  romanNumerals: lexicon.romanNumerals,
  genericObjects: lexicon.genericObjects,
};
/** A matcher of the authorities pattern file's patterns with this label, over the instrument word lists. */
export const patternOf = (label: string) =>
  new Matcher(
    (authorityPatterns as Pattern[]).filter((p) => p.label === label),
    LISTS,
  );
/** "Specially Designated …": capitalised words the chunker leaves before a name. */
const NAME_LEAD = patternOf('name-lead');
/** "II", "51": what follows a numbered head. */
const NUMERAL = patternOf('numeral');
/** "§ 1189": the section of a code, after its name. */
const SECTION = patternOf('section');
/** "labeling", "designated", "the designation of": a word that lists groups (as something). */
export const DESIGNATING = patternOf('designating');
/** "without congressional authorization": an instrument the text says is missing. */
const NEGATED = patternOf('negated');
/** "a specialist in", "an expert on": what follows is someone's field. */
const FIELD = patternOf('field-of-expertise');
/** "against a group", "on a country": an object said of anyone at all. */
const GENERIC_OBJECT = patternOf('generic-object');
/** "specially designated": how a list of designated groups is called, before what they are. */
const DESIGNATED_LEAD = patternOf('designated-lead');

/** The first letter in upper case: a description used as a record's name. */
export const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const headOf = (t: Token) => HEADS[t.lower] ?? (t.lemma !== t.lower ? HEADS[t.lemma] : undefined);
const capitalised = (t: Token) => t.text[0] !== undefined && t.text[0] >= 'A' && t.text[0] <= 'Z';
const isParticiple = (t: Token) => t.pos === 'VERB' && t.lower.endsWith('ing');
/** The tokens of a span of a sentence. */
export const tokensOf = (span: Span) =>
  layerOf(span.sentence).tokens.filter((t) => t.start >= span.start && t.end <= span.end);
/** A token's runs of letters and digits, lower case, and of the characters `keep` ("al-Qaida" -> al, qaida). */
export function piecesOf(t: Token, keep = ''): string[] {
  const chars = [...t.lower].map((c) => (c.toUpperCase() !== c || DIGITS.includes(c) || keep.includes(c) ? c : ' '));
  return chars.join('').split(' ').filter(Boolean);
}

/** "in response to", "in retaliation for": a phrase that says why or how, never what an instrument is. */
const ADJUNCT = patternOf('adjunct');

/** Whether token j ends the description that runs from `from` (see postModifierEnd). */
function endsDescription(toks: Token[], from: number, j: number): boolean {
  const t = toks[j]!;
  const next = toks[j + 1];
  if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.quoted) return true;
  if (t.pos === 'ADP' && !POST_ADP.has(t.lower)) return true;
  // "confirmed the new directive to Politico": who is told is no part of the instrument
  if (t.lower === 'to' && OUTLETS.has((next?.lower === 'the' ? toks[j + 2] : next)?.lower ?? '')) return true;
  // "a resolution … on Monday": a date is not part of the description
  if (TIME.has(t.lower) || (t.pos === 'ADP' && TIME.has(next?.lower ?? ''))) return true;
  if (t.pos === 'ADP' && next?.pos === 'DET' && TIME.has(toks[j + 2]?.lower ?? '')) return true;
  // "an order to mobilize reserves in response to …": why or how it was made is no part of it
  if (ADJUNCT.matchAt(toks, j)) return true;
  // a clause opens: "consent for what her ministry has claimed …"
  if ((t.pos === 'PRON' && RELATIVE_OPENERS.has(t.lower)) || OPENERS.has(t.lower)) return true;
  if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && toks[j - 1]?.lower !== 'to')) return true;
  // another instrument starts: "the motion under the Trade Expansion Act" stops before it
  return j > from && !!headOf(t) && NOUNISH.has(t.pos) && t.lower !== 'law';
}

/** "a directive to “sink every boat.”": a quoted order after "to", through its closing quotation mark. */
function quotedPurposeEnd(toks: Token[], from: number): number | null {
  const open = toks[from + 1];
  const opens = !!open?.quoted && open.pos === 'PUNCT' && toks[from + 2]?.pos === 'VERB';
  if (toks[from]!.lower !== 'to' || !opens) return null;
  for (let j = from + 2; j < toks.length && j - from <= MAX_POST; j++)
    if (toks[j]!.pos === 'PUNCT' && toks[j + 1]?.quoted !== true) return j + 1;
  return null;
}

/** Quotation marks: a name made of quoted words is written without them. */
const QUOTE_MARKS = ['“', '”', '"'];
const unquoted = (s: string) => {
  let out = s;
  for (const q of QUOTE_MARKS) out = out.replaceAll(q, '');
  return out.endsWith('.') || out.endsWith(',') ? out.slice(0, -1) : out;
};

/** Where the description after a head ends: prepositional phrases, "to" + verb, an -ing clause. */
function postModifierEnd(layer: Layer, from: number, place = false): number {
  const toks = layer.tokens;
  const first = toks[from];
  if (!first || first.quoted) return from;
  // ("authorized covert action in Borduria": where an act is authorized is part of it)
  const inPlace = place && first.lower === 'in' && toks[from + 1]?.pos === 'PROPN';
  const quoted = quotedPurposeEnd(toks, from);
  if (quoted) return quoted;
  const joins = POST_ADP.has(first.lower) && (first.lower !== 'in' || inPlace);
  if (!(joins || (isParticiple(first) && first.lower !== 'saying'))) return from;
  let end = from;
  for (let j = from; j < toks.length && j - from < MAX_POST; j++) {
    const t = toks[j]!;
    // a hyphen inside a word ("al-Qaida", "self-defense") is not a boundary
    const inWord = (t.text === '-' || t.text === '‐') && toks[j + 1]?.start === t.end && toks[j - 1]?.end === t.start;
    if (inWord) continue;
    if (endsDescription(toks, from, j)) break;
    if (NOUNISH.has(t.pos) || t.pos === 'VERB') end = j + 1;
  }
  return labelEnd(layer, from, end) ?? end;
}

/**
 * "an order directing the agency to start labeling cartels as foreign terrorist organizations":
 * what a description says groups are to be designated as is part of it, through the label.
 */
function labelEnd(layer: Layer, from: number, end: number): number | null {
  const toks = layer.tokens;
  if (toks[end]?.lower !== 'as' || DESIGNATING.findAll(toks, from, end).length === 0) return null;
  return layer.phrases.find((q) => q.start === end + 1)?.end ?? null;
}

/** Words of the phrase before its head that say which instrument it is, not how it is talked about. */
const modifiers = (layer: Layer, p: NounPhrase) =>
  layer.tokens
    .slice(p.start, p.head)
    .filter(
      (t) =>
        t.pos !== 'DET' && t.pos !== 'PART' && t.pos !== 'PUNCT' && !VAGUE.has(t.lower) && !POSSESSIVE.has(t.lower),
    );

const STOP_STEMS = new Set(['against', 'with', 'that', 'this', 'from', 'under']);
/** The content words a later description can share with this one ("assassination ban" ~ "banning assassinations"). */
export const stemsOf = (span: Span) =>
  tokensOf(span)
    .flatMap((t) => piecesOf(t))
    .filter((w) => w.length > 3 && !HEADS[w] && !STOP_STEMS.has(w))
    .map((w) => w.slice(0, 6));

function yearIn(tokens: Token[], a: number, b: number): number | null {
  for (let i = a; i < Math.min(b + 2, tokens.length); i++) {
    const t = tokens[i]!;
    if (i >= b && !(tokens[b]?.lower === 'of')) break;
    if (t.pos === 'NUM' && isYear(t.text)) return Number(t.text);
  }
  return null;
}

/** "Congress passed the X Act in 1973": the year a named instrument was made, right after it. */
function madeIn(tokens: Token[], end: number): number | null {
  const year = tokens[end + 1];
  return tokens[end]?.lower === 'in' && year?.pos === 'NUM' && isYear(year.text) ? Number(year.text) : null;
}

/** What every phrase of a sentence is read against. */
interface Context {
  sentence: Sentence;
  layer: Layer;
  toks: Token[];
  lemmas: Set<string>;
  /** The sentence speaks of law ("legal", "counsel"): an "opinion" is a legal one. */
  legalContext: boolean;
  /** The sentence speaks of passing or voting: a "bill" is one. */
  legislative: boolean;
}

/** Words that join the capitalised words of an instrument's name ("Authorization for Use of Military Force"). */
const NAME_JOINERS = new Set(['for', 'of', 'on', 'against', 'the']);
/** A phrase read as an instrument's name that goes on past its head ("Convention against Torture"). */
type InstrumentPhrase = NounPhrase & { nameRun?: boolean };

/**
 * "the Authorization for Use of Military Force", "the Convention against Torture": a capitalised
 * instrument word whose name goes on with joining words and capitalised words, past the phrase
 * the chunker found.
 */
function nameRunAt(toks: Token[], phrase: NounPhrase): InstrumentPhrase | null {
  for (let k = phrase.start; k <= phrase.head; k++) {
    const head = headOf(toks[k]!);
    if (!head || head.numbered || !capitalised(toks[k]!) || !NAME_JOINERS.has(toks[k + 1]?.lower ?? '')) continue;
    let end = k + 1;
    for (let j = k + 1; j < toks.length && j - k <= 8; j++) {
      const t = toks[j]!;
      if (capitalised(t) && t.pos !== 'PUNCT' && !TIME.has(t.lower)) end = j + 1;
      else if (!NAME_JOINERS.has(t.lower)) break;
    }
    if (end > k + 2) return { ...phrase, head: k, end, proper: true, nameRun: true };
  }
  return null;
}

/** The tagger reads a lower-case instrument word after a noun as a verb ("the war powers act."). */
function phraseWithHead(toks: Token[], phrase: NounPhrase): InstrumentPhrase {
  const run = nameRunAt(toks, phrase);
  if (run) return run;
  // "without congressional authorization past Friday": a day is no head of the instrument
  // (or of what is designated: "as a foreign terrorist organization last month")
  if (TIME.has(toks[phrase.head]!.lower)) {
    const instrumental = (t: Token) => !!headOf(t) || DESIGNATED.has(t.lower);
    let k = phrase.head - 1;
    while (k > phrase.start && !instrumental(toks[k]!)) k--;
    if (instrumental(toks[k]!) && toks[k]!.pos === 'NOUN') return { ...phrase, end: k + 1, head: k, proper: false };
  }
  const next = toks[phrase.end];
  const after = toks[phrase.end + 1];
  const ends = !after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'CCONJ';
  if (next && next.pos === 'VERB' && HEADS[next.lower] && toks[phrase.head]!.pos === 'NOUN' && ends)
    return { ...phrase, end: phrase.end + 1, head: phrase.end, proper: false };
  return { ...phrase };
}

/** The instrument word of a phrase and where it stands; a numbered head may lengthen the phrase. */
function instrumentHead(toks: Token[], p: NounPhrase): { headAt: number; numbered: boolean } {
  let headAt = p.head;
  // "Executive Order 12333", "Public Law 107-40", "18 U.S.C. 1385": the instrument word before the number
  if (toks[headAt]!.pos === 'NUM' && p.head > p.start && headOf(toks[p.head - 1]!)) headAt = p.head - 1;
  // "Article II", "Section 1385": a numbered head names its instrument
  // (a roman numeral the tagger reads as a pronoun: "Article I gives Congress …")
  const leadAt = p.determiner ? p.start + 1 : p.start;
  const lead = toks[leadAt];
  const numeral = !!lead && !!NUMERAL.matchAt(toks, leadAt + 1);
  if (lead && headOf(lead)?.numbered && capitalised(lead) && (p.head > leadAt || numeral)) {
    if (numeral && p.end <= leadAt + 1) p.end = leadAt + 2;
    return { headAt: leadAt, numbered: true };
  }
  return { headAt, numbered: false };
}

/** Where the words that say which instrument it is begin: after a determiner, a possessor, a day. */
function coreStartOf(toks: Token[], p: NounPhrase, headAt: number): { coreStart: number; possessor: boolean } {
  const possessor = !!p.determiner && (p.determiner.includes('’') || p.determiner.includes("'"));
  const first = p.determiner && !possessor ? p.start + 1 : p.start;
  let coreStart = possessor
    ? toks.findIndex((t, i) => i >= p.start && (t.lower === '’s' || t.lower === "'s")) + 1
    : first;
  // "on Thursday unsealed indictments": a day or month is not part of the instrument, nor is the
  // "own" of "the ministry's own rules"
  while (coreStart < headAt && (TIME.has(toks[coreStart]!.lower) || toks[coreStart]!.lower === 'own')) coreStart++;
  return { coreStart: nameLeadStart(toks, p, coreStart), possessor };
}

/** "Specially Designated Global Terrorist designation": a capitalised name begins before its phrase. */
function nameLeadStart(toks: Token[], p: NounPhrase, coreStart: number): number {
  if (p.determiner || coreStart !== p.start || !capitalised(toks[p.start]!)) return coreStart;
  const lead = NAME_LEAD.matchEndingAt(toks, p.start);
  // (one capital word that opens the sentence is no sign of a name)
  return lead && (lead.start > 0 || lead.end - lead.start > 1) ? lead.start : coreStart;
}

/** A phrase read as an instrument: its head, its words, where its description ends, its kind. */
interface Reading {
  p: InstrumentPhrase;
  head: Token;
  headAt: number;
  numbered: boolean;
  designation: boolean;
  entry: Head | undefined;
  coreStart: number;
  possessor: boolean;
  mods: Token[];
  postEnd: number;
  /** A description follows the head ("order banning …"), before any instrument the head is part of. */
  hasPost: boolean;
  named: boolean;
  /** The named instrument a provision belongs to ("the Harbor Act’s 30-day clock"). */
  of: string | null;
  /** Held by an office the constitution makes ("authority as commander in chief"). */
  asRole: boolean;
  kind: AuthorityKind;
}

/** Words around a head that make it no instrument: "in order to", "law enforcement", "an act of aggression". */
function notAnInstrument(toks: Token[], p: NounPhrase, head: Token, headAt: number): boolean {
  if ((head.lower === 'order' || head.lower === 'charge') && toks[headAt - 1]?.lower === 'in') return true;
  // a lower-case "act" is an instrument only with words that name it
  return head.lower === 'act' && !capitalised(head) && p.head === p.start + (p.determiner ? 1 : 0);
}

/** "foreign terrorist organizations", "Global Terrorists": what a group is designated as. */
function isDesignationObject(toks: Token[], p: NounPhrase, head: Token, headAt: number): boolean {
  if (!DESIGNATED.has(head.lower)) return false;
  const before = toks.slice(p.start, headAt);
  return before.some((t) => t.lower.includes('terror')) || (head.lower.includes('terror') && before.some(capitalised));
}

/** Designated as "Foreign Terrorist Organizations": a quoted label after "as" is the designation's own name. */
function designatedAs(toks: Token[], p: NounPhrase): boolean {
  const start = p.determiner ? p.start : (NAME_LEAD.matchEndingAt(toks, p.start)?.start ?? p.start);
  let k = start - 1;
  while (k >= 0 && toks[k]!.pos === 'PUNCT' && toks[k]!.quoted) k--;
  return toks[k]?.lower === 'as' && toks[start]!.quoted && capitalised(toks[start]!);
}

/**
 * "the Union of X-Peoples’ Trade Treaty (UXTP)": a name followed by initials that neither begin
 * nor end with its own is the tail of a longer name (an organization's), no instrument.
 */
function tailOfLongerName(toks: Token[], p: NounPhrase, coreStart: number): boolean {
  if (toks[p.end]?.text !== '(') return false;
  let close = p.end + 1;
  while (close < toks.length && toks[close]!.text !== ')' && close - p.end < 5) close++;
  const letters = toks.slice(p.end + 1, close).filter((t) => t.pos !== 'PUNCT');
  if (toks[close]?.text !== ')' || !letters.every((t) => t.text === t.text.toUpperCase())) return false;
  const acronym = letters.map((t) => t.text).join('');
  const initials = toks.slice(coreStart, p.end).filter(capitalised).map((t) => t.text[0]).join('');
  return !acronym.startsWith(initials) && !acronym.endsWith(initials);
}

const ROLES = lexicon.constitutionalRoles.map((r) => r.split(' '));
/** "as commander in chief" after a power: where the office's words end, or null. */
function roleAfter(toks: Token[], at: number): number | null {
  if (toks[at]?.lower !== 'as') return null;
  const role = ROLES.find((words) => words.every((w, i) => toks[at + 1 + i]?.lower === w));
  return role ? at + 1 + role.length : null;
}

/** Where "to" + a verb begins in tokens [from, end), else end. */
function purposeAt(toks: Token[], from: number, end: number): number {
  for (let j = from; j < end; j++) if (toks[j]!.lower === 'to' && toks[j + 1]?.pos === 'VERB') return j;
  return end;
}

const isPossessive = (t: Token | undefined) => t?.lower === '’s' || t?.lower === "'s";
const PROVISION_JOINTS = new Set(['VERB', 'ADP', 'DET', 'PART']);

/**
 * The named instrument a provision belongs to: its possessor ("the Harbor Act’s
 * “30-day clock”", a possessor the chunker leaves out before a quotation) or a name just after
 * it ("the disclosure requirements written into the Harbor Act").
 */
function provisionOf(ctx: Context, p: NounPhrase, coreStart: number): string | null {
  const { toks, sentence, layer } = ctx;
  let k = coreStart > p.start ? coreStart - 1 : p.start - 1;
  while (k >= 0 && toks[k]!.pos === 'PUNCT' && toks[k]!.quoted) k--;
  if (isPossessive(toks[k]) && k > 0 && headOf(toks[k - 1]!) && capitalised(toks[k - 1]!)) {
    let j = k - 1;
    while (j > 0 && toks[j - 1]!.pos === 'PROPN' && capitalised(toks[j - 1]!)) j--;
    return tokensText(sentence, toks, j, k);
  }
  const named = (q: NounPhrase) => q.proper && capitalised(toks[q.head]!) && !!headOf(toks[q.head]!);
  const q = layer.phrases.find((x) => x.start > p.end && x.start <= p.end + 4 && named(x));
  if (!q || !toks.slice(p.end, q.start).every((t) => PROVISION_JOINTS.has(t.pos))) return null;
  return tokensText(sentence, toks, q.determiner ? q.start + 1 : q.start, q.end);
}

/** The head, words and description of a phrase whose head is an instrument word, or null. */
function readPhrase(ctx: Context, phrase: NounPhrase, covered: number): Reading | null {
  const toks = ctx.toks;
  const p = phraseWithHead(toks, phrase);
  const { headAt, numbered } = instrumentHead(toks, p);
  const head = toks[headAt]!;
  if ((p.determiner && NON_REFERRING.has(p.determiner)) || p.start < covered) return null;
  const designation = !numbered && isDesignationObject(toks, p, head, headAt);
  const entry = headOf(head);
  const scareQuoted = designation && head.quoted && !designatedAs(toks, p);
  if ((!entry && !designation) || scareQuoted || notAnInstrument(toks, p, head, headAt)) return null;
  const { coreStart: start, possessor } = coreStartOf(toks, p, headAt);
  // "a list of specially designated global terrorist groups": the list's name begins before the phrase
  const lead = designation && !p.determiner ? DESIGNATED_LEAD.matchEndingAt(toks, start) : null;
  const coreStart = lead && lead.end === start ? lead.start : start;
  const mods = modifiers(ctx.layer, { ...p, start: coreStart, head: headAt });
  // (a designation or a class of law ends with its phrase: "a noninternational armed conflict with X")
  let postEnd = designation || entry?.needs === 'category' || p.nameRun ? p.end : postModifierEnd(ctx.layer, p.end);
  // "8 U.S.C. § 1189": the section sign and number belong to the citation
  const section = head.lower === 'u.s.c.' ? SECTION.matchAt(toks, p.end) : null;
  if (section) postEnd = section.end;
  // a name needs words before its head ("Posse Comitatus Act"); "the Act" alone refers back
  const named =
    numbered ||
    !!p.nameRun ||
    (!designation && p.proper && capitalised(head) && (mods.length > 0 || head.lower === 'constitution'));
  // "invoked the X Act of 1798 to order …": what a named instrument is used for is no part of its name
  if (named) postEnd = purposeAt(toks, p.end, postEnd);
  if (named && tailOfLongerName(toks, p, coreStart)) return null;
  const of = entry?.needs === 'provision' ? provisionOf(ctx, p, coreStart) : null;
  // "his authority as commander in chief": a power the constitution gives an office
  const asRole = entry?.needs === 'kindModifier' ? roleAfter(toks, p.end) : null;
  if (asRole) postEnd = asRole;
  if (of) postEnd = p.end;
  const hasPost = postEnd > p.end;
  const reading = {
    p,
    head,
    headAt,
    numbered,
    designation,
    entry,
    coreStart,
    possessor,
    mods,
    postEnd,
    hasPost,
    named,
    of,
    asRole: !!asRole,
  };
  // (kindOf carries a numbered part's description on to the instrument it belongs to)
  const kind = kindOf(ctx, reading);
  return { ...reading, kind };
}

/** The kind: from the head, or a modifier of a description ("executive order"), or what it belongs to. */
function kindOf(ctx: Context, r: Omit<Reading, 'kind'>): AuthorityKind {
  const toks = ctx.toks;
  let kind = (r.designation ? 'designation' : r.entry!.kind) as AuthorityKind;
  // a described instrument takes its kind from a modifier ("executive order"); a name from its head
  for (const m of r.mods) kind = (r.named ? NAMED_KIND_BY[m.lower] : KIND_BY[m.lower]) ?? kind;
  if (toks[r.p.end]?.lower === 'of' && toks[r.p.end + 1]?.lower === 'war') kind = 'international-law';
  // "Article 51 of the U.N. Charter": the instrument the numbered part belongs to gives the kind
  if (r.numbered && toks[r.p.end]?.lower === 'of') {
    const of = ctx.layer.phrases.find((q) => q.start === r.p.end + 1 && headOf(toks[q.head]!));
    if (of) {
      r.postEnd = of.end;
      kind = headOf(toks[of.head]!)!.kind as AuthorityKind;
    }
  }
  if (r.head.lower === 'order' && !r.named && ctx.lemmas.has('sign')) kind = 'executive-order';
  return kind;
}

/** Whether the head's needs are met ("charges" needs a modifier, "bill" a sentence about voting). */
function needsMet(ctx: Context, r: Reading, bare: boolean, anaphoric: boolean): boolean {
  const needs = r.designation ? undefined : r.entry!.needs;
  if (needs === 'modifier' && bare) return false;
  // "U.S. law" alone names no instrument; "U.S. law against piracy" does
  if (needs === 'modifier' && !r.hasPost && !r.named && r.mods.every((m) => JURISDICTIONS.has(m.lower))) return false;
  if (needs === 'legal' && !ctx.legalContext && !r.named) return false;
  if (needs === 'national' && !r.mods.some((m) => m.lower === 'national')) return false;
  if (needs === 'kindModifier' && !r.mods.some((m) => KIND_BY[m.lower]) && !r.asRole) return false;
  if (needs === 'category' && !categoryOf(r)) return false;
  if (needs === 'provision' && !r.of && !anaphoric) return false;
  return !(needs === 'legislative' && !ctx.legislative && !anaphoric);
}

/** The name of the instrument: its own words, or its description, or after who made it. */
function nameOf(ctx: Context, r: Reading, spanEnd: number, bare: boolean, anaphoric: boolean): string {
  const { sentence, toks } = ctx;
  const { p, head, coreStart } = r;
  const core = tokensText(sentence, toks, coreStart, p.end);
  let name: string;
  if (r.designation) {
    const words = tokensText(sentence, toks, coreStart, p.head).toLowerCase().split(' ').filter(Boolean);
    const object = head.lemma === head.lower && head.lower.endsWith('s') ? head.lower.slice(0, -1) : head.lemma;
    name = upperFirst([...words, object.toLowerCase(), 'designation'].join(' '));
  } else if (r.numbered || head.lower === 'u.s.c.')
    name = sentence.paragraphText.slice(toks[coreStart]!.start, spanEnd);
  else if (r.named)
    name = tokensText(sentence, toks, toks[coreStart]!.lower === 'the' ? coreStart + 1 : coreStart, p.end);
  else name = upperFirst(unquoted(sentence.paragraphText.slice(toks[coreStart]!.start, spanEnd)));
  // "X produced an opinion": a bare instrument is named after the body that made it
  if (bare && !anaphoric) {
    const verb = ctx.layer.verbs.find((v) => v.end === p.start);
    const subject = verb && ctx.layer.phrases.find((q) => q.end === verb.start && q.proper);
    const maker = subject && tokensText(sentence, toks, subject.start + (subject.determiner ? 1 : 0), subject.end);
    if (maker) name = `${maker} ${core.toLowerCase()}`;
  }
  // (named after its part, so that it is never taken for the instrument itself)
  if (r.of) return upperFirst(`${core} of the ${r.of}`);
  return authorName(ctx, r, anaphoric) ?? categoryOf(r) ?? name;
}

/** "Barr … wrote a disputed memo": an opinion is known by its author ("Barr memo"). */
function authorName(ctx: Context, r: Reading, anaphoric: boolean): string | null {
  const { layer, toks } = ctx;
  const { p } = r;
  if (r.kind !== 'legal-opinion' || r.named || anaphoric || (r.mods.length === 0 && !r.hasPost)) return null;
  const clause = clauseOfToken(layer, p.start);
  const proper = (q: NounPhrase) => toks.slice(q.start, q.end).filter((t) => t.pos === 'PROPN').length >= 2;
  const author = layer.phrases.find(
    (q) => q.proper && q.end <= p.start && clauseOfToken(layer, q.start).kind === clause.kind && proper(q),
  );
  const verb = layer.verbs.find((v) => v.end === p.start);
  return author && verb ? `${toks[author.end - 1]!.text} ${r.head.lower}` : null;
}

/**
 * "imposing sanctions against a group by declaring it …", "a ban on a country": an undetermined
 * or indefinite instrument against an indefinite object said of anyone at all describes what such
 * instruments do, no instrument of the story ("sanctions against a Bordurian ring" stays one).
 */
function generalInstrument(ctx: Context, r: Reading): boolean {
  const { toks } = ctx;
  const det = r.p.determiner;
  if (r.named || r.possessor || (det && det !== 'a' && det !== 'an')) return false;
  const object = GENERIC_OBJECT.matchAt(toks, r.p.end);
  const next = object && toks[object.end];
  return !!object && !(next && (NOUNISH.has(next.pos) || next.lower === 'of'));
}

/** The candidate a reading makes, or null when the head's needs are not met. */
function candidateOf(ctx: Context, r: Reading): AuthorityCandidate | null {
  const { sentence, toks, layer } = ctx;
  const { p, head, coreStart } = r;
  const hasPost = r.hasPost;
  const bare = r.mods.length === 0 && !hasPost && !r.named;
  const anaphoric = bare && (!p.determiner || ANAPHORIC.has(p.determiner) || r.possessor);
  if (!needsMet(ctx, r, bare, anaphoric)) return null;
  // "detained without (seeking) congressional authorization", "there was no “sink them” order":
  // what is missing is no instrument of the story
  if (NEGATED.matchEndingAt(toks, p.start, Math.max(0, p.start - 8))) return null;
  // "a specialist in the laws of war": someone's field, no instrument of the story
  if (FIELD.matchEndingAt(toks, p.start, Math.max(0, p.start - 3))) return null;
  if (generalInstrument(ctx, r)) return null;
  const spanStart = toks[coreStart]!.start;
  const spanEnd = toks[(hasPost ? r.postEnd : p.end) - 1]!.end;
  // "for purposes of sanctions": a bare word without a determiner names no instrument of its own
  // ("the clock" refers back to a provision, and names none by itself)
  const needs = r.entry?.needs;
  const legislativeOnly = (needs === 'legislative' && !ctx.legislative) || needs === 'provision' || !p.determiner;
  // "whether the office has produced an opinion": a hypothetical instrument, kept apart
  const clause = clauseOfToken(layer, p.start);
  // ("whether the raid broke international law": the law exists; only what is made may not be)
  const maker = layer.verbs.find((v) => v.end === p.start);
  const made = !!maker && MAKING.has(maker.lemma);
  // "he would file a measure next week": an instrument still to be made
  const indefinite = p.determiner === 'a' || p.determiner === 'an';
  const planned = made && (!!maker.modal || maker.tense === 'future') && indefinite;
  const hypothetical =
    planned ||
    ((made || indefinite) &&
      clause.kind === 'subordinate' &&
      toks.slice(clause.start, p.start).some((t) => t.lower === 'whether' || t.lower === 'if'));
  return {
    ...spanOf(sentence, spanStart, spanEnd),
    name: nameOf(ctx, r, spanEnd, bare, anaphoric),
    kind: r.kind,
    year: yearIn(toks, p.start, p.end) ?? (maker && made && r.named ? madeIn(toks, p.end) : null),
    core: tokensText(sentence, toks, coreStart, p.end),
    definite: (!!p.determiner && ANAPHORIC.has(p.determiner)) || r.possessor,
    indefinite: p.determiner === 'a' || p.determiner === 'an',
    ...(r.possessor || POSSESSIVE.has(p.determiner ?? '') ? { possessed: true } : {}),
    head: r.designation ? 'designation' : head.lemma,
    mods: r.mods.map((m) => m.lower),
    ...(hypothetical ? { hypothetical } : {}),
    ...(anaphoric && !r.designation ? { anaphora: { head: head.lemma, legislativeOnly } } : {}),
  };
}

/**
 * Stage 4c: legal authorities in a sentence, as noun phrases of the linguistic layer whose head
 * is an instrument word (lexicons/instruments.json): named ("the Posse Comitatus Act") or
 * described ("a resolution to block the strikes", "narco-terrorism charges"), in any case. The
 * kind comes from the head (or a modifier: "executive order"); the year from the phrase. A bare
 * definite description ("the measure") is marked to resolve to the authority it refers to.
 * Being designated "as" a terrorist organization names a designation.
 */
export function findAuthorities(sentence: Sentence): AuthorityCandidate[] {
  const layer = layerOf(sentence);
  const toks = layer.tokens;
  const lemmas = new Set(toks.map((t) => t.lemma));
  const ctx: Context = {
    sentence,
    layer,
    toks,
    lemmas,
    legalContext: toks.some((t) => LEGAL.has(t.lower)),
    // ("force a vote" is legislative; "force can be used" is not)
    legislative: toks.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && LEGISLATIVE.has(t.lemma)),
  };
  const out: AuthorityCandidate[] = [];
  let covered = 0; // a numbered part's instrument ("of the U.N. Charter") is not a second one
  for (const phrase of layer.phrases) {
    const r = readPhrase(ctx, phrase, covered);
    const c = r && candidateOf(ctx, r);
    if (!c) continue;
    if (r.numbered || r.p.nameRun) covered = Math.max(r.postEnd, r.p.end);
    out.push(c, ...elided(ctx, r, c));
  }
  out.push(...verbInstruments(sentence, layer), ...billNumbers(sentence, toks));
  return markBases(out.sort((a, b) => a.start - b.start), toks, sentence);
}

/** "under", "pursuant to": the words that cite what an instrument is made under. */
const BASIS = patternOf('basis');

/**
 * "a measure under the War Powers Act": an instrument cited right after another as what that one is
 * made under is its basis (`basis`), not the instrument the story goes on about; a new instrument
 * named by its head word alone is named by its basis too ("Measure under the War Powers Act").
 */
function markBases(out: AuthorityCandidate[], toks: Token[], sentence: Sentence): AuthorityCandidate[] {
  for (let i = 1; i < out.length; i++) {
    const [before, c] = [out[i - 1]!, out[i]!];
    const from = toks.findIndex((t) => t.start >= before.end);
    const m = from < 0 ? null : BASIS.matchAt(toks, from);
    if (!m || toks[m.end]?.start !== c.start) continue;
    out[i] = { ...c, basis: true };
    if (before.indefinite && !before.name.includes(' '))
      out[i - 1] = { ...before, name: `${before.name} ${sentence.paragraphText.slice(toks[from]!.start, c.end)}` };
  }
  return out;
}

/** "H. Con. Res. 12", "H.R. 4410", "Res. 12": a bill or resolution named by its number in Congress. */
const BILL_NUMBER = patternOf('bill-number');

/**
 * A measure of Congress named by its number, spelled as the text spells it with each abbreviation
 * closed by its point ("H. Con. Res. 12"). A number without its chamber ("Res. 12") names the
 * measure of that number the text named in full (`bill`), or stands alone. Written here, not only as a
 * pattern, because the name is rebuilt from tokens the tagger splits ("Con", ".").
 */
function billNumbers(sentence: Sentence, toks: Token[]): AuthorityCandidate[] {
  return BILL_NUMBER.findAll(toks, 0, toks.length).map((m) => {
    const words = toks.slice(m.start, m.end);
    const name = words.map((t, i) => (t.text === '.' ? '.' : (i ? ' ' : '') + t.text)).join('');
    const number = words.at(-1)!.text;
    const head = words.some((t) => t.lower.startsWith('res')) ? 'resolution' : 'bill';
    return {
      ...spanOf(sentence, words[0]!.start, words.at(-1)!.end),
      name,
      kind: 'statute' as const,
      year: null,
      core: name,
      definite: false,
      indefinite: false,
      head,
      mods: [],
      bill: { number, full: !!m.captures['chamber'] },
    };
  });
}

/**
 * "human rights and maritime law": words coordinated before a described instrument's words share
 * its head, and name a second instrument ("Human rights law"). The words must hold an adjective
 * ("drug and weapons charges" is left alone) and stand after no noun.
 */
function elided(ctx: Context, r: Reading, c: AuthorityCandidate): AuthorityCandidate[] {
  const { toks, sentence } = ctx;
  const joint = toks[r.coreStart - 1];
  if (r.named || r.numbered || r.designation || r.mods.length === 0) return [];
  if (!joint || (joint.lower !== 'and' && joint.lower !== 'or')) return [];
  let from = r.coreStart - 1;
  const modifier = (t: Token) => (t.pos === 'ADJ' || t.pos === 'NOUN') && !headOf(t);
  while (from > 0 && modifier(toks[from - 1]!)) from--;
  const run = toks.slice(from, r.coreStart - 1);
  if (!run.some((t) => t.pos === 'ADJ') || toks[from - 1]?.pos === 'PROPN') return [];
  const text = tokensText(sentence, toks, from, r.coreStart - 1);
  const kind = run.map((t) => KIND_BY[t.lower]).find(Boolean) ?? (r.entry!.kind as AuthorityKind);
  const mods = run.map((t) => t.lower);
  const span = spanOf(sentence, run[0]!.start, run.at(-1)!.end);
  return [{ ...c, ...span, name: upperFirst(`${text} ${r.head.lower}`), kind, core: text, mods }];
}

interface VerbInstrument {
  kind: AuthorityKind;
  /** The words the instrument is named by before its object ("Authorization for"). */
  as: string;
  head: string;
}
const VERB_INSTRUMENTS = lexicon.verbInstruments as Record<string, VerbInstrument>;
const PASSIVE_INSTRUMENTS = lexicon.passiveInstruments as Record<string, VerbInstrument>;
/** The words of one-word titles ("President", "Sen."): no part of the name an instrument is on. */
const TITLE_WORDS = new Set(titles.titles.filter((t) => !t.includes(' ')).map((t) => t.toLowerCase()));

/** A candidate a verb makes, named by what it is done to. */
function verbCandidate(
  sentence: Sentence,
  [start, end]: [number, number],
  made: VerbInstrument,
  object: string,
  core: string,
): AuthorityCandidate {
  return {
    ...spanOf(sentence, start, end),
    name: `${made.as} ${object}`,
    kind: made.kind,
    year: null,
    core,
    definite: false,
    indefinite: false,
    head: made.head,
    mods: [],
  };
}

/**
 * An instrument made by a verb: "Congress authorized the use of military force against X" is an
 * authorization, named by its object. A participle inside a phrase ("a congressionally authorized
 * conflict") and a denial ("has not been authorized") make none.
 */
function verbInstruments(sentence: Sentence, layer: Layer): AuthorityCandidate[] {
  const toks = layer.tokens;
  const out: AuthorityCandidate[] = [];
  for (const v of layer.verbs) {
    const made = VERB_INSTRUMENTS[v.lemma];
    if (v.passive && !v.negated && !toks[v.main]!.quoted && PASSIVE_INSTRUMENTS[v.lemma])
      out.push(...passiveInstrument(sentence, layer, [v.start, v.main], PASSIVE_INSTRUMENTS[v.lemma]!));
    if (!made || v.negated || v.passive || toks[v.main]!.quoted) continue;
    let k = v.start - 1;
    while (k >= 0 && toks[k]!.pos === 'ADV') k--;
    if (k >= 0 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADP')) continue;
    // "the directive authorizing the Pentagon to …": the verb describes the instrument before it
    if (k >= 0 && v.start === v.main && headOf(toks[k]!) && NOUNISH.has(toks[k]!.pos)) continue;
    const object = layer.phrases.find((p) => p.start === v.end);
    // "an order that authorized the terrorist label": the object is an instrument of its own
    if (!object || headOf(toks[object.head]!)) continue;
    const end = postModifierEnd(layer, object.end, true);
    const last = toks[Math.max(end, object.end) - 1]!;
    const objectText = sentence.paragraphText.slice(toks[object.start]!.start, last.end);
    const article = ['the', 'a', 'an'].includes(toks[object.start]!.lower) && object.end - object.start > 1;
    // (a name alone, "decertify Borduria", is no form of the instrument)
    const alone = object.proper && end <= object.end;
    const core = alone
      ? `${made.as} ${objectText}`
      : article
        ? sentence.paragraphText.slice(toks[object.start + 1]!.start, last.end)
        : objectText;
    out.push(verbCandidate(sentence, [toks[v.main]!.start, last.end], made, objectText, core));
  }
  return out;
}

/**
 * "Ana Ruiz, who has also been sanctioned by the Treasury": sanctions on the subject of the
 * passive (the name a relative pronoun stands for), a proper name.
 */
function passiveInstrument(
  sentence: Sentence,
  layer: Layer,
  [from, main]: [number, number],
  made: VerbInstrument,
): AuthorityCandidate[] {
  const toks = layer.tokens;
  let k = from - 1;
  if (toks[k]?.pos === 'PRON' && RELATIVE_OPENERS.has(toks[k]!.lower)) k--;
  if (toks[k]?.text === ',') k--;
  const subject = layer.phrases.find((q) => q.end === k + 1 && q.proper);
  if (!subject) return [];
  // (after its determiner or possessor: "Veridia’s ruler Ana Ruiz" -> "ruler Ana Ruiz")
  const possessor = toks.findIndex((t, i) => i >= subject.start && i < subject.end && isPossessive(t));
  let at = possessor >= 0 ? possessor + 1 : subject.determiner ? subject.start + 1 : subject.start;
  // (and after a title: "President Ana Ruiz" -> "Ana Ruiz")
  while (at < subject.end - 1 && TITLE_WORDS.has(toks[at]!.lower)) at++;
  const named = tokensText(sentence, toks, at, subject.end);
  const name = `${made.as} ${named}`;
  return [{ ...verbCandidate(sentence, [toks[main]!.start, toks[main]!.end], made, named, name), passive: true }];
}

export const authoritiesStage: Stage = {
  name: 'authorities',
  run: (doc) => ({ ...doc, authorityMentions: doc.sentences.flatMap(findAuthorities) }),
};
