import { spanOf, type ActorCandidate, type Sentence } from './types.ts';

// "the administration", "his administration": the government of the day.
const ADMINISTRATION = /\b(?:[Tt]he|[Hh]is|[Hh]er)\s+administration\b/gu;

/**
 * Refiner: mentions by description. "the administration" / "his administration" is the
 * administration of the president the article is about (the most-mentioned person titled
 * President whose "<Surname> administration" the text names), or else the nearest named
 * administration before it.
 */
export function findCoreferences(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  const admins = candidates.filter((c) => c.kind === 'organization' && / administration$/.test(c.name));
  if (admins.length === 0) return [];
  const presidents = new Map<string, number>();
  for (const c of candidates)
    if (c.kind === 'person' && c.title === 'President') presidents.set(c.name, (presidents.get(c.name) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const c of candidates) if (c.kind === 'person') counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const main = [...presidents.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))[0];
  const mainAdmin = main ? admins.find((a) => a.name === `${main.split(' ').at(-1)} administration`) : undefined;
  const out: ActorCandidate[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(ADMINISTRATION)) {
      const start = s.start + m.index;
      const target = mainAdmin ?? admins.filter((a) => a.sentence.index <= s.index).at(-1);
      if (!target) continue;
      if (candidates.some((c) => c.sentence.paragraphIndex === s.paragraphIndex && c.start < start + m[0].length && start < c.end)) continue;
      out.push({ ...spanOf(s, start, start + m[0].length), name: target.name, kind: 'organization', via: 'coreference' });
    }
  return out;
}
