import references from '../lexicons/references.json' with { type: 'json' };
import { layerOf } from './linguistics.ts';
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
  return [...administrations(sentences, candidates), ...groupReferences(sentences, candidates), ...pairReferences(sentences, candidates)];
}

// "the gang", "the cartel": the group of that kind named last, in this paragraph or the one before.
const GROUP_REFERENCE = /\b[Tt]he\s+(gang|cartel|group|militia)\b(?![’']s?\s+[a-z]+\s+(?:of|for)\b)(?!\s+[A-Z])/gu;
const GROUP_HEADS: Record<string, RegExp> = {
  gang: /\b(?:Tren|Mara|Gang|Barrio|MS-13)\b|\bgang\b/iu,
  cartel: /\bCartel\b/iu,
  militia: /\bMilitia\b/iu,
  group: /./u,
};

function groupReferences(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  const groups = candidates.filter((c) => c.kind === 'group' && c.via !== 'coreference');
  const out: ActorCandidate[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(GROUP_REFERENCE)) {
      const start = s.start + m.index;
      const head = GROUP_HEADS[m[1]!]!;
      const before = groups.filter((g) => (g.sentence.index < s.index || (g.sentence.index === s.index && g.end <= start)) && s.paragraphIndex - g.sentence.paragraphIndex <= 1);
      const target = before.filter((g) => head.test(g.name) || (m[1] === 'gang' && /\bgang\b/u.test(g.sentence.paragraphText.slice(g.end, g.end + 12)))).at(-1);
      if (!target) continue;
      // "his administration" after another person in the same sentence is that person's
      // ("… headed by President Nicolás Maduro … officials in his administration"): not linked.
      if (/^[Hh]/.test(m[0])) {
        const before = candidates.filter((c) => c.kind === 'person' && c.sentence.index === s.index && c.end <= start).at(-1);
        if (before && !target.name.startsWith(`${before.name.split(' ').at(-1)} `)) continue;
      }
      if (candidates.some((c) => c.sentence.paragraphIndex === s.paragraphIndex && c.start < start + m[0].length && start < c.end)) continue;
      out.push({ ...spanOf(s, start, start + m[0].length), name: target.name, kind: 'group', via: 'coreference' });
    }
  return out;
}

/**
 * An administration whose words say whose it is: "the administration of Bordurian President
 * Ana Ruiz" (the mention runs to the name), or "Hunt said he does not think the administration
 * requires …" (a president named before it in its sentence).
 */
function whose(s: Sentence, words: string, start: number, candidates: ActorCandidate[], presidents: string[]): ActorCandidate | undefined {
  const surname = (n: string) => n.split(' ').at(-1)!;
  const at = start + words.length;
  const of = candidates.find((c) => c.kind === 'person' && c.sentence.index === s.index && c.start > at && c.start - at <= 40);
  if (of && /^\s+of\s+(?:[\p{Lu}][\p{L}.]*\s+)*$/u.test(s.paragraphText.slice(at, of.start)))
    return { ...spanOf(s, start, of.end), name: `${surname(of.name)} administration`, kind: 'organization', via: 'coreference' };
  if (!/^[Tt]he/.test(words)) return undefined;
  const speaker = candidates.filter((c) => c.kind === 'person' && c.sentence.index === s.index && c.end <= start && presidents.some((n) => n === c.name || surname(n) === surname(c.name))).at(-1);
  return speaker ? { ...spanOf(s, start, at), name: `${surname(speaker.name)} administration`, kind: 'organization', via: 'coreference' } : undefined;
}

function findAdministrationMentions(sentences: Sentence[], candidates: ActorCandidate[], target: ActorCandidate, from: number, presidents: string[]): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  for (const s of sentences) {
    if (s.index < from) continue;
    for (const m of s.text.matchAll(ADMINISTRATION)) {
      const start = s.start + m.index;
      if (candidates.some((c) => c.sentence.paragraphIndex === s.paragraphIndex && c.start < start + m[0].length && start < c.end)) continue;
      out.push(whose(s, m[0], start, candidates, presidents) ?? { ...spanOf(s, start, start + m[0].length), name: target.name, kind: 'organization', via: 'coreference' });
    }
  }
  return out;
}

function administrations(sentences: Sentence[], candidates: ActorCandidate[]): ActorCandidate[] {
  let admins = candidates.filter((c) => c.kind === 'organization' && / administration$/.test(c.name));
  if (admins.length === 0) {
    // None named: "the administration" is the government of the president the article names (the most-mentioned).
    const president = candidates.filter((c) => c.kind === 'person' && c.title === 'President').map((c) => c.name);
    const top = [...new Set(president)].sort((a, b) => president.filter((n) => n === b).length - president.filter((n) => n === a).length)[0];
    if (!top) return [];
    const first = candidates.find((c) => c.kind === 'person' && c.name === top)!;
    admins = [{ ...first, name: `${top.split(' ').at(-1)} administration`, kind: 'organization' }];
    // Only for mentions after the president is named: "the administration" before that is not theirs.
    return findAdministrationMentions(sentences, candidates, admins[0]!, first.sentence.index, [...new Set(president)]);
  }
  const presidents = new Map<string, number>();
  for (const c of candidates)
    if (c.kind === 'person' && c.title === 'President') presidents.set(c.name, (presidents.get(c.name) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const c of candidates) if (c.kind === 'person') counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const main = [...presidents.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))[0];
  const mainAdmin = main ? admins.find((a) => a.name === `${main.split(' ').at(-1)} administration`) : undefined;
  // With no administration named before it, "the administration" is the main president's.
  const first = main ? candidates.find((c) => c.kind === 'person' && c.name === main) : undefined;
  const current = first ? { ...first, name: `${main!.split(' ').at(-1)} administration`, kind: 'organization' as const } : undefined;
  const out: ActorCandidate[] = [];
  for (const s of sentences)
    for (const m of s.text.matchAll(ADMINISTRATION)) {
      const start = s.start + m.index;
      const own = whose(s, m[0], start, candidates, [...presidents.keys()]);
      if (own) {
        out.push(own);
        continue;
      }
      const target = mainAdmin ?? admins.filter((a) => a.sentence.index <= s.index).at(-1) ?? (current && current.sentence.index <= s.index ? current : undefined);
      if (!target) continue;
      // "his administration" after another person in the same sentence is that person's
      // ("… headed by President Nicolás Maduro … officials in his administration"): not linked.
      if (/^[Hh]/.test(m[0])) {
        const before = candidates.filter((c) => c.kind === 'person' && c.sentence.index === s.index && c.end <= start).at(-1);
        if (before && !target.name.startsWith(`${before.name.split(' ').at(-1)} `)) continue;
      }
      if (candidates.some((c) => c.sentence.paragraphIndex === s.paragraphIndex && c.start < start + m[0].length && start < c.end)) continue;
      out.push({ ...spanOf(s, start, start + m[0].length), name: target.name, kind: 'organization', via: 'coreference' });
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
      const opens = (first === 'the' && tokens[p.start + 1]?.lower === 'two' && p.head === p.start + 2) || (first === 'both' && p.head === p.start + 1);
      if (!opens || !PAIR_NOUNS.has(tokens[p.head]!.lower) || tokens[p.head + 1]?.lower === 'of') continue;
      const start = tokens[p.start]!.start;
      const before = people.filter((c) => (c.sentence.index < s.index || (c.sentence.index === s.index && c.end <= start)) && s.paragraphIndex - c.sentence.paragraphIndex <= PAIR_PARAGRAPHS_BACK);
      const names: string[] = [];
      for (const c of before.reverse()) if (!names.some((n) => n === c.name || n.endsWith(` ${c.name}`) || c.name.endsWith(` ${n}`)) && names.length < 2) names.push(c.name);
      if (names.length < 2) continue;
      for (const name of names.reverse()) out.push({ ...spanOf(s, start, tokens[p.head]!.end), name, kind: 'person', via: 'coreference' });
    }
  }
  return out;
}
