import lexicon from '../lexicons/instruments.json' with { type: 'json' };
import stateWords from '../lexicons/states.json' with { type: 'json' };
import { toSlug } from '../../lib/slug.ts';
import { layerOf, tokensText, type Token } from './linguistics.ts';
import { DESIGNATING, patternOf, piecesOf, tokensOf } from './candidates-authorities.ts';
import { singular } from './name-forms.ts';
import { spanOf } from './types.ts';
import type { AuthorityCandidate, DateCandidate, ResolvedActor, ResolvedAuthority, Sentence } from './types.ts';

/** Heads of a designation proper (not sanctions): the words that say only that it is one. */
const DESIGNATION_HEADS = new Set(lexicon.synonyms.find((g) => g.includes('designation')) ?? []);
/** Words that say only whose designation it is ("the U.S. designation"), or how it is talked about. */
const WHOSE = new Set([
  ...lexicon.jurisdictions,
  ...lexicon.vagueModifiers,
  ...stateWords.states.flatMap((s) => [...s.forms, ...s.adjectives].flatMap((w) => piecesOfWords(w))),
]);
/** "U.S. government" -> u, s, government. */
function piecesOfWords(w: string): string[] {
  return w.toLowerCase().replaceAll('.', ' ').split(' ').filter(Boolean);
}
/** What is listed, in any word for it ("groups", "entities"): one word, "organization". */
const LISTED = new Set(['organization', 'group', 'entity']);
const listed = (w: string) => (LISTED.has(w) ? 'organization' : w);

/** The words of a mention's core that say which designation it is ("foreign", "terrorist", "organization"). */
function whichWords(c: AuthorityCandidate): string[] {
  const core = c.text.indexOf(c.core);
  const span = core < 0 ? c : { ...c, start: c.start + core, end: c.start + core + c.core.length, text: c.core };
  return tokensOf(span)
    .filter((t) => t.pos !== 'DET' && t.pos !== 'PART' && t.pos !== 'PUNCT')
    .flatMap((t) => piecesOf(t))
    .map(singular)
    .map(listed)
    .filter((w) => !DESIGNATION_HEADS.has(w) && !WHOSE.has(w));
}

interface Entry {
  record: ResolvedAuthority;
  words: Set<string>;
  /** The initials of the words in order ("fto" for "foreign terrorist organization"). */
  initials: string;
}

const isDesignation = (a: ResolvedAuthority) =>
  a.kind === 'designation' && a.mentions.every((m) => DESIGNATION_HEADS.has(m.head));

function entryOf(record: ResolvedAuthority): Entry {
  const ordered = [...new Set(record.mentions.flatMap(whichWords))];
  return { record, words: new Set(ordered), initials: ordered.map((w) => w[0]).join('') };
}

/** Every word of `a` is a word of `b`, or the initials of `b`'s words ("FTO"); `b` says more. */
const within = (a: Entry, b: Entry) =>
  a !== b &&
  [...a.words].every((w) => b.words.has(w) || (w.length > 1 && b.initials.includes(w))) &&
  [...b.words].some((w) => !a.words.has(w));

function join(into: ResolvedAuthority, from: ResolvedAuthority): void {
  into.mentions.push(...from.mentions);
  into.mentions.sort((x, y) => x.sentence.index - y.sentence.index || x.start - y.start);
  // (a name made of the label, "Terrorist organization designation", is no form of the text)
  const written = from.mentions.some((m) => m.text.toLowerCase() === from.name.toLowerCase());
  for (const alias of written ? [from.name, ...from.aliases] : from.aliases)
    if (alias !== into.name) into.aliases.add(alias);
  into.year ??= from.year;
}

/**
 * Refiner: one article's designation records that say less than another join it ("the
 * designation", "the U.S. designation", "terrorist organizations", "FTO designations" after
 * "Foreign Terrorist Organizations"), when exactly one record says most of what they say; two
 * designations that each say something the other does not stay apart (a foreign terrorist
 * organization designation and a global terrorist one).
 */
export function joinDesignations(records: ResolvedAuthority[]): ResolvedAuthority[] {
  const entries = records.filter(isDesignation).map(entryOf);
  const gone = new Set<ResolvedAuthority>();
  for (const a of [...entries].sort((x, y) => x.words.size - y.words.size)) {
    const wider = entries.filter((b) => !gone.has(b.record) && within(a, b));
    // (of the labels that say more, the nearest: "terrorist organizations" is the foreign terrorist
    // organization listing before a "specially designated global terrorist" one)
    const widest = wider.filter((b) => !wider.some((c) => within(b, c)));
    const extra = (b: Entry) => b.words.size - a.words.size;
    const least = Math.min(...widest.map(extra));
    const nearest = widest.filter((b) => extra(b) === least);
    if (nearest.length !== 1) continue;
    widest.splice(0, widest.length, nearest[0]!);
    join(widest[0]!.record, a.record);
    for (const w of a.words) widest[0]!.words.add(w);
    gone.add(a.record);
  }
  return records.filter((r) => !gone.has(r));
}

/** "and several other groups": the list goes on past the names. */
const MORE = patternOf('more-groups');

/** What a designation act is known by: the groups it lists, and the day its sentence gives, if any. */
interface Act {
  groups: string[];
  /** What the act lists, as the text describes it when it names no group ("eight rings"). */
  object?: string;
  /** "and several other groups": the text says the list goes on. */
  more: boolean;
  date: string | null;
  /** The words that date the act's sentence ("In February"), when a date is there. */
  dateWords?: string;
}

/**
 * "designated X and Y as …", "added X to a list of …", "the designation of X as …": the groups
 * named between the designating word and the label, nearest first.
 */
function actOf(m: AuthorityCandidate, actors: ResolvedActor[], dates: DateCandidate[]): Act | null {
  const dated = dates.find((d) => d.sentence === m.sentence)?.date;
  const act = actListing(m, actors, dated?.value ?? null);
  return act && dated ? { ...act, dateWords: dated.expression } : act;
}

function actListing(m: AuthorityCandidate, actors: ResolvedActor[], date: string | null): Act | null {
  const toks = layerOf(m.sentence).tokens;
  const at = toks.findIndex((t) => t.start >= m.start);
  const words = DESIGNATING.findAll(toks, 0, at < 0 ? toks.length : at).reverse();
  for (const w of words) {
    const [from, to] = [toks[w.end - 1]!.end, m.start];
    const named = actors.filter(
      (a) => a.kind === 'group' && a.mentions.some((x) => x.sentence === m.sentence && x.start >= from && x.end <= to),
    );
    if (named.length === 0) continue;
    const [i, j] = [w.end, toks.findIndex((t) => t.start >= to)];
    const more = MORE.findAll(toks, i, j < 0 ? toks.length : j).length > 0;
    return { groups: named.map((a) => a.name), more, date };
  }
  return antecedentAct(m, at, actors, date);
}

const RELATIVES = new Set(['that', 'which', 'who']);
const COORDINATORS = new Set(['and', 'or']);
const MAX_LABEL = 12;

/**
 * "designated as “X” and as “Y”": a second label coordinated with the first lists what the
 * first does; the "as" of the first label, else `as` itself.
 */
function firstLabelAt(toks: Token[], as: number): number {
  let k = as - 1;
  if (toks[k]?.lower === 'also') k--;
  if (toks[as]?.lower !== 'as' || !COORDINATORS.has(toks[k]?.lower ?? '')) return as;
  for (let j = k - 1; j > 0 && j >= k - MAX_LABEL; j--)
    if (toks[j]!.lower === 'as' && DESIGNATING.matchAt(toks, j - 1)) return j;
  return as;
}
/** What a relative clause's subject and auxiliaries are made of, up to its verb ("the minister (not the king)"). */
const SUBJECT_POS = new Set(['AUX', 'DET', 'NOUN', 'PROPN', 'PRON', 'ADV', 'ADP', 'PART']);
const BRACKETS = new Set(['(', ')']);
const MAX_SUBJECT = 12;

/**
 * "the eight rings that the minister designated as …", "gangs that have been designated as …":
 * the act lists what the relative clause's antecedent names, or describes.
 */
function antecedentAct(m: AuthorityCandidate, at: number, actors: ResolvedActor[], date: string | null): Act | null {
  const layer = layerOf(m.sentence);
  const toks = layer.tokens;
  let as = at - 1;
  while (as > 0 && ((toks[as]!.pos === 'PUNCT' && toks[as]!.quoted) || toks[as]!.pos === 'DET')) as--;
  as = firstLabelAt(toks, as);
  if (toks[as]?.lower !== 'as' || !DESIGNATING.matchAt(toks, as - 1)) return null;
  const subject = (t: Token) => SUBJECT_POS.has(t.pos) || BRACKETS.has(t.text);
  let k = as - 2;
  while (k >= 0 && k > as - MAX_SUBJECT && !RELATIVES.has(toks[k]!.lower) && subject(toks[k]!)) k--;
  // (", which": a comma may stand between the antecedent and its clause)
  const end = toks[k - 1]?.text === ',' ? k - 1 : k;
  const q = RELATIVES.has(toks[k]?.lower ?? '') ? layer.phrases.find((p) => p.end === end) : undefined;
  if (!q) return null;
  const [from, to] = [toks[q.start]!.start, toks[q.end - 1]!.end];
  const inside = (x: { sentence: unknown; start: number; end: number }) =>
    x.sentence === m.sentence && x.start >= from && x.end <= to;
  // ("Tren de Ruta, a gang that …": an appositive's antecedent is the name before it)
  const before = toks[q.start - 1]?.text === ',' ? toks[q.start - 2] : undefined;
  const apposed = (x: { sentence: unknown; end: number }) => x.sentence === m.sentence && x.end === before?.end;
  const named = actors.filter((a) => a.kind === 'group' && a.mentions.some(inside));
  const listed = named.length ? named : actors.filter((a) => a.kind === 'group' && a.mentions.some(apposed));
  if (listed.length) return { groups: listed.map((a) => a.name), more: false, date };
  const object = tokensText(m.sentence, toks, q.determiner ? q.start + 1 : q.start, q.end);
  return { groups: [], object, more: false, date };
}

/** "A", "A and B", "A, B and C" (", and others" when the text says the list goes on). */
function listOf(act: Act): string {
  if (act.object) return act.object;
  const names = act.more ? [...act.groups, 'others'] : act.groups;
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const SUFFIX = ' designation';
/** "Foreign terrorist organization designation" -> "Foreign terrorist organization". */
const labelOf = (r: ResolvedAuthority) => (r.name.endsWith(SUFFIX) ? r.name.slice(0, -SUFFIX.length) : r.name);

/**
 * Refiner: a designation is an act of listing particular groups, so that a record names what it
 * lists ("Foreign terrorist organization designation of X and Y"); mentions that list other
 * groups are another act. A mention that names no group joins the one act of its label, when
 * there is exactly one; else it stays a described record.
 */
export function designationActs(
  records: ResolvedAuthority[],
  actors: ResolvedActor[],
  dates: DateCandidate[],
): ResolvedAuthority[] {
  const out: ResolvedAuthority[] = [];
  const made: { record: ResolvedAuthority; act: Act }[] = [];
  for (const r of records) {
    if (!isDesignation(r)) {
      out.push(r);
      continue;
    }
    for (const { record, act } of actsOf(r, actors, dates)) {
      out.push(record);
      if (act) made.push({ record, act });
    }
  }
  return joinSanctions(out, made, actors, dates);
}

/** Two tellings list one group, or describe the same list in the same words. */
const sharesList = (a: Act, b: Act) =>
  a.groups.some((g) => b.groups.includes(g)) || (!!b.object && a.object === b.object);

/** One designation record's acts: a record per act it names, the mentions that name none apart. */
function actsOf(r: ResolvedAuthority, actors: ResolvedActor[], dates: DateCandidate[]) {
  const acts: { act: Act; mentions: AuthorityCandidate[] }[] = [];
  const loose: AuthorityCandidate[] = [];
  for (const m of r.mentions) {
    const act = actOf(m, actors, dates);
    const same = act && acts.find((a) => sharesList(a.act, act));
    if (!act) loose.push(m);
    else if (!same) acts.push({ act, mentions: [m] });
    else {
      // (one act told twice: the names of both tellings, the list going on if either says so)
      same.mentions.push(m);
      same.act.groups.push(...act.groups.filter((g) => !same.act.groups.includes(g)));
      same.act.more ||= act.more;
      if (!same.act.date) Object.assign(same.act, { date: act.date, dateWords: act.dateWords });
    }
  }
  if (acts.length === 0) return [{ record: r, act: null }];
  for (const a of acts) alsoListed(a, actors);
  for (const a of acts) labelCovers(a, actors, r);
  const { tied, referring } = tiedMentions(loose, acts, actors);
  if (acts.length === 1) acts[0]!.mentions.push(...referring);
  const out: { record: ResolvedAuthority; act: Act | null }[] = acts.map(({ act, mentions }) => {
    const name = `${labelOf(r)} designation of ${listOf(act)}`;
    const year = act.date ? Number(act.date.slice(0, 4)) : r.year;
    // (a year read from the act's date, not written with the name, says so on its page)
    const from = act.date && act.dateWords ? { yearFrom: { basis: 'dated-act' as const, words: act.dateWords } } : {};
    mentions.push(...(tied.get(act) ?? []));
    mentions.sort((x, y) => x.sentence.index - y.sentence.index || x.start - y.start);
    const record = { ...r, id: toSlug(name), name, year, ...from, aliases: aliasesOf(r, mentions), mentions };
    return { record, act };
  });
  if (acts.length > 1 && referring.length)
    out.push({ record: { ...r, aliases: aliasesOf(r, referring), mentions: referring }, act: null });
  return out;
}

/** "… were also named": the groups the next sentence says an act listed too. */
const ALSO_LISTED = patternOf('also-listed');

/**
 * "In May, the ministry declared four rings to be terrorist organizations. The Red Hand Cartel
 * was also named.": the groups the sentence right after an act's says were also listed, before
 * its verb, join the act's list (when the act names groups of its own).
 */
function alsoListed({ act, mentions }: { act: Act; mentions: AuthorityCandidate[] }, actors: ResolvedActor[]) {
  const last = mentions.at(-1)!.sentence;
  if (act.groups.length === 0) return;
  for (const a of actors) {
    if (a.kind !== 'group' || act.groups.includes(a.name)) continue;
    const m = a.mentions.find((x) => x.sentence.index === last.index + 1);
    if (!m) continue;
    const toks = layerOf(m.sentence).tokens;
    const verb = ALSO_LISTED.findAll(toks, 0, toks.length)[0];
    if (verb && toks[verb.start]!.start >= m.end) act.groups.push(a.name);
  }
}

/** "The label also applies to …": words that say a designation told before lists more groups. */
const LABEL_COVERS = patternOf('label-covers');
/** How many paragraphs after an act's last mention a sentence on its label may come. */
const LABEL_REACH = 2;

/**
 * "The ministry is designating four rings, including X and Y, as terrorist groups. … The label also
 * applies to two gangs based in Ostria: A and B.": a sentence opened by "the label" (or "the
 * designation") and a verb of covering, soon after an act that names groups, lists groups that act
 * lists too, and its "the label" is a mention of the act that refers back to it.
 */
function labelCovers(
  { act, mentions }: { act: Act; mentions: AuthorityCandidate[] },
  actors: ResolvedActor[],
  r: ResolvedAuthority,
) {
  if (act.groups.length === 0) return;
  const last = mentions.at(-1)!.sentence;
  const soon = (s: Sentence) => s.index > last.index && s.paragraphIndex - last.paragraphIndex <= LABEL_REACH;
  const sentences = new Map(actors.flatMap((a) => a.mentions.map((x) => [x.sentence.index, x.sentence] as const)));
  for (const s of [...sentences.values()].filter(soon).sort((x, y) => x.index - y.index)) {
    const toks = layerOf(s).tokens;
    const m = LABEL_COVERS.matchAt(toks, 0);
    if (!m) continue;
    const after = toks[m.end - 1]!.end;
    const named = actors.filter(
      (a) =>
        a.kind === 'group' &&
        !act.groups.includes(a.name) &&
        a.mentions.some((x) => x.sentence.index === s.index && x.start >= after),
    );
    if (named.length === 0) continue;
    act.groups.push(...named.map((a) => a.name));
    const noun = toks[m.start + 1]!;
    const span = spanOf(s, toks[m.start]!.start, noun.end);
    const anaphora = { head: noun.lemma, legislativeOnly: false };
    mentions.push({
      ...span,
      name: r.name,
      kind: r.kind,
      year: null,
      core: noun.text,
      definite: true,
      indefinite: false,
      mods: [],
      head: 'designation',
      anaphora,
    });
  }
}

/**
 * The mentions that name no act but that their context ties to one: a sentence that names a
 * group an act lists ("the listing of X has …"), or a word that refers back ("the designation").
 * A label used of groups in general ("cartels the government has deemed terrorist
 * organizations", "the push to label gangs as terrorist groups") is tied to no act: it is no
 * mention of one.
 */
function tiedMentions(loose: AuthorityCandidate[], acts: { act: Act }[], actors: ResolvedActor[]) {
  const tied = new Map<Act, AuthorityCandidate[]>();
  const referring: AuthorityCandidate[] = [];
  for (const m of loose) {
    const named = actors.filter((a) => a.kind === 'group' && a.mentions.some((x) => x.sentence === m.sentence));
    const lists = acts.filter(({ act }) => named.some((a) => act.groups.includes(a.name)));
    if (lists.length === 1) tied.set(lists[0]!.act, [...(tied.get(lists[0]!.act) ?? []), m]);
    else if (m.anaphora) referring.push(m);
  }
  return { tied, referring };
}

/** A record's other names that its mentions write (the forms of mentions it no longer has go). */
function aliasesOf(r: ResolvedAuthority, mentions: AuthorityCandidate[]): Set<string> {
  const forms = new Set(mentions.flatMap((m) => [m.text, m.core]).map((f) => f.toLowerCase()));
  return new Set([...r.aliases].filter((a) => forms.has(a.toLowerCase())));
}

/**
 * "added X to a list of specially designated global terrorist groups" and, the same day,
 * "imposing sanctions on X": the sanctions a listing brings are that act, when they name a group it
 * lists and their sentences give the same day.
 */
function joinSanctions(
  records: ResolvedAuthority[],
  acts: { record: ResolvedAuthority; act: Act }[],
  actors: ResolvedActor[],
  dates: DateCandidate[],
): ResolvedAuthority[] {
  const gone = new Set<ResolvedAuthority>();
  for (const r of records) {
    if (r.kind !== 'designation' || isDesignation(r) || acts.some((a) => a.record === r)) continue;
    const dayOf = (m: AuthorityCandidate) => dates.find((d) => d.sentence === m.sentence)?.date.value ?? null;
    const named = (m: AuthorityCandidate) =>
      actors.filter((a) => a.mentions.some((x) => x.sentence === m.sentence && x.start >= m.start && x.end <= m.end));
    const into = acts.filter(({ act }) =>
      r.mentions.every((m) => {
        const day = dayOf(m);
        return !!day && day === act.date && named(m).some((a) => act.groups.includes(a.name));
      }),
    );
    if (into.length !== 1) continue;
    const target = into[0]!.record;
    target.mentions.push(...r.mentions);
    target.mentions.sort((x, y) => x.sentence.index - y.sentence.index || x.start - y.start);
    // (a bare "sanctions" names no listing: any other sanctions would take its name)
    for (const alias of [r.name, ...r.aliases])
      if (alias !== target.name && alias.includes(' ')) target.aliases.add(alias);
    gone.add(r);
  }
  return records.filter((r) => !gone.has(r));
}
