import references from '../lexicons/references.json' with { type: 'json' };
import groupWords from '../lexicons/groups.json' with { type: 'json' };
import clauseWords from '../lexicons/clause-words.json' with { type: 'json' };
import { lookupForm } from './candidates-organizations.ts';
import { layerOf, tokensText, type Token } from './linguistics.ts';
import { isCapitalized, isLowerWord, nameWords } from './name-forms.ts';
import { bySpan, spanOf, type ActorCandidate, type Sentence } from './types.ts';
import type { Stage } from '../doc.ts';
import { findRepeatMentions } from './refine-actors.ts';

/** Words that refer back ("the administration", "his administration", "the gang"): paragraph offsets. */
interface Reference {
  start: number;
  end: number;
  /** The word that opens them, lower case. */
  opener: string;
  /** The noun, as written in lower case. */
  head: string;
  /** The sentence's tokens, and the index of the token after the noun. */
  toks: Token[];
  after: number;
}

/** "<opener> <noun>" in a sentence, the noun written in lower case. */
function referencesIn(s: Sentence, openers: Set<string>, nouns: Set<string>): Reference[] {
  const toks = layerOf(s).tokens;
  const out: Reference[] = [];
  toks.forEach((t, i) => {
    const next = toks[i + 1];
    if (openers.has(t.lower) && next && nouns.has(next.text))
      out.push({ start: t.start, end: next.end, opener: t.lower, head: next.text, toks, after: i + 2 });
  });
  return out;
}

const ADMINISTRATION_OPENERS = new Set(['the', 'his', 'her']);
const ADMINISTRATION = new Set(['administration']);
const administrationsIn = (s: Sentence) => referencesIn(s, ADMINISTRATION_OPENERS, ADMINISTRATION);
const THE = new Set(['the']);
const GROUP_NOUNS = new Set(['gang', 'cartel', 'group', 'militia']);
const GROUP_HEADS = groupWords.heads.map((h) => h.toLowerCase());
const POSSESSIVE = new Set(['’s', "'s", '’', "'"]);
const surname = (n: string) => n.split(' ').at(-1)!;

/** Whether words overlap a candidate already found in the paragraph. */
const taken = (candidates: ActorCandidate[], s: Sentence, r: { start: number; end: number }) =>
  candidates.some((c) => c.sentence.paragraphIndex === s.paragraphIndex && c.start < r.end && r.start < c.end);

/**
 * Refiner: mentions by description. "the administration" / "his administration" is the
 * administration of the president the article is about (the most-mentioned person titled
 * President whose "<Surname> administration" the text names), or else the nearest named
 * administration before it.
 */
export function findCoreferences(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  return [
    ...administrations(sentences, candidates),
    ...groupReferences(sentences, candidates),
    ...pairReferences(sentences, candidates),
    ...bodyReferences(sentences, candidates),
    ...membersOfBodies(sentences, candidates),
  ];
}

/**
 * "the gang" names something else when a name follows ("the gang Vela Roja") or it opens a
 * possessive of another thing ("the cartel’s head of finance").
 */
function namesAnother(r: Reference): boolean {
  const [next, word, joiner] = [r.toks[r.after], r.toks[r.after + 1], r.toks[r.after + 2]];
  if (next && next.start > r.toks[r.after - 1]!.end && isCapitalized(next.text)) return true;
  return (
    !!next &&
    POSSESSIVE.has(next.lower) &&
    isLowerWord(word?.text) &&
    (joiner?.lower === 'of' || joiner?.lower === 'for')
  );
}

/**
 * Whether "the <noun>" may mean a group: a group whose name holds that word ("Harbor Cartel" for
 * "the cartel"), one named right before that word ("AB-12 gang"), any for "the group", and for
 * "the gang" one whose name holds no group word of another kind.
 */
function fits(noun: string, g: ActorCandidate): boolean {
  const words = nameWords(g.name).map((w) => (w.endsWith('s') ? w.slice(0, -1) : w));
  if (noun === 'group' || words.includes(noun)) return true;
  const toks = layerOf(g.sentence).tokens;
  if (toks.find((t) => t.start >= g.end)?.lower === noun) return true;
  return noun === 'gang' && !words.some((w) => GROUP_HEADS.includes(w));
}

// "the gang", "the cartel": the group of that kind named last, in this paragraph or the one before.
function groupReferences(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  const groups = candidates.filter((c) => c.kind === 'group' && c.via !== 'coreference');
  const out: ActorCandidate[] = [];
  for (const s of sentences)
    for (const r of referencesIn(s, THE, GROUP_NOUNS)) {
      if (namesAnother(r) || taken(candidates, s, r)) continue;
      const near = (g: ActorCandidate) => s.paragraphIndex - g.sentence.paragraphIndex <= 1;
      const before = groups.filter(
        (g) => (g.sentence.index < s.index || (g.sentence.index === s.index && g.end <= r.start)) && near(g),
      );
      const target = before.filter((g) => fits(r.head, g)).at(-1);
      if (target) out.push({ ...spanOf(s, r.start, r.end), name: target.name, kind: 'group', via: 'coreference' });
    }
  return out;
}

/**
 * An administration whose words say whose it is: "the administration of Bordurian President
 * Ana Ruiz" (the mention runs to the name), or "Imre said he does not think the administration
 * requires …" (a president named before it in its sentence).
 */
function whose(
  s: Sentence,
  r: Reference,
  candidates: ActorCandidate[],
  presidents: string[],
): ActorCandidate | undefined {
  const of = candidates.find(
    (c) => c.kind === 'person' && c.sentence.index === s.index && c.start > r.end && c.start - r.end <= 40,
  );
  const between = of ? r.toks.filter((t) => t.start >= r.end && t.end <= of.start) : [];
  if (of && between[0]?.lower === 'of' && between.slice(1).every((t) => isCapitalized(t.text)))
    return {
      ...spanOf(s, r.start, of.end),
      name: `${surname(of.name)} administration`,
      kind: 'organization',
      via: 'coreference',
    };
  if (r.opener !== 'the') return undefined;
  const named = (c: ActorCandidate) => presidents.some((n) => n === c.name || surname(n) === surname(c.name));
  const speaker = candidates
    .filter((c) => c.kind === 'person' && c.sentence.index === s.index && c.end <= r.start && named(c))
    .at(-1);
  if (!speaker) return undefined;
  return {
    ...spanOf(s, r.start, r.end),
    name: `${surname(speaker.name)} administration`,
    kind: 'organization',
    via: 'coreference',
  };
}

/** "his administration" after another person in its sentence is that person's: not the target's. */
function someoneElses(s: Sentence, r: Reference, candidates: ActorCandidate[], target: ActorCandidate): boolean {
  if (r.opener === 'the') return false;
  const before = candidates
    .filter((c) => c.kind === 'person' && c.sentence.index === s.index && c.end <= r.start)
    .at(-1);
  return !!before && !target.name.startsWith(`${surname(before.name)} `);
}

function findAdministrationMentions(
  sentences: Sentence[],
  candidates: ActorCandidate[],
  target: ActorCandidate,
  from: number,
  presidents: string[],
) {
  const out: ActorCandidate[] = [];
  for (const s of sentences) {
    if (s.index < from) continue;
    for (const r of administrationsIn(s)) {
      if (taken(candidates, s, r)) continue;
      out.push(
        whose(s, r, candidates, presidents) ?? {
          ...spanOf(s, r.start, r.end),
          name: target.name,
          kind: 'organization',
          via: 'coreference',
        },
      );
    }
  }
  return out;
}

/** None named: "the administration" is the government of the president the article names most. */
function unnamedAdministration(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  const president = candidates.filter((c) => c.kind === 'person' && c.title === 'President').map((c) => c.name);
  const count = (n: string) => president.filter((x) => x === n).length;
  const top = [...new Set(president)].sort((a, b) => count(b) - count(a))[0];
  if (!top) return [];
  const first = candidates.find((c) => c.kind === 'person' && c.name === top)!;
  const admin = { ...first, name: `${surname(top)} administration`, kind: 'organization' as const };
  // Only for mentions after the president is named: "the administration" before that is not theirs.
  return findAdministrationMentions(sentences, candidates, admin, first.sentence.index, [...new Set(president)]);
}

/** The president the article is about: the one of those titled President it mentions most. */
function mainPresident(candidates: ActorCandidate[]) {
  const presidents = new Map<string, number>();
  for (const c of candidates)
    if (c.kind === 'person' && c.title === 'President') presidents.set(c.name, (presidents.get(c.name) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const c of candidates) if (c.kind === 'person') counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const main = [...presidents.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1),
  )[0];
  return { presidents: [...presidents.keys()], main };
}

function administrations(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  const admins = candidates.filter((c) => c.kind === 'organization' && c.name.endsWith(' administration'));
  if (admins.length === 0) return unnamedAdministration(sentences, candidates);
  const { presidents, main } = mainPresident(candidates);
  const mainAdmin = main ? admins.find((a) => a.name === `${surname(main)} administration`) : undefined;
  // With no administration named before it, "the administration" is the main president's.
  const first = main ? candidates.find((c) => c.kind === 'person' && c.name === main) : undefined;
  const current = first
    ? { ...first, name: `${surname(main!)} administration`, kind: 'organization' as const }
    : undefined;
  const out: ActorCandidate[] = [];
  for (const s of sentences)
    for (const r of administrationsIn(s)) {
      const own = whose(s, r, candidates, presidents);
      if (own) {
        out.push(own);
        continue;
      }
      const earlier = (a: ActorCandidate | undefined) => (a && a.sentence.index <= s.index ? a : undefined);
      const target = mainAdmin ?? admins.filter((a) => a.sentence.index <= s.index).at(-1) ?? earlier(current);
      if (!target || someoneElses(s, r, candidates, target) || taken(candidates, s, r)) continue;
      out.push({ ...spanOf(s, r.start, r.end), name: target.name, kind: 'organization', via: 'coreference' });
    }
  return out;
}

const PAIR_NOUNS = new Set(references.pairNouns);
/** How many paragraphs back "the two leaders" may look for the two it means. */
const PAIR_PARAGRAPHS_BACK = 2;

/**
 * "The two leaders have held two meetings": "the two <people>" or "both <people>" are the last
 * two people named before it, within two paragraphs; both are mentioned by those words.
 */
function pairReferences(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  const people = candidates.filter((c) => c.kind === 'person' && c.via !== 'coreference');
  const out: ActorCandidate[] = [];
  for (const s of sentences) {
    const { tokens, phrases } = layerOf(s);
    for (const p of phrases) {
      const first = tokens[p.start]!.lower;
      const opens =
        (first === 'the' && tokens[p.start + 1]?.lower === 'two' && p.head === p.start + 2) ||
        (first === 'both' && p.head === p.start + 1);
      if (!opens || !PAIR_NOUNS.has(tokens[p.head]!.lower) || tokens[p.head + 1]?.lower === 'of') continue;
      const start = tokens[p.start]!.start;
      const before = people.filter(
        (c) =>
          (c.sentence.index < s.index || (c.sentence.index === s.index && c.end <= start)) &&
          s.paragraphIndex - c.sentence.paragraphIndex <= PAIR_PARAGRAPHS_BACK,
      );
      const names: string[] = [];
      for (const c of before.reverse())
        if (
          !names.some((n) => n === c.name || n.endsWith(` ${c.name}`) || c.name.endsWith(` ${n}`)) &&
          names.length < 2
        )
          names.push(c.name);
      if (names.length < 2) continue;
      for (const name of names.reverse())
        out.push({ ...spanOf(s, start, tokens[p.head]!.end), name, kind: 'person', via: 'coreference' });
    }
  }
  return out;
}

const MEMBERS = new Set(clauseWords.bodyMembers);
/** How many words a body's name written before its members may have ("U.S. military officials"). */
const BODY_WORDS = 3;

/**
 * "U.S. military officials have drafted plans": the officials of a known body act for it, so the
 * body's words before a noun of its members are a mention of the body (the recogniser leaves a
 * body written as a modifier out: "a U.S. military operation" names no body).
 */
function membersOfBodies(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const s of sentences) {
    const toks = layerOf(s).tokens;
    toks.forEach((t, i) => {
      if (!MEMBERS.has(t.lower)) return;
      for (let a = Math.max(0, i - BODY_WORDS); a < i; a++) {
        const form = lookupForm(tokensText(s, toks, a, i));
        const span = { start: toks[a]!.start, end: toks[i - 1]!.end };
        if (!form || form.kind !== 'organization' || taken(candidates, s, span)) continue;
        out.push({ ...spanOf(s, span.start, span.end), name: form.name, kind: 'organization', via: 'coreference' });
        return;
      }
    });
  }
  return out;
}

/** How many paragraphs back "the military" may look for the body it means. */
const BODY_PARAGRAPHS_BACK = 1;

/**
 * "The U.S. military has trained troops. The military also lent helicopters": "the <noun>" is
 * the body named last before it, in its paragraph or the one before, whose name ends with that
 * noun written in lower case ("U.S. military"); an administration is resolved on its own.
 */
function bodyReferences(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  const bodies = candidates.filter((c) => c.kind === 'organization' && c.via !== 'coreference');
  const lastWord = (c: ActorCandidate) => c.name.split(' ').at(-1)!;
  const nouns = new Set(bodies.map(lastWord).filter((w) => isLowerWord(w) && !ADMINISTRATION.has(w)));
  const out: ActorCandidate[] = [];
  for (const s of sentences)
    for (const r of referencesIn(s, THE, nouns)) {
      if (namesAnother(r) || taken(candidates, s, r)) continue;
      const near = (c: ActorCandidate) => s.paragraphIndex - c.sentence.paragraphIndex <= BODY_PARAGRAPHS_BACK;
      const before = (c: ActorCandidate) =>
        c.sentence.index < s.index || (c.sentence.index === s.index && c.end <= r.start);
      const target = bodies.filter((c) => lastWord(c) === r.head && near(c) && before(c)).at(-1);
      if (!target) continue;
      out.push({ ...spanOf(s, r.start, r.end), name: target.name, kind: 'organization', via: 'coreference' });
    }
  return out;
}

/** Later mentions by a surname or a short form, then words that refer back ("the group"). */
export const coreferenceStage: Stage = {
  name: 'coreference',
  run: (doc) => {
    const withRepeats = [...doc.mentions, ...findRepeatMentions(doc.sentences, doc.mentions)].sort(bySpan);
    return { ...doc, mentions: [...withRepeats, ...findCoreferences(doc.sentences, withRepeats)].sort(bySpan) };
  },
};
