import bodies from '../gazetteer/bodies.json' with { type: 'json' };
import knownGroupNames from '../gazetteer/groups.json' with { type: 'json' };
import groups from '../lexicons/groups.json' with { type: 'json' };
import heads from '../lexicons/organization-heads.json' with { type: 'json' };
import states from '../lexicons/states.json' with { type: 'json' };
import titles from '../lexicons/titles.json' with { type: 'json' };
import patterns from '../patterns/organizations.json' with { type: 'json' };
import collectives from '../lexicons/collectives.json' with { type: 'json' };
import collectivePatterns from '../patterns/collectives.json' with { type: 'json' };
import { Matcher, type Match, type Pattern } from '../match/matcher.ts';
import { clauseOfToken, layerOf, tokensText, type Token } from './linguistics.ts';
import { formsIn, isCapitals, isLowerWord } from './name-forms.ts';
import { spanOf, type ActorCandidate, type Sentence } from './types.ts';
import type { ActorKind } from '../../schemas/index.ts';
import { perParagraph, type Stage } from '../doc.ts';

interface Form {
  form: string;
  name: string;
  kind: ActorKind;
}

// "US forces" is "U.S. forces" in another house style: every "U.S." form is also written without dots.
const undotted = (form: string) => (form.startsWith('U.S. ') ? [form, `US ${form.slice(5)}`] : [form]);
const bodyForms: Form[] = bodies.bodies.flatMap((b) =>
  b.forms.flatMap(undotted).map((form) => ({ form, name: b.name, kind: b.kind as ActorKind })),
);
const stateForms: Form[] = states.states.flatMap((s) =>
  s.forms.map((form) => ({ form, name: s.name, kind: 'state' as const })),
);
const knownGroups: Form[] = knownGroupNames.known.map((form) => ({ form, name: form, kind: 'group' as const }));
const formOf = new Map([...bodyForms, ...stateForms, ...knownGroups].map((f) => [f.form, f]));
const metonyms = new Map(Object.entries(states.metonyms));

/** Nationality adjectives -> the state they name ("Bordurian troops" -> Borduria). */
export const adjectives = new Map(states.states.flatMap((s) => s.adjectives.map((a) => [a, s.name] as const)));

const lists = {
  bodyHeads: heads.bodyHeads,
  bodyOfHeads: heads.bodyOfHeads,
  notNameStart: heads.notNameStart,
  possessive: heads.possessive,
  groupHeads: groups.heads,
  lowerGroupHeads: groups.lowerHeads,
  connectors: groups.connectors,
  articlePrefixes: groups.articlePrefixes,
};
type Lists = Record<string, string[]>;
/**
 * The words a pattern cannot match without: those of its first required spec that lists its words
 * (LOWER, TEXT or a word list), lower case; null when none does.
 */
function triggerWords(p: Pattern): string[] | null {
  const spec = p.pattern.find((t) => !t.OP && (t.LOWER || t.TEXT || t.IN));
  if (!spec) return null;
  const words = spec.IN ? (lists as Lists)[spec.IN]! : [spec.LOWER ?? spec.TEXT ?? []].flat();
  return words.map((w) => w.toLowerCase());
}

/**
 * One matcher per label, so that each kind of name is found on its own, as the refiner expects;
 * tried only on a sentence holding a word each of its patterns needs.
 */
const matchers = new Map(
  [...new Set(patterns.map((p) => p.label))].map((label) => {
    const own = (patterns as Pattern[]).filter((p) => p.label === label);
    const triggers = own.map(triggerWords);
    const needs = triggers.includes(null) ? null : new Set(triggers.flat() as string[]);
    return [label, { matcher: new Matcher(own, lists), needs }] as const;
  }),
);

const set = (xs: string[]) => new Set(xs);
const PLACE_BEFORE = set(states.notPreceding);
const PLACE_AFTER = set(states.notFollowing);
const ADJECTIVAL = set(heads.adjectival);
const ADJECTIVAL_OPENERS = set(['U.S.', 'American']);
const SERVICES = set(titles.branches.flatMap((b) => b.split(' ').slice(-1)));
const SERVICE_MEMBERS = set([...titles.roleNouns, ...heads.serviceMembers]);
const METONYM_NOT_AFTER = set(states.metonymNotAfter);
const METONYM_NOT_BEFORE = set(states.metonymNotBefore);
const NOT_NATIONALITY_AFTER = set(states.notBefore);
const LANGUAGE_WORDS = set(states.adjectiveNotBefore);
const GROUP_NOUNS = set(states.adjectiveGroupNouns);
const GROUP_HEADS = set(groups.heads);
const NOT_GROUPS = groups.notGroups;
const CONTEXT_STEMS = groups.contextStems;
const PLURAL_BODIES: Record<string, string> = heads.pluralBodies;

export function lookupForm(form: string): Form | null {
  return formOf.get(form) ?? null;
}

/** One sentence as the finders read it. */
interface Ctx {
  s: Sentence;
  toks: Token[];
  /** Token index where the text after a dateline starts (0 without one). */
  afterDateline: number;
  /** The paragraph speaks of designations, terrorists, cartels, gangs, groups or sanctions. */
  aboutGroups: boolean;
  /** Token ranges naming two bodies at once ("the House and Senate X committees"): no known form inside. */
  coordinated: [number, number][];
  out: ActorCandidate[];
}

const add = (c: Ctx, a: number, b: number, name: string, kind: ActorKind, via: ActorCandidate['via']) => {
  if (a < c.afterDateline && (kind !== 'state' || c.afterDateline === Number.MAX_SAFE_INTEGER)) return;
  c.out.push({ ...spanOf(c.s, c.toks[a]!.start, c.toks[b - 1]!.end), name, kind, via });
};
const text = (c: Ctx, a: number, b: number) => tokensText(c.s, c.toks, a, b);
const inCoordinated = (c: Ctx, a: number, b: number) => c.coordinated.some(([x, y]) => x <= a && b <= y);
/** The token before i when a space parts them (a word written before it), else undefined. */
const spacedBefore = (c: Ctx, i: number) =>
  c.toks[i - 1] && c.toks[i - 1]!.end < c.toks[i]!.start ? c.toks[i - 1] : undefined;

/**
 * A dateline ("OSTRAVA, Borduria (Example News Service) — ") names a place and an outlet, not
 * actors: where the text after it starts, in the paragraph's first sentence.
 */
function datelineEnd(s: Sentence, toks: Token[]): number {
  if (s.start !== 0) return 0;
  let i = 0;
  const capitals = (t: Token | undefined) => !!t && isCapitals(t.text.replaceAll('.', ''));
  const inside = (k: number) =>
    k > 0 && (['.', '-', "'", '’'].includes(toks[k]!.text) || (toks[k]!.text === ',' && capitals(toks[k + 1])));
  while (i < toks.length && (capitals(toks[i]) || inside(i))) i++;
  if (i === 0) return 0;
  // ", Borduria": a country or region after the place, words only
  if (toks[i]?.text === ',')
    do i++;
    while (i < toks.length && (toks[i]!.pos !== 'PUNCT' || toks[i]!.text === '.'));
  if (toks[i]?.text === '(') while (i < toks.length && toks[i - 1]!.text !== ')') i++;
  // "BOGOTA, Colombia" on a line of its own: the whole paragraph is the dateline
  if (i === toks.length && s.end === s.paragraphText.trimEnd().length) return Number.MAX_SAFE_INTEGER;
  return toks[i]?.text === '—' ? i + 1 : 0;
}

/**
 * A body's name written as a modifier of the noun after it: "U.S." or an adjective before an act
 * or a member ("a U.S. military operation", "the military campaign"; not "the military services"),
 * a service's short name before a rank or role ("a Navy admiral", "an Army JAG").
 */
function modifies(c: Ctx, a: number, b: number): boolean {
  const last = c.toks[b - 1]!;
  const next = c.toks[b];
  if (!next || next.start === last.end) return false;
  const adjectival = (b - a > 1 && ADJECTIVAL_OPENERS.has(c.toks[a]!.text)) || last.pos === 'ADJ';
  if (adjectival && ADJECTIVAL.has(next.lower)) return true;
  // a service written alone ("a Navy admiral"); "a U.S. Coast Guard officer" names the body he serves
  return b - a === 1 && SERVICES.has(last.text) && SERVICE_MEMBERS.has(next.text);
}

/** Known forms (the gazetteer's bodies and groups, the states), minus place names and adjectival uses. */
function findKnownForms(c: Ctx) {
  for (const { a, b, value: f } of formsIn(c.s, c.toks, (t) => formOf.get(t))) {
    const before = spacedBefore(c, a)?.text ?? '';
    const after = c.toks[b]?.text ?? '';
    // "New <State>", "<State> City" are places; "a U.S. military operation" names no body
    if (f.kind === 'state' && (PLACE_BEFORE.has(before) || PLACE_AFTER.has(after))) continue;
    if (f.kind !== 'state' && modifies(c, a, b)) continue;
    if (inCoordinated(c, a, b)) continue;
    add(c, a, b, f.name, f.kind, 'lexicon');
  }
}

/** A capital written for its government ("Washington decertified …"), not a place or part of a name. */
function findMetonyms(c: Ctx) {
  for (const { a, b, value } of formsIn(c.s, c.toks, (t) => metonyms.get(t))) {
    if (a < c.afterDateline || METONYM_NOT_AFTER.has(spacedBefore(c, a)?.lower ?? '')) continue;
    if (METONYM_NOT_BEFORE.has(c.toks[b]?.text ?? '')) continue;
    add(c, a, b, value, 'state', 'pattern');
  }
}

/**
 * A nationality adjective names its state ("Bordurian troops"), except after "Latin" and the like,
 * before a language word ("its Spanish initials"), or where it only places a group ("Bordurian
 * cartels", "a Bordurian trafficking group").
 */
function placesOnly(c: Ctx, i: number): boolean {
  const next = c.toks[i + 1];
  if (!next || LANGUAGE_WORDS.has(next.text)) return !!next;
  for (let k = i + 1; k <= i + 3 && c.toks[k]; k++) {
    if (GROUP_NOUNS.has(c.toks[k]!.text)) return true;
    if (!isLowerWord(c.toks[k]!.text)) break;
  }
  const head = next.text === 'group' || next.text === 'gang' ? c.toks[i + 2] : next;
  return GROUP_HEADS.has(head?.text ?? '');
}

function findNationalities(c: Ctx) {
  c.toks.forEach((t, i) => {
    const state = adjectives.get(t.text);
    if (!state || NOT_NATIONALITY_AFTER.has(spacedBefore(c, i)?.text ?? '') || c.toks[i + 1]?.text === 'Republic')
      return;
    if (!placesOnly(c, i)) add(c, i, i + 1, state, 'state', 'lexicon');
  });
}

const matchesOf = (c: Ctx, label: string) => {
  const { matcher, needs } = matchers.get(label)!;
  return !needs || c.toks.some((t) => needs.has(t.lower)) ? matcher.findAll(c.toks) : [];
};
const span = (m: Match, name: string): [number, number] => m.captures[name] ?? [m.start, m.start];
/** Where a name starts, past abbreviations before it: "U.S." is no word of a body's or group's own name. */
const plainFrom = (c: Ctx, a: number, b: number) => {
  while (a < b && c.toks[a]!.text.includes('.')) a++;
  return a;
};

/**
 * "the Justice and State Departments", "the House and Senate Fisheries committees": two bodies
 * named at once, with the words they share; the words stand for each.
 */
function findCoordinated(c: Ctx) {
  for (const m of matchesOf(c, 'coordinated')) {
    const single = PLURAL_BODIES[c.toks[span(m, 'plural')[0]]!.text]!;
    const shared = m.captures.shared ? `${text(c, ...m.captures.shared)} ` : '';
    c.coordinated.push([m.start, m.end]);
    for (const part of ['first', 'second']) {
      const [a, b] = span(m, part);
      const words = `${text(c, a, b)} ${shared}${single}`;
      add(c, a, b, lookupForm(words)?.name ?? words, 'organization', 'coreference');
    }
  }
}

/**
 * "<Words> Department", "Department of <Words>": a body by its head word; "<Name> administration",
 * "Ana Cruz’s administration": a leader's administration, named by the leader's surname.
 */
function findBodies(c: Ctx) {
  for (const m of matchesOf(c, 'body')) {
    const a = plainFrom(c, m.start, m.end);
    const words = text(c, a, m.end);
    if (m.end - a < 2 || inCoordinated(c, a, m.end)) continue;
    add(c, a, m.end, lookupForm(words)?.name ?? words, 'organization', 'pattern');
  }
  for (const m of matchesOf(c, 'administration')) {
    const [from, b] = span(m, 'owner');
    const a = plainFrom(c, from, b);
    if (a === b) continue;
    const possessive = m.end - b > 1;
    add(
      c,
      a,
      m.end,
      possessive ? `${c.toks[b - 1]!.text} administration` : text(c, a, m.end),
      'organization',
      'pattern',
    );
  }
}

/** A name holding a group word ("Harbor Cartel", "Cartel de los Vientos"), less a nationality before it. */
function findGroupNames(c: Ctx) {
  for (const m of matchesOf(c, 'group')) {
    const from = plainFrom(c, m.start, m.end);
    const a = adjectives.has(c.toks[from]!.text) ? from + 1 : from;
    // a head word alone ("Cartel" at the start of a sentence) is no name
    if (m.end - a >= 2) add(c, a, m.end, text(c, a, m.end), 'group', 'pattern');
  }
  for (const m of matchesOf(c, 'group-lower')) {
    let [a, b] = span(m, 'words');
    while (a < b && adjectives.has(c.toks[a]!.text)) a++;
    const after = c.toks[m.end]?.lower;
    if (a === b || after === 'of' || after === 'de' || c.toks.slice(a, b).some((t) => adjectives.has(t.text))) continue;
    const head = c.toks[m.end - 1]!.text;
    add(c, a, m.end, `${text(c, a, b)} ${head[0]!.toUpperCase()}${head.slice(1)}`, 'group', 'pattern');
  }
}

/** A gang's letters and number ("AB-12"); one letter and a number is an aircraft ("P-8"). */
function isGangCode(t: string): boolean {
  const [letters, digits, ...rest] = t.split('-');
  if (rest.length || !letters || !digits || letters.length < 2 || letters.length > 4 || !isCapitals(letters))
    return false;
  return digits.length <= 3 && [...digits].every((d) => d >= '0' && d <= '9');
}

/** Spanish-style names: "Los <Word>" (not a city), "<Word> de <Word>" where groups are spoken of, codes. */
function findSpanishNames(c: Ctx) {
  for (const m of matchesOf(c, 'group-article')) {
    const words = text(c, m.start, m.end);
    if (NOT_GROUPS.some((n) => words.startsWith(n))) continue;
    const b = GROUP_HEADS.has(c.toks[m.end - 1]!.text) && m.end - m.start > 2 ? m.end - 1 : m.end;
    add(c, m.start, b, text(c, m.start, b), 'group', 'pattern');
  }
  if (c.aboutGroups)
    for (const m of matchesOf(c, 'group-connector'))
      add(c, m.start, m.end, text(c, m.start, m.end), 'group', 'pattern');
  c.toks.forEach((t, i) => isGangCode(t.text) && add(c, i, i + 1, t.text, 'group', 'pattern'));
}

const COLLECTIVES = new Matcher(collectivePatterns as Pattern[], {
  heads: collectives.heads,
  members: collectives.members,
  counts: collectives.counts,
});

/**
 * "a coalition of Bordurian gangs", "an alliance of more than 20 rights groups": a described
 * collective that acts or is acted on as one is a group, named by its own words without the
 * article and the count ("Coalition of Bordurian gangs"). Not in quoted words, nor one someone
 * would, could or did not form ("could build an alliance of …", "to form a coalition of …").
 */
function findCollectives(c: Ctx) {
  for (const m of COLLECTIVES.findAll(c.toks)) {
    if (c.toks.slice(m.start, m.end).some((t) => t.quoted) || hypothetical(c, m.start)) continue;
    const [h] = span(m, 'head');
    const [a] = span(m, 'which');
    const head = c.toks[h]!.text;
    const name = `${head[0]!.toUpperCase()}${head.slice(1)} of ${text(c, a, m.end)}`;
    add(c, m.start + 1, m.end, name, 'group', 'pattern');
  }
}

/** The verb of the clause before token i is negated, modal, future or an infinitive: what it governs may not be. */
function hypothetical(c: Ctx, i: number): boolean {
  const layer = layerOf(c.s);
  const clause = clauseOfToken(layer, i);
  const verb = layer.verbs.filter((v) => v.end <= i && v.start >= clause.start).at(-1);
  if (!verb) return false;
  return verb.negated || !!verb.modal || verb.tense === 'future' || c.toks[verb.start - 1]?.lower === 'to';
}

const FINDERS = [
  findCollectives,
  findCoordinated,
  findKnownForms,
  findBodies,
  findGroupNames,
  findSpanishNames,
  findMetonyms,
  findNationalities,
];

/**
 * Stage 4b: organizations, groups and states in a paragraph, over the tokens of its sentences.
 * Known forms (the gazetteer's bodies and groups, the states), token patterns (patterns/organizations.json:
 * bodies by their head word, administrations, group names, Spanish-style names), gang codes, a
 * capital for its government, and nationality adjectives ("Bordurian troops" -> Borduria).
 */
export function findOrganizations(paragraphSentences: Sentence[]): ActorCandidate[] {
  const layers = paragraphSentences.map((s) => ({ s, toks: layerOf(s).tokens }));
  const aboutGroups = layers.some(({ toks }) => toks.some((t) => CONTEXT_STEMS.some((w) => t.lower.startsWith(w))));
  const out: ActorCandidate[] = [];
  const ctxs = layers.map(({ s, toks }): Ctx => {
    return { s, toks, afterDateline: datelineEnd(s, toks), aboutGroups, coordinated: [], out };
  });
  for (const find of FINDERS) for (const c of ctxs) find(c);
  return out;
}

export const organizationsStage: Stage = {
  name: 'organizations',
  run: (doc) => ({ ...doc, found: [...doc.found, ...perParagraph(doc.sentences).flatMap(findOrganizations)] }),
};
