import lexicon from '../lexicons/instruments.json' with { type: 'json' };
import { toSlug } from '../../lib/slug.ts';
import type { Overlay } from '../../schemas/index.ts';
import { stemsOf, upperFirst } from './candidates-authorities.ts';
import type { AuthorityCandidate, ResolvedAuthority } from './types.ts';

const CITATION_BETWEEN = /^\s*(?:,\s*(?:codified\s+(?:at|in)|found\s+at|at)?|\(|—)\s*$/u;
const normal = (s: string) => s.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();

/** Heads that name the same sort of instrument ("the measure" may be the resolution). */
const SYNONYMS = new Map<string, Set<string>>();
for (const group of lexicon.synonyms) for (const w of group) SYNONYMS.set(w, new Set(group));
const sameSort = (a: string, b: string) => a === b || (SYNONYMS.get(a)?.has(b) ?? false);

/** Overlay lookup: the authority patch whose id, name or an alias matches, if any. */
function overlayAuthorityFor(overlay: Overlay, name: string, text: string) {
  const id = toSlug(name);
  const n = normal(name);
  const t = normal(text);
  return overlay.authorities.find((p) => p.id === id || normal(p.name ?? '') === n || p.aliases.some((a) => normal(a) === n || normal(a) === t)) ?? null;
}

interface Grouped extends ResolvedAuthority {
  heads: Set<string>;
  stems: Set<string>;
  words: Set<string>;
  modKeys: Set<string>;
}

/** Content words, singular, lower case: what a shorter description must share. */
const lemmaWords = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9.-]+/)
    .filter((w) => w && !['the', 'of', 'a', 'an'].includes(w))
    .map((w) => w.replace(/(?<=[a-z]{3})s$/, ''));
const APPOSITIVE = new RegExp(`^\\s*,?\\s*(?:${lexicon.appositives.join('|')})\\s*$`, 'iu');

/**
 * Refiner: authority candidates -> authorities. Same name (after the overlay) = same record; a
 * citation right after a statute is its alias; a bare description ("the measure") joins the
 * latest authority of the same sort named before it, and a definite description that shares a
 * content word with an earlier one ("the assassination ban" after "an executive order banning
 * assassinations") joins it. A bare legislative word that refers to nothing is dropped.
 */
export function groupAuthorities(candidates: AuthorityCandidate[], overlay: Overlay): ResolvedAuthority[] {
  const byId = new Map<string, Grouped>();
  const order: Grouped[] = [];
  let previous: AuthorityCandidate | null = null;
  let previousTarget: Grouped | undefined;
  const create = (c: AuthorityCandidate, name: string) => {
    const patch = overlayAuthorityFor(overlay, name, c.text);
    const finalName = patch?.name ?? name;
    const id = patch?.id ?? toSlug(finalName);
    let target = byId.get(id);
    if (!target) {
      target = { id, name: finalName, kind: patch?.kind ?? c.kind, year: patch?.year ?? c.year, aliases: new Set(), mentions: [], heads: new Set(), stems: new Set(), words: new Set(), modKeys: new Set() };
      byId.set(id, target);
    }
    if (patch?.name && normal(patch.name) !== normal(name)) target.aliases.add(name);
    return target;
  };
  const named = new Map<AuthorityCandidate, AuthorityCandidate>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [a, b] = [candidates[i]!, candidates[i + 1]!];
    if (a.sentence === b.sentence && APPOSITIVE.test(a.sentence.paragraphText.slice(a.end, b.start).replace(/\bthe\s*$/i, ''))) named.set(a, b);
  }
  for (const c of candidates) {
    let target: Grouped | undefined;
    const name = named.get(c);
    if (name) {
      // "an 1878 law called the Posse Comitatus Act": one authority, named by its name
      const t = create(name, name.name);
      t.aliases.add(c.text);
      t.year ??= c.year;
      continue;
    }
    const citation =
      !c.anaphora && previous && previousTarget && previous.sentence === c.sentence && /U\.\s?S\.\s?C\./u.test(c.text) && previousTarget.kind === 'statute' &&
      CITATION_BETWEEN.test(c.sentence.paragraphText.slice(previous.end, c.start));
    const stems = stemsOf(c.text);
    // a hypothetical instrument is no record of its own ("whether OLC has produced an opinion")
    if (c.hypothetical) continue;
    if (citation && previousTarget) target = previousTarget;
    else if (c.anaphora) {
      const patch = overlayAuthorityFor(overlay, c.text, c.text);
      target = patch ? byId.get(patch.id) : undefined;
      // the same head first ("the directive"), then a head of the same sort ("the measure")
      target ??= [...order].reverse().find((a) => a.heads.has(c.head)) ?? [...order].reverse().find((a) => [...a.heads].some((h) => sameSort(h, c.head)));
      if (!target && c.anaphora.legislativeOnly) continue;
      target ??= create(c, upperFirst(c.core));
    } else {
      const id = overlayAuthorityFor(overlay, c.name, c.text)?.id ?? toSlug(c.name);
      target = byId.get(id);
      // "the assassination ban" after "an executive order banning assassinations"
      // (any kind, when they share two words: "Trump’s authorization for military force against
      // the cartels" after "a directive to use military force against drug cartels")
      if (!target && c.definite)
        target =
          [...order].reverse().find((a) => a.kind === c.kind && stems.some((s) => a.stems.has(s))) ??
          [...order].reverse().find((a) => stems.filter((s) => a.stems.has(s)).length >= 2);
      // the same words before a head of the same sort: "war powers resolution" ~ "War Powers Act"
      if (!target && c.mods.length > 0) {
        const key = c.mods.join(' ');
        target = order.find((a) => a.kind === c.kind && a.modKeys.has(key) && [...a.heads].some((h) => sameSort(h, c.head)));
      }
      // "designated the cartels as foreign terrorist organizations": the designation named just before
      if (!target && c.head === 'designation' && previous?.sentence === c.sentence && previousTarget?.kind === 'designation' && / as /.test(c.sentence.paragraphText.slice(previous.end, c.start)))
        target = previousTarget;
      // a shorter description of one already named: "laws of war" after "international laws of war"
      if (!target && !c.anaphora && !c.indefinite && c.text === c.core) {
        const words = lemmaWords(c.core);
        target = [...order].reverse().find((a) => a.kind === c.kind && words.every((w) => a.words.has(w)) && [...a.heads].some((h) => sameSort(h, c.head)));
      }
      target ??= create(c, c.name);
      target.year ??= c.year;
    }
    order.push(target);
    previous = c;
    previousTarget = target;
    target.mentions.push(c);
    target.heads.add(c.head);
    for (const s of stems) target.stems.add(s);
    for (const w of lemmaWords(c.text)) target.words.add(w);
    if (c.mods.length) target.modKeys.add(c.mods.join(' '));
    for (const form of [c.text, c.core]) if (form && normal(form) !== normal(target.name)) target.aliases.add(form);
  }
  return [...byId.values()].map(({ heads: _h, stems: _s, words: _w, modKeys: _m, ...a }) => a);
}
