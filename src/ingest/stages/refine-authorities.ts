import { toSlug } from '../../lib/slug.ts';
import type { Overlay } from '../../schemas/index.ts';
import type { AuthorityCandidate, ResolvedAuthority } from './types.ts';

const CITATION_BETWEEN = /^\s*(?:,\s*(?:codified\s+(?:at|in)|found\s+at|at)?|\(|—)\s*$/u;
const normal = (s: string) => s.toLowerCase().replace(/[’']/g, '').replace(/\s+/g, ' ').trim();

/** Overlay lookup: the authority patch whose id, name or an alias matches, if any. */
export function overlayAuthorityFor(overlay: Overlay, name: string, text: string) {
  const id = toSlug(name);
  const n = normal(name);
  const t = normal(text);
  return overlay.authorities.find((p) => p.id === id || normal(p.name ?? '') === n || p.aliases.some((a) => normal(a) === n || normal(a) === t)) ?? null;
}

/**
 * Refiner: authority candidates -> authorities. Same name (after the overlay) = same record;
 * a back-reference ("the new directive", "that authorization") joins the latest authority of
 * its kind named before it; one that refers to nothing is dropped.
 */
export function groupAuthorities(candidates: AuthorityCandidate[], overlay: Overlay): ResolvedAuthority[] {
  const byId = new Map<string, ResolvedAuthority>();
  const order: ResolvedAuthority[] = [];
  let previous: AuthorityCandidate | null = null;
  let previousTarget: ResolvedAuthority | undefined;
  for (const c of candidates) {
    let target: ResolvedAuthority | undefined;
    // "the Posse Comitatus Act, codified at 18 U.S.C. 1385": the citation is the act's alias.
    const citation =
      !c.anaphora && previous && previousTarget && previous.sentence === c.sentence && /U\.\s?S\.\s?C\./u.test(c.text) && previousTarget.kind === 'statute' &&
      CITATION_BETWEEN.test(c.sentence.paragraphText.slice(previous.end, c.start));
    if (citation && previousTarget) target = previousTarget;
    else if (c.anaphora) {
      const { kinds, nameHas } = c.anaphora;
      const patch = overlayAuthorityFor(overlay, c.text, c.text);
      target = patch ? byId.get(patch.id) : undefined;
      target ??= [...order].reverse().find((a) => kinds.includes(a.kind) && (!nameHas || a.name.toLowerCase().includes(nameHas)));
      if (!target) continue;
    } else {
      const patch = overlayAuthorityFor(overlay, c.name, c.text);
      const name = patch?.name ?? c.name;
      const id = patch?.id ?? toSlug(name);
      target = byId.get(id);
      if (!target) {
        target = { id, name, kind: patch?.kind ?? c.kind, year: patch?.year ?? c.year, aliases: new Set(), mentions: [] };
        byId.set(id, target);
      }
      // A name the overlay replaced stays findable as an alias.
      if (patch?.name && normal(patch.name) !== normal(c.name)) target.aliases.add(c.name);
      target.year ??= c.year;
    }
    order.push(target);
    previous = c;
    previousTarget = target;
    target.mentions.push(c);
    const form = c.text;
    if (form && normal(form) !== normal(target.name)) target.aliases.add(form);
  }
  return [...byId.values()];
}
