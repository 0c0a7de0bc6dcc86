import agencies from '../lexicons/agencies.json' with { type: 'json' };
import groups from '../lexicons/groups.json' with { type: 'json' };
import states from '../lexicons/states.json' with { type: 'json' };
import { escapeRe, spanOf, type ActorCandidate, type Sentence } from './types.ts';
import type { ActorKind } from '../../schemas/index.ts';

interface Form {
  form: string;
  name: string;
  kind: ActorKind;
}

const bodyForms: Form[] = agencies.bodies.flatMap((b) => b.forms.map((form) => ({ form, name: b.name, kind: b.kind as ActorKind })));
const stateForms: Form[] = states.states.flatMap((s) => s.forms.map((form) => ({ form, name: s.name, kind: 'state' as const })));
const knownGroups: Form[] = groups.known.map((form) => ({ form, name: form, kind: 'group' as const }));
const lexicon = [...bodyForms, ...stateForms, ...knownGroups].sort((a, b) => b.form.length - a.form.length);
const formOf = new Map(lexicon.map((f) => [f.form, f]));
const LEXICON = new RegExp(String.raw`(?<![\p{L}.-])(${lexicon.map((f) => escapeRe(f.form)).join('|')})(?![\p{L}-])`, 'gu');

const adjectives = new Map(states.states.flatMap((s) => s.adjectives.map((a) => [a, s.name] as const)));
const ADJECTIVE = new RegExp(String.raw`(?<!(?:${states.notBefore.join('|')})\s)\b(${[...adjectives.keys()].map(escapeRe).join('|')})\b(?!\s+Republic)`, 'gu');

// "<Word> Department", "Department of <Words>", "Office of <Words>", "<Name> administration".
const CAP = String.raw`[A-Z][\p{L}’'-]*`;
const GENERIC: { re: RegExp; kind: ActorKind }[] = [
  { re: new RegExp(String.raw`\b(?:${CAP}\s+){1,3}(?:Department|Ministry|Agency|Administration|Command|Commission|Council|Bureau|Service|Committee|Subcommittee)\b`, 'gu'), kind: 'organization' },
  { re: new RegExp(String.raw`\b(?:Department|Ministry|Office|Bureau)\s+of\s+(?:the\s+)?${CAP}(?:\s+(?:and\s+)?${CAP}){0,3}`, 'gu'), kind: 'organization' },
  { re: new RegExp(String.raw`\b(?:${CAP}\s+){1,2}administration\b`, 'gu'), kind: 'organization' },
];
// "the Justice and State Departments": two bodies named at once.
const COORDINATED = new RegExp(String.raw`\b(${CAP})\s+and\s+(${CAP})\s+(Departments|Ministries)\b`, 'gu');

// Groups: a capitalised name holding a group word ("Sinaloa Cartel", "Cartel de los Soles",
// "Mara Salvatrucha", "Tren de Aragua"), or an acronym like "MS-13".
const HEAD = groups.heads.map(escapeRe).join('|');
const CONNECT = groups.connectors.map(escapeRe).sort((a, b) => b.length - a.length).join('|');
const GROUP_WORD = String.raw`(?:${CAP}|(?:${CONNECT})\s+${CAP})`;
const GROUP = new RegExp(String.raw`\b(?:${CAP}\s+)*(?:${HEAD})\b(?:\s+${GROUP_WORD})*`, 'gu');
const ACRONYM_WORD = new RegExp(String.raw`(?<![\p{L}-])${groups.acronym.replace(/^\^|\$$/g, '')}(?![\p{L}\d-])`, 'gu');

// Lower-case head words after a capitalised name ("the Sinaloa cartel"), and Spanish-style names
// opened by an article ("Los Chapitos"), minus the places those patterns would take ("Los Angeles").
const LOWER_GROUP = new RegExp(String.raw`\b((?:${CAP}\s+){1,3})(${groups.lowerHeads.map(escapeRe).join('|')})\b(?!\s+(?:of|de)\b)`, 'gu');
const ARTICLE_GROUP = new RegExp(String.raw`\b(?:${groups.articlePrefixes.map(escapeRe).join('|')})\s+${CAP}(?:\s+${CAP})?`, 'gu');
const notGroups = new Set(groups.notGroups);
// A state form that is part of a place name ("New Mexico", "Mexico City") is not the state.
const PLACE_BEFORE = new RegExp(String.raw`(?:${states.notPreceding.map(escapeRe).join('|')})\s+$`, 'u');
const PLACE_AFTER = new RegExp(String.raw`^\s+(?:${states.notFollowing.map(escapeRe).join('|')})\b`, 'u');
// "a U.S. military operation": a form written as an adjective before one of these nouns is no mention.
const ADJECTIVAL_AFTER = new RegExp(String.raw`^\s+(?:${agencies.adjectival.map(escapeRe).join('|')})\b`, 'u');

const METONYM = new RegExp(String.raw`(?<![\p{L}.-])(${Object.keys(states.metonyms).map(escapeRe).join('|')})(?![\p{L}-])(?!\s+(?:${states.metonymNotBefore.map(escapeRe).join('|')})\b)`, 'gu');
const METONYM_NOT_AFTER = new RegExp(String.raw`\b(?:${states.metonymNotAfter.join('|')})\s+$`, 'iu');
// A dateline ("BOGOTÁ, Colombia (Example News Service) —") names a place and an outlet, not actors.
const DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]+(?:,\s+[\p{L} .]+)?(?:\s+\([^)]*\))?\s+—\s+/u;

const ADJECTIVE_NOT_STATE = new RegExp(
  String.raw`^(?:\s+(?:${states.adjectiveNotBefore.join('|')})\b|\s+(?:[a-z-]+\s+){0,2}(?:${states.adjectiveGroupNouns.join('|')})\b|\s+(?:group\s+|gang\s+)?(?:${groups.heads.map(escapeRe).join('|')})\b)`,
  'u',
);

const NOT_ORG_START = /^(?:The|A|An|In|On|At|By|For|But|And|Or|When|Under|After|Before|Former|Past|Asked)\s+/u;

const sentenceAt = (sentences: Sentence[], offset: number) => sentences.find((s) => offset >= s.start && offset < s.end) ?? null;

/** Looks a surface form up in the lexicons: its canonical name and kind, or null. */
/** A match without a leading word that cannot open a name ("Under", "The"…), and where it starts. */
function withoutLead(start: number, text: string): { s: number; t: string } {
  const lead = text.match(NOT_ORG_START);
  return lead ? { s: start + lead[0].length, t: text.slice(lead[0].length) } : { s: start, t: text };
}

export function lookupForm(form: string): Form | null {
  return formOf.get(form) ?? null;
}

/**
 * Stage 4b: organizations, groups and states in a paragraph. Lexicon forms first (agencies,
 * states, well-known groups), then patterns (departments, administrations, cartel names,
 * acronyms), then nationality adjectives ("Colombian troops" -> Colombia).
 */
export function findOrganizations(paragraphSentences: Sentence[]): ActorCandidate[] {
  if (paragraphSentences.length === 0) return [];
  const text = paragraphSentences[0]!.paragraphText;
  const out: ActorCandidate[] = [];
  const datelineEnd = text.match(DATELINE)?.[0].length ?? 0;
  const add = (start: number, end: number, name: string, kind: ActorKind, via: ActorCandidate['via']) => {
    if (start < datelineEnd && kind !== 'state') return;
    const sentence = sentenceAt(paragraphSentences, start);
    if (sentence && end <= sentence.end) out.push({ ...spanOf(sentence, start, end), name, kind, via });
  };
  for (const m of text.matchAll(COORDINATED)) {
    const [, a, b, plural] = m;
    const single = plural === 'Departments' ? 'Department' : 'Ministry';
    const fa = lookupForm(`${a} ${single}`);
    const fb = lookupForm(`${b} ${single}`);
    add(m.index, m.index + a!.length, fa?.name ?? `${a} ${single}`, 'organization', 'pattern');
    const bStart = m.index + m[0].length - b!.length - plural!.length - 1;
    add(bStart, m.index + m[0].length, fb?.name ?? `${b} ${single}`, 'organization', 'pattern');
  }
  for (const m of text.matchAll(LEXICON)) {
    const f = formOf.get(m[1]!)!;
    const end = m.index + m[1]!.length;
    if (f.kind === 'state' && (PLACE_BEFORE.test(text.slice(0, m.index)) || PLACE_AFTER.test(text.slice(end)))) continue;
    if (/^(?:U\.S\.|American)\s/u.test(m[1]!) && ADJECTIVAL_AFTER.test(text.slice(end))) continue;
    add(m.index, m.index + m[1]!.length, f.name, f.kind, 'lexicon');
  }
  for (const g of GENERIC)
    for (const m of text.matchAll(g.re)) {
      let { s, t } = withoutLead(m.index, m[0]);
      // A possessor is not part of a body's name ("Trump’s Justice Department"), except that a
      // leader's administration is named by the leader's surname: "Donald Trump’s administration"
      // is the Trump administration.
      const owner = t.match(/^(.*[\p{L}.])[’']s?\s+/u);
      let name: string | null = null;
      if (owner && /^administration$/u.test(t.slice(owner[0].length))) name = `${owner[1]!.split(/\s+/).at(-1)} administration`;
      else if (owner) {
        s += owner[0].length;
        t = t.slice(owner[0].length);
      }
      if (!/\s/.test(t)) continue;
      add(s, s + t.length, name ?? lookupForm(t)?.name ?? t, 'organization', 'pattern');
    }
  for (const m of text.matchAll(GROUP)) {
    let { s, t } = withoutLead(m.index, m[0]);
    // A possessor before the name ("Venezuela’s Tren de Aragua") is not part of it.
    const owner = t.match(/^.*[’']s?\s+/u);
    if (owner) {
      s += owner[0].length;
      t = t.slice(owner[0].length);
    }
    // A nationality adjective before the name is the state, not part of the name.
    const adj = t.match(/^(\S+)\s+/u);
    if (adj && adjectives.has(adj[1]!)) {
      s += adj[0].length;
      t = t.slice(adj[0].length);
    }
    // A head word alone ("Cartel" at the start of a sentence) is no name.
    if (!/\s/.test(t)) continue;
    add(s, s + t.length, t, 'group', 'pattern');
  }
  for (const m of text.matchAll(LOWER_GROUP)) {
    let words = m[1]!.trim().split(/\s+/);
    let s0 = m.index;
    // Drop leading words that open a clause or are nationality adjectives ("Mexican cartel").
    while (words.length && (NOT_ORG_START.test(`${words[0]} `) || adjectives.has(words[0]!))) {
      s0 = text.indexOf(words[1] ?? m[2]!, s0 + words[0]!.length);
      words = words.slice(1);
    }
    if (words.length === 0 || words.some((w) => adjectives.has(w))) continue;
    const head = m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1);
    add(s0, m.index + m[0].length, `${words.join(' ')} ${head}`, 'group', 'pattern');
  }
  for (const m of text.matchAll(ARTICLE_GROUP)) {
    const t = m[0].replace(/\s+(?:Cartel|Gang)$/u, '');
    if (notGroups.has(m[0]) || [...notGroups].some((n) => m[0].startsWith(n))) continue;
    add(m.index, m.index + t.length, t, 'group', 'pattern');
  }
  // Spanish-style names with a connector ("Tren de Aragua") listed as designated groups.
  for (const m of text.matchAll(new RegExp(String.raw`\b${CAP}\s+(?:de|del|de la|de los|de las)\s+${CAP}\b`, 'gu')))
    if (/\b(?:designat|terrorist|cartel|gang|group|sanction)/iu.test(text)) add(m.index, m.index + m[0].length, m[0], 'group', 'pattern');
  for (const m of text.matchAll(ACRONYM_WORD)) add(m.index, m.index + m[0].length, m[0], 'group', 'pattern');
  for (const m of text.matchAll(METONYM))
    if (!METONYM_NOT_AFTER.test(text.slice(0, m.index)) && m.index >= datelineEnd)
      add(m.index, m.index + m[1]!.length, states.metonyms[m[1] as keyof typeof states.metonyms], 'state', 'pattern');
  for (const m of text.matchAll(ADJECTIVE)) if (!ADJECTIVE_NOT_STATE.test(text.slice(m.index + m[1]!.length))) add(m.index, m.index + m[1]!.length, adjectives.get(m[1]!)!, 'state', 'lexicon');
  return out;
}
