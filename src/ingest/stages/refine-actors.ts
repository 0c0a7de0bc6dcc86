import nonActors from '../lexicons/non-actors.json' with { type: 'json' };
import groupsLexicon from '../lexicons/groups.json' with { type: 'json' };
import { knownPerson } from './candidates-people.ts';
import { toSlug } from '../../lib/slug.ts';
import { bySpan, escapeRe, spanOf, type ActorCandidate, type ResolvedActor, type Sentence } from './types.ts';
import type { Overlay } from '../../schemas/index.ts';

const VIA_RANK: Record<ActorCandidate['via'], number> = { lexicon: 0, pattern: 1, title: 2, people: 3, surname: 4, coreference: 5 };
const never = new Set(nonActors.names);
/** Other spellings and initials of a group's name -> the name it is given ("al-Qaeda" -> "al-Qaida"). */
const GROUP_VARIANTS = groupsLexicon.variants as Record<string, string>;

/**
 * Refiner: one candidate per span. Organizations, groups and states (lexicon or pattern) win
 * over person guesses that overlap them ("Mara Salvatrucha" is a gang, not a woman); then the
 * longest span wins, then the surer parser.
 */
export function dropOverlaps(candidates: ActorCandidate[]): ActorCandidate[] {
  const rank = (c: ActorCandidate) => (c.kind === 'person' ? 1 : 0);
  const sorted = [...candidates].sort(
    (a, b) => a.sentence.paragraphIndex - b.sentence.paragraphIndex || rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || VIA_RANK[a.via] - VIA_RANK[b.via] || a.start - b.start,
  );
  const kept: ActorCandidate[] = [];
  const byPara = new Map<number, ActorCandidate[]>();
  for (const c of sorted) {
    const list = byPara.get(c.sentence.paragraphIndex) ?? [];
    const same = list.find((k) => c.start < k.end && k.start < c.end);
    if (same) {
      // Keep a title a person parser saw even when another parser's span won.
      if (same.kind === 'person' && c.kind === 'person' && c.title && !same.title && same.start === c.start) same.title = c.title;
      continue;
    }
    list.push(c);
    byPara.set(c.sentence.paragraphIndex, list);
    kept.push(c);
  }
  return kept.sort(bySpan);
}

/** Refiner: drops what is never an actor (lexicon and the overlay's exclusions). */
export function dropNonActors(candidates: ActorCandidate[], overlay: Overlay): ActorCandidate[] {
  const excluded = new Set([...never, ...overlay.exclude]);
  return candidates.filter((c) => !excluded.has(c.name) && !excluded.has(c.text));
}

/**
 * Refiner: a state named right after a person as "of <state>" ("Sen. Dora Imre of Ohio"),
 * before a person as its possessor ("Venezuela’s Nicolás Maduro"), or before a group as its
 * possessor or by its adjective ("Venezuela’s Tren de Aragua", "the Salvadoran MS-13") qualifies
 * the name; it is not an actor of the story there.
 */
export function dropHomeStates(candidates: ActorCandidate[]): ActorCandidate[] {
  const between = (a: { end: number }, b: { start: number }, s: ActorCandidate['sentence']) => s.paragraphText.slice(a.end, b.start);
  const qualifies = (c: ActorCandidate, p: ActorCandidate) =>
    p.sentence === c.sentence &&
    ((p.kind === 'person' && (/^\s+of\s+$/u.test(between(p, c, c.sentence)) || /^[’']s\s+$/u.test(between(c, p, c.sentence)))) ||
      // "Venezuela’s Tren de Aragua", "the Salvadoran MS-13": a gang's home country
      (c.kind === 'state' && p.kind === 'group' && (/^[’']s\s+$/u.test(between(c, p, c.sentence)) || (c.text !== c.name && /^\s+$/u.test(between(c, p, c.sentence))))));
  // (a lone word the name parser took for a person, "Virginia", is such a place too)
  const placeLike = (c: ActorCandidate) => c.kind === 'state' || (c.kind === 'person' && !/\s/.test(c.name));
  return candidates.filter((c) => !(placeLike(c) && candidates.some((p) => p !== c && qualifies(c, p))));
}

// "Cartel de los Soles, or Cartel of the Suns," / "Mara Salvatrucha (known as MS-13)" / "also known as".
const ALIAS_BETWEEN = /^(?:,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}(?:also\s+)?known\s+as|,\s+or|,?\s+\(?(?:also\s+)?known(?:\s+(?:by|under|in)\s+[^,.;()]{1,40}?)?\s+as|\s+\(|,\s+also\s+called|,\s+formerly)\s+(?:the\s+)?$/u;

/**
 * Refiner: names that the text says are the same actor ("X, or Y", "X (known as Y)") become
 * aliases of the first name.
 */
function aliasPairs(candidates: ActorCandidate[]): Map<string, string> {
  const alias = new Map<string, string>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1]!;
    if (a.sentence !== b.sentence || a.kind !== b.kind || a.name === b.name) continue;
    const between = a.sentence.paragraphText.slice(a.end, b.start);
    if (ALIAS_BETWEEN.test(between)) alias.set(b.name, alias.get(a.name) ?? a.name);
  }
  return alias;
}

const lastWord = (name: string) => name.split(/\s+/).at(-1)!;

/**
 * Refiner: a one-word organization that is the last word of one named earlier ("the Post" after
 * "The Washington Post") is that organization.
 */
export function resolveShortOrganizations(candidates: ActorCandidate[]): ActorCandidate[] {
  const seen: string[] = [];
  return candidates.map((c) => {
    if (c.kind !== 'organization') return c;
    if (/\s/.test(c.name)) {
      seen.push(c.name);
      return c;
    }
    const full = [...seen].reverse().find((n) => lastWord(n) === c.name);
    return full ? { ...c, name: full } : c;
  });
}

/**
 * Refiner: short forms of a person's name ("Rubio", "Trump") join the full name
 * ("Marco Rubio") that shares their last word, the nearest earlier one when several do.
 */
function resolveSurnames(candidates: ActorCandidate[]): ActorCandidate[] {
  const fullBySurname = new Map<string, string[]>();
  for (const c of candidates)
    if (c.kind === 'person' && /\s/.test(c.name)) {
      const list = fullBySurname.get(lastWord(c.name)) ?? [];
      if (!list.includes(c.name)) list.push(c.name);
      fullBySurname.set(lastWord(c.name), list);
    }
  const lastSeen = new Map<string, string>();
  return candidates.map((c) => {
    if (c.kind !== 'person') return c;
    if (/\s/.test(c.name)) {
      lastSeen.set(lastWord(c.name), c.name);
      return c;
    }
    const full = lastSeen.get(c.name) ?? fullBySurname.get(c.name)?.[0] ?? knownPerson.get(c.name);
    return full ? { ...c, name: full } : c;
  });
}

/**
 * Parser run after the first pass: every further occurrence of a known person's surname
 * ("Maduro", "Finucane") or of an alias is a mention too.
 */
export function findRepeatMentions(sentences: Sentence[], found: ActorCandidate[]): ActorCandidate[] {
  const forms = new Map<string, ActorCandidate>();
  for (const c of found) {
    if (c.kind === 'person') {
      const w = lastWord(c.name);
      if (/^[A-Z][\p{Ll}]/u.test(w) && !forms.has(w)) forms.set(w, c);
      if (!forms.has(c.name)) forms.set(c.name, c);
    }
  }
  // "the Trump administration" names a president: a later bare "Trump" is that person.
  for (const c of found) {
    const head = c.kind === 'organization' ? c.name.match(/^([A-Z][\p{Ll}]+) administration$/u)?.[1] : undefined;
    if (head && !forms.has(head)) forms.set(head, { ...c, name: head, kind: 'person' });
  }
  if (forms.size === 0) return [];
  const re = new RegExp(String.raw`(?<![\p{L}.-])(${[...forms.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\p{L}-])`, 'gu');
  const taken = new Map<number, [number, number][]>();
  for (const c of found) {
    const list = taken.get(c.sentence.paragraphIndex) ?? [];
    list.push([c.start, c.end]);
    taken.set(c.sentence.paragraphIndex, list);
  }
  const out: ActorCandidate[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(re)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if ((taken.get(s.paragraphIndex) ?? []).some(([a, b]) => start < b && a < end)) continue;
      const of = forms.get(m[1]!)!;
      out.push({ ...spanOf(s, start, end), name: of.name, kind: 'person', via: 'surname' });
    }
  return out;
}

/** Overlay lookup: the patch whose id, name or alias matches a name, if any. */
function overlayActorFor(overlay: Overlay, name: string, text: string) {
  const id = toSlug(name);
  return overlay.actors.find((p) => p.id === id || p.name === name || p.aliases.includes(name) || p.aliases.includes(text)) ?? null;
}

/**
 * Refiner: candidates -> actors. Same canonical name (after aliases, surnames and the overlay)
 * = same actor; surface forms other than the name are its aliases.
 */
export function groupActors(candidates: ActorCandidate[], overlay: Overlay): ResolvedActor[] {
  const alias = aliasPairs(candidates);
  const resolved = resolveSurnames(candidates);
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
    for (const form of c.via === 'coreference' ? [c0.name] : [c0.name, c.text]) if (form !== a.name && (!/^[a-z]/.test(form) || GROUP_VARIANTS[form])) a.aliases.add(form);
    if (c.title && !a.titles.includes(c.title)) a.titles.push(c.title);
  }
  return [...byId.values()];
}
