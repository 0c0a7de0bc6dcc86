import nonActors from '../lexicons/non-actors.json' with { type: 'json' };
import knownGroups from '../gazetteer/groups.json' with { type: 'json' };
import { knownPerson } from './candidates-people.ts';
import { toSlug } from '../../lib/slug.ts';
import aliasPatterns from '../patterns/aliases.json' with { type: 'json' };
import { Matcher, type Pattern } from '../match/matcher.ts';
import { layerOf } from './linguistics.ts';
import { formsIn, isCapitalized, isLowerWord, lastWord, wordsOf } from './name-forms.ts';
import {
  bySpan,
  spanOf,
  type ActorCandidate,
  type AuthorityCandidate,
  type ResolvedActor,
  type Sentence,
} from './types.ts';
import type { Overlay } from '../../schemas/index.ts';
import type { Stage } from '../doc.ts';

const VIA_RANK: Record<ActorCandidate['via'], number> = {
  lexicon: 0,
  pattern: 1,
  title: 2,
  people: 3,
  surname: 4,
  coreference: 5,
};
const never = new Set(nonActors.names);
/** Other spellings and initials of a group's name -> the name it is given ("al-Qaeda" -> "al-Qaida"). */
const GROUP_VARIANTS = knownGroups.variants as Record<string, string>;

/**
 * Refiner: one candidate per span. Organizations, groups and states (lexicon or pattern) win
 * over person guesses that overlap them ("Vela Roja" named as a gang is not a woman); then the
 * longest span wins, then the surer parser.
 */
export function dropOverlaps(candidates: ActorCandidate[]): ActorCandidate[] {
  const rank = (c: ActorCandidate) => (c.kind === 'person' ? 1 : 0);
  const sorted = [...candidates].sort(
    (a, b) =>
      a.sentence.paragraphIndex - b.sentence.paragraphIndex ||
      rank(a) - rank(b) ||
      b.end - b.start - (a.end - a.start) ||
      VIA_RANK[a.via] - VIA_RANK[b.via] ||
      a.start - b.start,
  );
  const kept: ActorCandidate[] = [];
  const byPara = new Map<number, ActorCandidate[]>();
  for (const c of sorted) {
    const list = byPara.get(c.sentence.paragraphIndex) ?? [];
    const same = list.find((k) => c.start < k.end && k.start < c.end);
    if (same) {
      // Keep a title a person parser saw even when another parser's span won.
      if (same.kind === 'person' && c.kind === 'person' && c.title && !same.title && same.start === c.start)
        same.title = c.title;
      continue;
    }
    list.push(c);
    byPara.set(c.sentence.paragraphIndex, list);
    kept.push(c);
  }
  return kept.sort(bySpan);
}

/**
 * A name ends before a bracket: what a bracket opens after a name ("Jane Roe (D-Ore", a party tag,
 * or one cut off by the parser) is no part of it. Null when no name is left.
 */
function beforeBracket(c: ActorCandidate): ActorCandidate | null {
  const at = c.text.indexOf('(');
  if (at < 0) return c;
  const text = c.text.slice(0, at).trimEnd();
  if (!text) return null;
  const name = c.name.includes('(') ? c.name.slice(0, c.name.indexOf('(')).trimEnd() : c.name;
  return { ...c, ...spanOf(c.sentence, c.start, c.start + text.length), name };
}

/**
 * Refiner: drops what is never an actor (lexicon and the overlay's exclusions), and cuts what a
 * bracket opens off a name.
 */
export function dropNonActors(candidates: ActorCandidate[], overlay: Overlay): ActorCandidate[] {
  const excluded = new Set([...never, ...overlay.exclude]);
  return candidates
    .map(beforeBracket)
    .filter((c): c is ActorCandidate => c !== null && !excluded.has(c.name) && !excluded.has(c.text));
}

// Small words a capitalised name of an instrument holds ("Charter of the Sea and the Ports").
const NAME_FUNCTION_WORDS = new Set(['of', 'on', 'the', 'and', 'for', 'against', 'to']);

/**
 * Refiner: a body whose name opens the capitalised name of an instrument ("the United Nations
 * Convention on the Rights of Ports") is a word of that name, not an actor there; before a word
 * in lower case ("a UN Security Council resolution") it still acts.
 */
export function dropInsideInstruments(
  candidates: ActorCandidate[],
  instruments: AuthorityCandidate[],
): ActorCandidate[] {
  const inside = (c: ActorCandidate) =>
    c.kind !== 'person' &&
    instruments.some((m) => {
      if (m.sentence !== c.sentence || m.start > c.start || m.end <= c.end) return false;
      const rest = layerOf(c.sentence).tokens.filter((t) => t.start >= c.end && t.end <= m.end);
      return rest.every((t) => isCapitalized(t.text) || NAME_FUNCTION_WORDS.has(t.text));
    });
  return candidates.filter((c) => !inside(c));
}

/** The words between two spans of one sentence, lower case. */
function wordsBetween(a: { end: number }, b: { start: number }, s: Sentence): string[] {
  return layerOf(s)
    .tokens.filter((t) => t.start >= a.end && t.end <= b.start)
    .map((t) => t.lower);
}
const POSSESSIVE = new Set(['’s', "'s"]);
const only = (words: string[], w: string) => words.length === 1 && words[0] === w;

/**
 * Refiner: a state named right after a person as "of <state>" ("Sen. Dora Imre of Ohio"),
 * before a person as its possessor ("Borduria’s Ana Ruiz"), or before a group as its
 * possessor or by its adjective ("Borduria’s Red Hand Cartel", "the Bordurian AB-12") qualifies
 * the name; it is not an actor of the story there.
 */
export function dropHomeStates(candidates: ActorCandidate[]): ActorCandidate[] {
  const possessor = (c: ActorCandidate, p: ActorCandidate) => POSSESSIVE.has(wordsBetween(c, p, c.sentence).join(' '));
  const qualifies = (c: ActorCandidate, p: ActorCandidate) =>
    p.sentence === c.sentence &&
    ((p.kind === 'person' && (only(wordsBetween(p, c, c.sentence), 'of') || possessor(c, p))) ||
      // a gang's home country
      (c.kind === 'state' &&
        p.kind === 'group' &&
        c.end <= p.start &&
        (possessor(c, p) || (c.text !== c.name && wordsBetween(c, p, c.sentence).length === 0))));
  // (a lone word the name parser took for a person, "Tarvia", is such a place too)
  const placeLike = (c: ActorCandidate) => c.kind === 'state' || (c.kind === 'person' && !c.name.includes(' '));
  return candidates.filter((c) => !(placeLike(c) && candidates.some((p) => p !== c && qualifies(c, p))));
}

// "X, or Y", "X (known as Y)", "X, also known as Y", "X, formerly Y": patterns/aliases.json
const aliasLinks = new Matcher(aliasPatterns as Pattern[]);

/**
 * How the words between two candidates of one sentence say the second is another name of the
 * first: 'alias' in words ("also known as"), 'bracket' by a bracket alone; null when they do not.
 */
function aliasLink(a: ActorCandidate, b: ActorCandidate): string | null {
  if (a.sentence !== b.sentence || a.end > b.start) return null;
  const toks = layerOf(a.sentence).tokens;
  const from = toks.findIndex((t) => t.start >= a.end);
  const to = toks.findIndex((t) => t.start >= b.start);
  if (from < 0 || to <= from) return null;
  const m = aliasLinks.matchEndingAt(toks, to, from);
  return m?.start === from ? m.label : null;
}

/**
 * Refiner: names that the text says are the same actor ("X, or Y", "X (known as Y)") become
 * aliases of the first name.
 */
function aliasPairs(candidates: ActorCandidate[]): Map<string, string> {
  const alias = new Map<string, string>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (a.kind !== b.kind || a.name === b.name) continue;
    if (aliasLink(a, b)) alias.set(b.name, alias.get(a.name) ?? a.name);
  }
  return alias;
}

/** A person's name after "of" ("the sons of Ana Ruiz, known as …"): what follows may name the phrase it ends. */
const endsOfPhrase = (c: ActorCandidate) =>
  layerOf(c.sentence).tokens.findLast((t) => t.end <= c.start)?.lower === 'of';

/**
 * Refiner: a name the people parser took for a person (no title) that the text gives another
 * name of a group or body ("Vela Roja (known as VR-9)") is that group or body, wherever it is named.
 */
function kindsByAlias(candidates: ActorCandidate[]): ActorCandidate[] {
  const kindOf = new Map<string, ActorCandidate['kind']>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [a, b] = [candidates[i]!, candidates[i + 1]!];
    if (a.kind !== 'person' || a.title || b.kind === 'person' || b.kind === 'state' || endsOfPhrase(a)) continue;
    if (aliasLink(a, b) === 'alias') kindOf.set(a.name, b.kind);
  }
  return candidates.map((c) => (c.kind === 'person' && kindOf.has(c.name) ? { ...c, kind: kindOf.get(c.name)! } : c));
}

/**
 * Refiner: a one-word organization that is the last word of one named earlier ("the Post" after
 * "The Washington Post") is that organization.
 */
export function resolveShortOrganizations(candidates: ActorCandidate[]): ActorCandidate[] {
  const seen: string[] = [];
  return candidates.map((c) => {
    if (c.kind !== 'organization') return c;
    if (c.name.includes(' ')) {
      seen.push(c.name);
      return c;
    }
    const full = [...seen].reverse().find((n) => lastWord(n) === c.name);
    return full ? { ...c, name: full } : c;
  });
}

/**
 * Refiner: short forms of a person's name ("Ruiz", "Imre") join the full name
 * ("Ana Ruiz") that shares their last word, the nearest earlier one when several do.
 */
function resolveSurnames(candidates: ActorCandidate[]): ActorCandidate[] {
  const fullBySurname = new Map<string, string[]>();
  for (const c of candidates)
    if (c.kind === 'person' && c.name.includes(' ')) {
      const list = fullBySurname.get(lastWord(c.name)) ?? [];
      if (!list.includes(c.name)) list.push(c.name);
      fullBySurname.set(lastWord(c.name), list);
    }
  const lastSeen = new Map<string, string>();
  return candidates.map((c) => {
    if (c.kind !== 'person') return c;
    if (c.name.includes(' ')) {
      lastSeen.set(lastWord(c.name), c.name);
      return c;
    }
    const full = lastSeen.get(c.name) ?? fullBySurname.get(c.name)?.[0] ?? knownPerson.get(c.name);
    return full ? { ...c, name: full } : c;
  });
}

/** A word written as a name: a capital, then lower-case letters ("Ruiz", not "AB" or "al"). */
const nameLike = (w: string | undefined) => isCapitalized(w) && isLowerWord(w!.slice(1));

/** The forms a later mention may take: a known person's surname and full name, an administration's leader. */
function repeatForms(found: ActorCandidate[]): Map<string, ActorCandidate> {
  const forms = new Map<string, ActorCandidate>();
  for (const c of found) {
    if (c.kind !== 'person') continue;
    const w = lastWord(c.name);
    if (nameLike(w) && !forms.has(w)) forms.set(w, c);
    if (!forms.has(c.name)) forms.set(c.name, c);
  }
  // "the Cruz administration" names a president: a later bare "Cruz" is that person.
  for (const c of found) {
    const words = wordsOf(c.name);
    const head =
      c.kind === 'organization' && words.length === 2 && words[1] === 'administration' ? words[0] : undefined;
    if (head && nameLike(head) && !forms.has(head)) forms.set(head, { ...c, name: head, kind: 'person' });
  }
  return forms;
}

/**
 * Parser run after the first pass: every further occurrence of a known person's surname
 * ("Ruiz", "Imre") or of an alias is a mention too.
 */
export function findRepeatMentions(sentences: Sentence[], found: ActorCandidate[]): ActorCandidate[] {
  const forms = repeatForms(found);
  if (forms.size === 0) return [];
  const taken = new Map<number, [number, number][]>();
  for (const c of found) {
    const list = taken.get(c.sentence.paragraphIndex) ?? [];
    list.push([c.start, c.end]);
    taken.set(c.sentence.paragraphIndex, list);
  }
  const out: ActorCandidate[] = [];
  for (const s of sentences) {
    const toks = layerOf(s).tokens;
    for (const { a, b, value: of } of formsIn(s, toks, (t) => forms.get(t))) {
      const [start, end] = [toks[a]!.start, toks[b - 1]!.end];
      if ((taken.get(s.paragraphIndex) ?? []).some(([x, y]) => start < y && x < end)) continue;
      out.push({ ...spanOf(s, start, end), name: of.name, kind: 'person', via: 'surname' });
    }
  }
  return out;
}

/** Overlay lookup: the patch whose id, name or alias matches a name, if any. */
function overlayActorFor(overlay: Overlay, name: string, text: string) {
  const id = toSlug(name);
  return (
    overlay.actors.find(
      (p) => p.id === id || p.name === name || p.aliases.includes(name) || p.aliases.includes(text),
    ) ?? null
  );
}

/**
 * Refiner: candidates -> actors. Same canonical name (after aliases, surnames and the overlay)
 * = same actor; surface forms other than the name are its aliases.
 */
export function groupActors(candidates: ActorCandidate[], overlay: Overlay): ResolvedActor[] {
  const kinded = kindsByAlias(candidates);
  const alias = aliasPairs(kinded);
  const resolved = resolveSurnames(kinded);
  const byId = new Map<string, ResolvedActor>();
  for (const c0 of resolved) {
    const named = alias.get(c0.name) ?? c0.name;
    const c = { ...c0, name: (c0.kind === 'group' && GROUP_VARIANTS[named]) || named };
    const patch = overlayActorFor(overlay, c.name, c.text);
    const name = patch?.name ?? c.name;
    const id = patch?.id ?? toSlug(name);
    if (!id) continue;
    let a = byId.get(id);
    if (!a) {
      a = { id, name, kind: patch?.kind ?? c.kind, aliases: new Set(), mentions: [], titles: [] };
      byId.set(id, a);
    }
    a.mentions.push(c);
    // words that refer back ("the administration", "the two leaders") are no name of it
    for (const form of c.via === 'coreference' ? [c0.name] : [c0.name, c.text])
      if (form !== a.name && (!isLowerWord(form) || GROUP_VARIANTS[form])) a.aliases.add(form);
    if (c.title && !a.titles.includes(c.title)) a.titles.push(c.title);
  }
  return [...byId.values()];
}

/** One candidate per span, no non-actors, no home state, short names of bodies resolved. */
export const refineActorsStage: Stage = {
  name: 'refine actors',
  run: (doc) => {
    const { overlay } = doc.context;
    return {
      ...doc,
      mentions: resolveShortOrganizations(
        dropHomeStates(dropNonActors(dropInsideInstruments(dropOverlaps(doc.found), doc.authorityMentions), overlay)),
      ),
    };
  },
};

export const actorsStage: Stage = {
  name: 'actors',
  run: (doc) => ({ ...doc, actors: groupActors(doc.mentions, doc.context.overlay) }),
};
