import heads from '../lexicons/organization-heads.json' with { type: 'json' };
import states from '../lexicons/states.json' with { type: 'json' };
import titles from '../lexicons/titles.json' with { type: 'json' };
import { layerOf, tokensText, type Layer, type NounPhrase, type Token } from './linguistics.ts';
import { adjectives, lookupForm } from './candidates-organizations.ts';
import { isCapitalized } from './name-forms.ts';
import { spanOf, type ActorCandidate, type Sentence } from './types.ts';
import type { ActorKind } from '../../schemas/index.ts';
import { overlaps, type Stage } from '../doc.ts';

const ORG = new Set(heads.organization);
const GROUP = new Set(heads.group);
const OUTLET = new Set(heads.outlet);
const REPORT = new Set(heads.reportVerbs);
const REPORT_NOUNS = new Set(heads.reportNouns);
const REPORT_OBJECT = heads.reportObjects.map((p) => p.split(' '));
const LOWER = new Set(heads.lowerHeads);
// "a Navy JAG", "the Army officer": a phrase whose head is a rank or role describes a person.
const MEMBER_HEADS = new Set([...titles.roleNouns, ...heads.serviceMembers]);
const capitalized = (t: Token) => isCapitalized(t.text);
const PLURAL_BODIES: Record<string, string> = heads.pluralBodies;
const NAME_JOINERS = new Set(heads.nameJoiners);
const POSSESSIVE = new Set(heads.possessive);

/** The kind a phrase's words give it, if any: a group word anywhere, an outlet or organization head. */
function kindByWords(words: Token[]): ActorKind | null {
  const lower = words.map((t) => t.lower);
  if (lower.some((w) => GROUP.has(w))) return 'group';
  const head = lower.at(-1)!;
  if (OUTLET.has(head) || ORG.has(head) || lower.some((w) => ORG.has(w) && w !== 'war')) return 'organization';
  return null;
}

/**
 * Whether the phrase is someone the story's words treat as an outlet: "the Courier reported",
 * "told The Daily Ledger".
 */
function actsAsOutlet(tokens: Token[], p: NounPhrase, verbLemmaAt: (i: number) => string | null): boolean {
  const lemma = verbLemmaAt(p.end);
  if (lemma && REPORT.has(lemma)) return true;
  return REPORT_OBJECT.some((words) => words.every((w, k) => tokens[p.start - words.length + k]?.lower === w));
}

/**
 * "the Ministries of Transport and Fisheries": two bodies named at once; the words stand for each
 * without naming it, so they make no alias.
 */
function pluralBodies(s: Sentence, toks: Token[]): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const single = PLURAL_BODIES[toks[i]!.text];
    if (!single || toks[i + 1]!.lower !== 'of') continue;
    const parts: [number, number][] = [];
    let k = i + 2;
    let partStart = k;
    for (; k < toks.length && (capitalized(toks[k]!) || toks[k]!.lower === 'and' || toks[k]!.text === ','); k++) {
      if (toks[k]!.lower !== 'and' && toks[k]!.text !== ',') continue;
      if (k > partStart) parts.push([partStart, k]);
      partStart = k + 1;
    }
    if (k > partStart) parts.push([partStart, k]);
    if (parts.length < 2) continue;
    for (const [a, b] of parts) {
      const name = `${single} of ${tokensText(s, toks, a, b)}`;
      out.push({ ...spanOf(s, toks[a]!.start, toks[b - 1]!.end), name, kind: 'organization', via: 'coreference' });
    }
  }
  return out;
}

/**
 * Where a phrase's name starts: past its determiner or possessor, and a nationality adjective
 * ("the Mexican Red Hand Cartel" is the Red Hand Cartel, of Mexico).
 */
function nameStart(toks: Token[], p: NounPhrase): number {
  const possessor = toks.slice(p.start, p.head).findIndex((t) => POSSESSIVE.has(t.lower));
  const from = possessor >= 0 ? p.start + possessor + 1 : p.determiner ? p.start + 1 : p.start;
  // a nationality adjective before a name qualifies it; it is no part of the name
  const nameAfter = (t: Token) => capitalized(t) || t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'DET';
  const demonym = adjectives.has(toks[from]?.text ?? '') && p.end - from >= 2;
  return demonym && toks.slice(from + 1, p.end).every(nameAfter) ? from + 1 : from;
}

/** A state's adjective, by a form written for it ("Ecuador" -> "Ecuadorian"). */
const DEMONYM = new Map(
  states.states.flatMap((x) => x.forms.flatMap((f) => (x.adjectives[0] ? [[f, x.adjectives[0]] as const] : []))),
);

/**
 * "Ecuador’s interior ministry": a state's body written in lower case after its possessive, named
 * with the state's adjective ("Ecuadorian interior ministry"); null for any other phrase.
 */
function ownedBody(s: Sentence, toks: Token[], p: NounPhrase, from: number, words: Token[]): string | null {
  if (from < p.start + 2 || !POSSESSIVE.has(toks[from - 1]!.lower)) return null;
  if (words.length < 2 || !LOWER.has(words.at(-1)!.lower) || words.some(capitalized)) return null;
  const demonym = DEMONYM.get(tokensText(s, toks, toks[p.start]!.pos === 'DET' ? p.start + 1 : p.start, from - 1));
  return demonym ? `${demonym} ${tokensText(s, toks, from, p.end)}` : null;
}

/**
 * "a Harbor Times report Aug. 8": the capitalised words before a report noun, ending in an outlet
 * word, are the outlet (the chunker may keep them inside a longer phrase, so read over tokens).
 */
function outletsOfReports(s: Sentence, toks: Token[]): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (let i = 2; i < toks.length; i++) {
    if (!REPORT_NOUNS.has(toks[i]!.text) || !OUTLET.has(toks[i - 1]!.lower) || !capitalized(toks[i - 1]!)) continue;
    let from = i - 1;
    while (from > 0 && toks[from - 1]!.pos === 'PROPN' && capitalized(toks[from - 1]!)) from--;
    if (i - from < 2) continue;
    const name = tokensText(s, toks, from, i);
    out.push({ ...spanOf(s, toks[from]!.start, toks[i - 1]!.end), name, kind: 'organization', via: 'pattern' });
  }
  return out;
}

/** The kind a phrase's name words give it in its sentence, if any. */
function kindOfPhrase(layer: Layer, p: NounPhrase, words: Token[]): ActorKind | null {
  const toks = layer.tokens;
  const head = toks[p.head]!;
  if (!p.proper || !words.every((t) => capitalized(t) || NAME_JOINERS.has(t.lower)))
    return LOWER.has(head.lower) && words.length >= 2 && capitalized(words[0]!) ? 'organization' : null;
  const verbLemmaAt = (i: number) => layer.verbs.find((v) => v.start === i)?.lemma ?? null;
  const outlet = actsAsOutlet(toks, p, verbLemmaAt);
  const kind = kindByWords(words) ?? (outlet && words.length <= 4 ? 'organization' : null);
  // One capitalised word is a name only where a group word or the context says so.
  const lone = words.length === 1 && !GROUP.has(head.lower) && !OUTLET.has(head.lower) && !outlet;
  return lone ? null : kind;
}

/** Organizations and groups among a sentence's noun phrases, by their words or what they do. */
function namedPhrases(s: Sentence, layer: Layer): ActorCandidate[] {
  const toks = layer.tokens;
  const out: ActorCandidate[] = [];
  for (const p of layer.phrases) {
    // a body the lexicon names ("Senate Democrats" is the Democrats) is left to the lexicon
    if (lookupForm(toks[p.head]!.text) || toks[p.head]!.pos === 'NUM') continue;
    // a plural body word ("… Fisheries Committees") names several bodies, none of them by this name
    if (PLURAL_BODIES[toks[p.head]!.text] || MEMBER_HEADS.has(toks[p.head]!.text)) continue;
    const from = nameStart(toks, p);
    const words = toks.slice(from, p.end).filter((t) => t.pos !== 'PUNCT');
    if (words.length === 0 || words.some((t) => t.quoted)) continue;
    const kind = kindOfPhrase(layer, p, words);
    const owned = ownedBody(s, toks, p, from, words);
    if (owned) {
      const span = spanOf(s, toks[from]!.start, toks[p.end - 1]!.end);
      out.push({ ...span, name: owned, kind: 'organization', via: 'pattern' });
      continue;
    }
    const name = tokensText(s, toks, from, p.end);
    if (kind) out.push({ ...spanOf(s, toks[from]!.start, toks[p.end - 1]!.end), name, kind, via: 'pattern' });
  }
  return out;
}

/**
 * Stage 4b (layer): organizations and groups among the proper-noun phrases of the linguistic
 * layer, classified by their words (lexicons/organization-heads.json: "Senate Armed Services
 * Committee", "Red Hand Cartel", "Harbor News") or by what they do in the sentence: a name that reports,
 * confirms or is told something is an outlet acting in the story ("the Courier reported"). People are
 * left to the people stage; a candidate that overlaps a person is dropped by the caller. The
 * article's own outlet is its source, never an actor of its story.
 */
export function findProperOrganizations(sentences: Sentence[], outlet?: string): ActorCandidate[] {
  return sentences.flatMap((s) => {
    const layer = layerOf(s);
    return [
      ...pluralBodies(s, layer.tokens),
      ...listedMembers(s, layer.tokens, layer.phrases),
      ...namedPhrases(s, layer),
      ...outletsOfReports(s, layer.tokens),
    ].filter((c) => c.name !== outlet);
  });
}

const COLLECTIVE = new Set(heads.collectives);
const NAMED_BY_HEAD: Record<string, string> = heads.namedByHead;
const LIST_JOINERS = new Set(heads.listJoiners);
const DASHES = new Set(['—', '–']);

/**
 * Members listed after a collective ("three cartels based in Borduria: Ostrava, Red Coast, and Vlatko";
 * "groups, including Clean Harbor Watch and Peace First Now"): each capitalised item is a group (after
 * cartels or gangs) or an organization.
 */
function listedMembers(s: Sentence, toks: Token[], phrases: NounPhrase[]): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const p of phrases) {
    const head = toks[p.head]!;
    if (!COLLECTIVE.has(head.lower)) continue;
    const k = listOpener(toks, p.end);
    if (k < 0) continue;
    const kind: ActorKind = GROUP.has(head.lower) ? 'group' : 'organization';
    // "six cartels: Harbor, Red Coast …" are the Harbor Cartel and the Red Coast Cartel
    const takes = toks[k]!.text === ':' ? NAMED_BY_HEAD[head.lower] : undefined;
    for (const [i, j] of listItems(toks, k + 1)) {
      const name = tokensText(s, toks, i, j);
      const named = takes && !toks.slice(i, j).some((t) => GROUP.has(t.lower)) ? `${name} ${takes}` : name;
      out.push({ ...spanOf(s, toks[i]!.start, toks[j - 1]!.end), name: named, kind, via: 'pattern' });
    }
  }
  return out;
}

/**
 * Where the list of a collective's members opens, within a few words: a colon, "including", a
 * form of "include" ("groups, which include …") or a dash ("cartels — the Harbor cartel, RCX —");
 * -1 when none does before the clause goes on.
 */
function listOpener(toks: Token[], from: number): number {
  for (let k = from; k < toks.length && k - from < 8; k++) {
    const t = toks[k]!;
    if (t.text === '.' || t.text === ';') return -1;
    if (t.text === ':' || t.lower === 'including' || t.lemma === 'include' || DASHES.has(t.text)) return k;
  }
  return -1;
}

/**
 * The capitalised items of a list, as token ranges: "the" before an item is skipped, and an item
 * that only qualifies a lower-case noun after it ("the Harbor cartel") is no member's name.
 */
function listItems(toks: Token[], from: number): [number, number][] {
  const out: [number, number][] = [];
  let i = from;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.text === ',' || t.lower === 'and' || t.lower === 'the') {
      i++;
      continue;
    }
    if (!capitalized(t)) break;
    let j = i + 1;
    while (
      j < toks.length &&
      (capitalized(toks[j]!) || (LIST_JOINERS.has(toks[j]!.lower) && toks[j + 1] && capitalized(toks[j + 1]!)))
    )
      j++;
    // "the Harbor cartel", "the Vlatko family": the capitalised words only qualify a common noun
    const next = toks[j];
    if (next && next.pos !== 'PUNCT' && next.lower !== 'and' && next.lower !== 'or' && !next.cap) j++;
    else out.push([i, j]);
    i = j;
  }
  return out;
}

/** Proper names of bodies the word lists do not know; never a person's name nor the outlet. */
export const properNamesStage: Stage = {
  name: 'proper names',
  run: (doc) => {
    const people = doc.found.filter((c) => c.kind === 'person');
    const found = findProperOrganizations(doc.sentences, doc.context.outlet).filter(
      (c) => !people.some((p) => overlaps(p, c)),
    );
    return { ...doc, found: [...doc.found, ...found] };
  },
};
