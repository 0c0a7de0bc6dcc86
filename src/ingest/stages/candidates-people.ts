import nlp from 'compromise';
import { layerOf, type Token } from './linguistics.ts';
import titlesLexicon from '../lexicons/titles.json' with { type: 'json' };
import { knownPeople } from '../gazetteer/index.ts';
import patternFile from '../patterns/people.json' with { type: 'json' };
import type { Pattern } from '../match/matcher.ts';
import {
  captured,
  hasLower,
  isCalendar,
  isInitials,
  isNameWord,
  isPossessive,
  matcherFor,
  peopleLists,
  startsUpper,
} from './people-words.ts';
import { spanOf, type ActorCandidate, type Sentence } from './types.ts';
import { perParagraph, type Stage } from '../doc.ts';

const patterns = patternFile as Pattern[];
/** "Defense Secretary Dora Lind", "the retired Rear Adm. Paul R. Dunmore": a title, then a name. */
const TITLED = matcherFor(patterns, 'titled');
/** Known public figures, also by surname alone ("Lind posted a video"). */
const KNOWN = matcherFor(patterns, 'known');
/** A name with a party-and-state tag after it, as lists of lawmakers write it: "Di Pell (Ill.)". */
const TAGGED = matcherFor(patterns, 'tagged');
/** A title ("Attorney General"), with a modifier before it ("former"). */
const TITLE = matcherFor(patterns, 'title');
/** A title that opens a name's span, qualified by the country or party it serves ("U.S. Ambassador"). */
const OPENING_TITLE = matcherFor(patterns, 'qualified-title');

/** The canonical full name of a known public figure written by one of its forms, if any. */
export const knownPerson = new Map(knownPeople.flatMap((p) => p.forms.map((f) => [f, p.name] as const)));

const TITLE_SET = new Set(titlesLexicon.titles);
// Words of titles ("Defense", "Attorney"): a word left over from a title that was not written
// whole ("Defense Dora Lind") is no part of the name after it. (Not the services: "Marine" opens
// a name too; a service before a title is taken off with the title.)
const TITLE_WORDS = new Set(titlesLexicon.titles.flatMap((t) => t.split(' ')).filter(startsUpper));
const NOT_NAME = new Set(titlesLexicon.notNameStarts);
const SHIPS = new Set(titlesLexicon.ships);
const PARTY_LABELS = new Set(titlesLexicon.partyLabels);
// A party word, or its members, written before a name ("Democrat Ann Lee", "Republicans Ann Lee
// and …"): a label of the person, never a word of the name.
const PARTY_WORDS = new Set([...titlesLexicon.qualifiers, ...titlesLexicon.partyLabels.map((l) => `${l}s`)]);
// The tagger knows a conjunction or adverb opening a clause is no name word ("Neither Vela", "While Lind").
const NOT_NAME_POS = new Set(['CCONJ', 'SCONJ', 'ADV', 'DET', 'ADP', 'PRON', 'AUX']);

/** Where a name may start or end: [a, b) token indexes, how it was found, the title written before it. */
interface Seed {
  a: number;
  b: number;
  via: ActorCandidate['via'];
  title?: string;
}

/** The title written right before token a, if any. */
function titleBefore(sentence: Sentence, tokens: readonly Token[], a: number): string | undefined {
  const m = TITLE.matchEndingAt(tokens, a);
  return m ? captured(sentence, tokens, m, 'title') : undefined;
}

/** A hyphen that joins two name words ("Jean-Luc"), with no space on either side. */
const joinsName = (tokens: readonly Token[], i: number) =>
  tokens[i]!.text === '-' &&
  tokens[i - 1]?.end === tokens[i]!.start &&
  tokens[i + 1]?.start === tokens[i]!.end &&
  isNameWord(tokens[i + 1]);

/** Grows a span over neighbouring name words ("Inés" -> "Inés Vela", "Omar Hale" -> "T. Omar Hale"). */
function grow(tokens: readonly Token[], a: number, b: number): [number, number] {
  for (;;) {
    const t = tokens[a - 1];
    if (
      !isNameWord(t) ||
      NOT_NAME.has(t!.text) ||
      isCalendar(t!) ||
      TITLE_SET.has(t!.text) ||
      TITLE.matchEndingAt(tokens, a)
    )
      break;
    a--;
  }
  for (;;) {
    if (b < tokens.length && isNameWord(tokens[b]) && !isCalendar(tokens[b]!)) b++;
    else if (b < tokens.length - 1 && joinsName(tokens, b)) b += 2;
    else return [a, b];
  }
}

/** After the last possessor in a span: "the Daily Ledger’s Ann Cole", "Nordland’s Vela". */
function afterPossessor(tokens: readonly Token[], a: number, b: number): number {
  for (let k = b - 2; k > a; k--) if (isPossessive(tokens[k]) && startsUpper(tokens[k + 1]!.text)) return k + 1;
  return a;
}

/**
 * A comma, a bracket or a full stop ends a name: "January, Lind" is a month and a name; "Banda del
 * Sur, Mara" two names; "Ann Lee (Ore.)" a name and a state; "Ann Lee.Ruiz said" a name and the
 * next sentence, its space lost.
 */
function cutAtComma(tokens: readonly Token[], a: number, b: number): [number, number] {
  const comma = tokens.slice(a, b).findIndex((t) => t.text === ',' || t.text === '(' || t.text === '.');
  if (comma < 0) return [a, b];
  const lead = tokens.slice(a, a + comma);
  return lead.every((t) => NOT_NAME.has(t.text) || isCalendar(t)) ? [a + comma + 1, b] : [a, a + comma];
}

/**
 * The title that opens a span ("U.S. Ambassador …"), or else a title inside it, which no name
 * holds: an abbreviated one ("Ohio Rep. Jane Doe") or a whole one before at least two words
 * ("Ostrian President Ana Ruiz"). Where the name starts after it, and the title.
 */
function titleIn(sentence: Sentence, tokens: readonly Token[], a: number, b: number): { a: number; title?: string } {
  const opening = a < b ? (OPENING_TITLE.matchAt(tokens, a, b) ?? TITLE.matchAt(tokens, a, b)) : null;
  if (opening) return { a: opening.end, title: captured(sentence, tokens, opening, 'title')! };
  for (let k = a + 1; k < b - 1; k++) {
    const inside = TITLE.matchAt(tokens, k, b);
    const title = inside && inside.end < b ? captured(sentence, tokens, inside, 'title')! : '';
    const whole = inside && b - inside.end >= 2;
    if (startsUpper(title) && (title.endsWith('.') || whole)) return { a: inside!.end, title };
  }
  return { a };
}

/** A word abbreviated before a number ("Res. 12", "No. 4") ends at b: a numbered reference, no name. */
const numbered = (tokens: readonly Token[], b: number) =>
  tokens[b]?.text === '.' && tokens[b]!.start === tokens[b - 1]?.end && tokens[b + 1]?.pos === 'NUM';

/** Cuts titles, possessors, punctuation and words that never open a name off a span; null when no name is left. */
function tidy(sentence: Sentence, tokens: readonly Token[], a: number, b: number): Seed | null {
  while (a < b && tokens[a]!.pos === 'PUNCT') a++;
  let title: string | undefined;
  ({ a, title } = titleIn(sentence, tokens, a, b));
  a = afterPossessor(tokens, a, b);
  while (b > a && (tokens[b - 1]!.pos === 'PUNCT' || isPossessive(tokens[b - 1]))) b--;
  [a, b] = cutAtComma(tokens, a, b);
  if (numbered(tokens, b)) return null;
  while (a < b && (NOT_NAME.has(tokens[a]!.text) || isCalendar(tokens[a]!) || !startsUpper(tokens[a]!.text))) a++;
  while (b - a > 2 && (TITLE_WORDS.has(tokens[a]!.text) || PARTY_WORDS.has(tokens[a]!.text))) a++;
  const words = tokens.slice(a, b);
  if (!words.length || words.some(isCalendar) || !words.some((w) => hasLower(w.text)) || words.every(isInitials))
    return null;
  return { a, b, via: 'people', ...(title ? { title } : {}) };
}

/** The candidate a seed grows into, if its words make a name. */
function candidateOf(sentence: Sentence, tokens: readonly Token[], seed: Seed): ActorCandidate | null {
  const tidied = tidy(sentence, tokens, ...grow(tokens, seed.a, seed.b));
  if (!tidied) return null;
  let { a, title } = tidied;
  const { b } = tidied;
  if (SHIPS.has(tokens[a - 1]?.text ?? '') || PARTY_LABELS.has(tokens[b - 1]!.text)) return null;
  if (b - a > 1 && TITLE.matchEndingAt(tokens, a + 1)) {
    // "Secretary of Defense Dora Lind": a first word that ends a title written before it is no name word
    title = titleBefore(sentence, tokens, ++a) ?? '';
  } else if (b - a > 1 && NOT_NAME_POS.has(tokens[a]!.pos)) {
    a++;
    title = undefined;
  } else title = seed.title ?? title ?? titleBefore(sentence, tokens, a);
  const span = spanOf(sentence, tokens[a]!.start, tokens[b - 1]!.end);
  return { ...span, name: span.text, kind: 'person', via: seed.via, ...(title !== undefined ? { title } : {}) };
}

/** The tokens of a sentence that a character span [start, end) covers, if it starts in the sentence. */
function tokensIn(sentence: Sentence, tokens: readonly Token[], start: number, end: number): Seed | null {
  // a name run on past its sentence's end ("Ana Ruiz.Lind", the space lost) ends with the sentence
  if (start < sentence.start || start >= sentence.end) return null;
  end = Math.min(end, sentence.end);
  const a = tokens.findIndex((t) => t.end > start);
  const b = tokens.findLastIndex((t) => t.start < end) + 1;
  return a >= 0 && b > a ? { a, b, via: 'people' } : null;
}

const TAG_STATES = new Set(peopleLists.tagStates);
/**
 * Names with a party-and-state tag: one with a party letter ("Jo Ray (D-Ore.)"), or a list of
 * two or more with a state alone ("Di Pell (Ill.), Bo Tran (Calif.)"); a name holding a state's
 * name ("Texas Tribune (Texas)") is none.
 */
function taggedNames(tokens: readonly Token[]): Seed[] {
  const found = TAGGED.findAll(tokens).filter((m) => {
    const [a, b] = m.captures.name!;
    return !tokens.slice(a, b).some((t) => TAG_STATES.has(t.text));
  });
  return found
    .filter((m) => m.captures.party || found.length > 1)
    .map((m): Seed => ({ a: m.captures.name![0], b: m.captures.name![1], via: 'people' }));
}

/** Where names start in one sentence: compromise's people, known figures, titled names. */
function seedsOf(sentence: Sentence, tokens: readonly Token[], people: [number, number][]): Seed[] {
  return [
    ...people.flatMap(([s, e]) => tokensIn(sentence, tokens, s, e) ?? []),
    ...KNOWN.findAll(tokens).map((m): Seed => ({ a: m.start, b: m.end, via: 'people' })),
    ...taggedNames(tokens),
    ...TITLED.findAll(tokens).map((m): Seed => {
      const [a, b] = m.captures.name!;
      return { a, b, via: 'title', title: captured(sentence, tokens, m, 'title') ?? '' };
    }),
  ];
}

/**
 * Stage 4a: people. compromise finds person names; the known figures and a title before a name
 * ("Attorney General Ada Price") are token patterns (patterns/people.json) over the titles and
 * people word lists. Spans are grown over neighbouring name words and tidied (titles,
 * possessives, punctuation off).
 */
export function findPeople(paragraphSentences: Sentence[]): ActorCandidate[] {
  if (paragraphSentences.length === 0) return [];
  const text = paragraphSentences[0]!.paragraphText;
  const found = nlp(text).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
  const people = found.map((p): [number, number] => [p.offset.start, p.offset.start + p.offset.length]);
  return paragraphSentences.flatMap((sentence) => {
    const tokens = layerOf(sentence).tokens;
    return seedsOf(sentence, tokens, people).flatMap((seed) => candidateOf(sentence, tokens, seed) ?? []);
  });
}

export const peopleStage: Stage = {
  name: 'people',
  run: (doc) => ({ ...doc, found: [...doc.found, ...perParagraph(doc.sentences).flatMap(findPeople)] }),
};
