import groups from '../lexicons/groups.json' with { type: 'json' };
import heads from '../lexicons/organization-heads.json' with { type: 'json' };
import words from '../lexicons/merge.json' with { type: 'json' };
import instruments from '../lexicons/instruments.json' with { type: 'json' };
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import { isCapitalized, isCapitals, isLetter, nameWords, normalName, singular, wordsOf } from './name-forms.ts';
import { Union } from './merge-union.ts';
import type { Actor, Authority } from '../../schemas/index.ts';

/**
 * Name reconciliation across articles: which actor and authority records, extracted from
 * different articles under different names, are one. Each rule is conservative (a short form
 * joins only a full form that is the only candidate) and works over hash maps keyed by a
 * normalised name, a surname or a content word, so the cost stays linear in the records.
 */

const SUFFIXES = new Set(words.nameSuffixes.map((x) => x.toLowerCase().replaceAll('.', '')));
const FUNCTION_WORDS = new Set(words.functionWords);
const GROUP_HEADS = groups.heads.map((h) => h.toLowerCase());
const OUTLET_HEADS = new Set(heads.outlet);

/** Names are compared as words (name-forms.ts): case, accents, full stops, "the", a possessor. */
export { normalName };
/**
 * A body is compared with its possessor: "Borduria’s navy" is not the U.S. Navy (a leader's
 * administration is named without one by the extractor); a person or a group without.
 */
const keyOf = (r: { name: string; kind: string }) => `${r.kind}|${normalName(r.name, r.kind !== 'organization')}`;

/** A person's name in parts: first word, middle words, surname (a suffix such as "III" is neither). */
export function nameParts(name: string): { first: string; middle: string[]; surname: string; suffix: string } | null {
  const w = nameWords(name);
  const suffix: string[] = [];
  while (w.length > 1 && SUFFIXES.has(w.at(-1)!)) suffix.unshift(w.pop()!);
  if (w.length === 0 || !w[0]) return null;
  return { first: w.length > 1 ? w[0]! : '', middle: w.slice(1, -1), surname: w.at(-1)!, suffix: suffix.join(' ') };
}

const push = <K, V>(map: Map<K, V[]>, k: K, v: V) => {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
};

/**
 * Whether two records come from different articles only. A short form and a full form that one
 * article gives apart were kept apart by the extractor, which read that article's context
 * ("Paul" beside two people of that surname): the merge does not overrule it.
 */
function apartIn(records: { id: string; mentions: { source?: string | undefined }[] }[]) {
  const sources = new Map(records.map((r) => [r.id, new Set(r.mentions.map((m) => m.source))]));
  return (a: string, b: string) => {
    const sb = sources.get(b)!;
    return ![...sources.get(a)!].some((x) => sb.has(x));
  };
}

/** The distinct sets among some ids. */
const roots = (u: Union, ids: string[]) => [...new Set(ids.map((id) => u.root(id)))];

interface Rules {
  merge: { into: string; from: string[] }[];
  keepApart: [string, string][];
}

/** Overlay merges first: an editor's word beats every rule. */
function forced(u: Union, rules: Rules, known: Set<string>) {
  for (const r of rules.merge) for (const f of r.from) if (known.has(f) && known.has(r.into)) u.join(f, r.into);
}

/** Joins each id of a bucket into the bucket's first (earliest-seen) record, when all agree on kind. */
function joinEqual<T extends { id: string; kind: string }>(u: Union, bucket: T[]) {
  for (const r of bucket.slice(1)) if (r.kind === bucket[0]!.kind) u.join(r.id, bucket[0]!.id);
}

type Disjoint = (a: string, b: string) => boolean;

/** 1. The same name once normalised ("Cruz’s administration", "Cruz administration"); a group's head plural or not. */
function joinSameNames(u: Union, records: Actor[]) {
  const byName = new Map<string, Actor[]>();
  for (const r of records) push(byName, keyOf(r), r);
  for (const bucket of byName.values()) joinEqual(u, bucket);
  // ("United Cartels" and "United Cartel": a group's head word, plural or not)
  const byGroupHead = new Map<string, Actor[]>();
  for (const r of records) if (r.kind === 'group') push(byGroupHead, headSingular(r.name), r);
  for (const bucket of byGroupHead.values()) joinEqual(u, bucket);
}

/**
 * 2. People: "Ana Ruiz" and "Ana M. Ruiz" are one when no other middle name is given; then a
 * surname alone ("Ruiz", from "Ms Ruiz") joins the one full name with that surname.
 */
function joinPeople(u: Union, records: Actor[], disjoint: Disjoint) {
  const people = records.filter((r) => r.kind === 'person');
  const byFull = new Map<string, Actor[]>();
  const bySurname = new Map<string, Actor[]>();
  for (const p of people) {
    const parts = nameParts(p.name);
    if (!parts?.first) continue;
    // "Ana Ruiz Jr." is not Ana Ruiz: the suffix is part of who it is
    push(byFull, `${parts.first}|${parts.surname}|${parts.suffix}`, p);
    push(bySurname, parts.surname, p);
  }
  for (const list of byFull.values()) {
    const withMiddle = new Set(list.map((p) => nameParts(p.name)!.middle.join(' ')).filter(Boolean));
    if (withMiddle.size > 1) continue; // "Ana M." and "Ana T." are two people
    // the earliest-seen form keeps its id, so a page's address does not move when a later
    // article gives the middle initial
    for (const p of list.slice(1)) u.join(p.id, list[0]!.id);
  }
  for (const p of people) {
    const parts = nameParts(p.name);
    if (!parts || parts.first) continue;
    const full = roots(
      u,
      (bySurname.get(parts.surname) ?? []).map((f) => f.id),
    );
    // two people share the surname: the surname alone is neither of them
    if (full.length === 1 && disjoint(p.id, full[0]!)) u.join(p.id, full[0]!);
  }
}

/**
 * 3. An alias one article gives ("Vela Roja (known as VR-9)") is the record another article
 * names so, when no other record claims that name.
 */
function joinClaimedAliases(u: Union, records: Actor[]) {
  const claims = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.kind === 'person') continue;
    const forms = [r.name, ...r.aliases.filter((a) => isCapitalized(a) && wordsOf(a)[0] !== 'The')];
    for (const f of forms) {
      const k = keyOf({ name: f, kind: r.kind });
      (claims.get(k) ?? claims.set(k, new Set()).get(k)!).add(r.id);
    }
  }
  const order = new Map(records.map((r, i) => [r.id, i]));
  for (const r of records) {
    if (r.kind === 'person') continue;
    const holders = roots(u, [...(claims.get(keyOf(r)) ?? [])]);
    if (holders.length !== 2) continue;
    const own = u.root(r.id);
    const other = holders[0] === own ? holders[1]! : holders[0]!;
    // the earlier-seen record keeps its id
    if (order.get(other)! < order.get(own)!) u.join(own, other);
    else u.join(other, own);
  }
}

/**
 * 4. Short forms of a name: a group named without its head word ("Harbor", in a list of "six
 * cartels") is the one record "Harbor Cartel"; an outlet named by its head word ("the Courier")
 * is the one outlet whose name ends with it ("Daily Courier").
 */
function joinShortForms(u: Union, records: Actor[], disjoint: Disjoint) {
  const nameKey = new Map<string, string[]>();
  for (const r of records) push(nameKey, keyOf(r), r.id);
  const byLastWord = new Map<string, string[]>();
  for (const r of records)
    if (r.kind === 'organization' && wordsOf(r.name).length > 1) push(byLastWord, nameWords(r.name).at(-1)!, r.id);
  const joinOnly = (id: string, ids: string[]) => {
    const full = roots(u, ids);
    if (full.length === 1 && disjoint(id, full[0]!)) u.join(id, full[0]!);
  };
  for (const r of records) {
    const w = nameWords(r.name);
    const n = w.join(' ');
    if (r.kind === 'group' && !GROUP_HEADS.some((h) => w.includes(h)))
      joinOnly(
        r.id,
        GROUP_HEADS.flatMap((h) => nameKey.get(`group|${n} ${h}`) ?? []),
      );
    if (r.kind === 'organization' && w.length === 1 && OUTLET_HEADS.has(n)) joinOnly(r.id, byLastWord.get(n) ?? []);
  }
}

/**
 * Actors: one record per entity. `records` holds one record per id, in the order the articles
 * first give them (so an earlier article's id wins where names are equivalent); returns the id
 * each record's entity keeps.
 */
export function reconcileActors(records: Actor[], rules: Rules): Map<string, string> {
  const u = new Union(
    records.map((r) => r.id),
    rules.keepApart,
  );
  const disjoint = apartIn(records);
  forced(u, rules, new Set(records.map((r) => r.id)));
  joinSameNames(u, records);
  joinPeople(u, records, disjoint);
  joinClaimedAliases(u, records);
  joinShortForms(u, records, disjoint);
  return new Map(records.map((r) => [r.id, u.root(r.id)]));
}

/** A name's words with the last one singular: "United Cartels" and "United Cartel" are one. */
const lastSingular = (w: string[]) => [...w.slice(0, -1), singular(w.at(-1) ?? '')];
/** A group compared by its head word, plural or not. */
const headSingular = (name: string) => {
  const w = nameWords(name);
  return (GROUP_HEADS.includes(singular(w.at(-1) ?? '')) ? lastSingular(w) : w).join(' ');
};
/** An instrument's name compared across articles: its words without "a", the last one singular. */
const instrumentKey = (name: string) => {
  const w = nameWords(name);
  return lastSingular(w[0] === 'a' || w[0] === 'an' ? w.slice(1) : w).join(' ');
};
/** "foreign terrorist organization designation" and "FTO designations" -> "fto|designation". */
function acronymKey(name: string): string | null {
  const w = wordsOf(name);
  if (w.length < 2) return null;
  const head = singular(w.at(-1)!.toLowerCase());
  const mods = w.slice(0, -1);
  const initials = mods.length === 1 && mods[0]!.length >= 2 && mods[0]!.length <= 6 && isCapitals(mods[0]!);
  if (initials) return `${mods[0]!.toLowerCase()}|${head}`;
  if (mods.length >= 2 && mods.every((m) => isLetter(m[0]) && !FUNCTION_WORDS.has(m.toLowerCase())))
    return `${mods.map((m) => m[0]!.toLowerCase()).join('')}|${head}`;
  return null;
}
const contentWords = (form: string) => new Set(nameWords(form).filter((w) => !FUNCTION_WORDS.has(w)));

/** Kinds whose instruments are single acts, so that a long description identifies one. */
const DESCRIBED_KINDS = new Set(['directive', 'executive-order', 'legal-opinion', 'authorization', 'designation']);
/**
 * A designation or sanction is one act only against someone it names: "sanctions against the
 * Cartel de los Vientos" and "sanctions on the Bordurian group Cartel de los Vientos" are one, but
 * "foreign terrorist organization designation" and "global terrorist organization designation",
 * sharing three words, are two.
 */
const NEEDS_NAMED_TARGET = new Set(['designation']);
/** The words of a name written capitalised past its first word: the names it holds. */
const namedWords = (form: string) =>
  new Set(
    wordsOf(form)
      .slice(1)
      .filter(isCapitalized)
      .map((w) => normalName(w)),
  );
/** Shared content words two descriptions need ("to start deploying naval forces"): at least this many… */
const MIN_SHARED = 3;
/** …and this share of the shorter one's words. */
const MIN_SHARE = 0.6;
/** A word more records than this use says nothing about which one is meant. */
const COMMON = 40;

/**
 * Authorities: the same instrument named differently. The same name once normalised
 * ("International laws"), an acronym of the other's words with the same head ("FTO
 * designations"), or, for a directive, order, opinion or authorization, a description sharing
 * most of its content words with one of the other's names (the years agreeing).
 */
export function reconcileAuthorities(
  records: Authority[],
  rules: Rules,
  groupOf: GroupOf = (name) => name,
): Map<string, string> {
  const u = new Union(
    records.map((r) => r.id),
    rules.keepApart,
  );
  forced(u, rules, new Set(records.map((r) => r.id)));
  joinSameInstruments(u, records);
  joinDescriptions(u, records, apartIn(records), groupOf);
  return new Map(records.map((r) => [r.id, u.root(r.id)]));
}

/** "Order", "Measure", "Sanctions": a name of one instrument word says nothing of which instrument it is. */
export const bareInstrumentName = (name: string) => !name.includes(' ') && name.toLowerCase() in instruments.heads;

/** The same name once normalised ("International laws"), or an acronym of the other's words ("FTO designations"). */
function joinSameInstruments(u: Union, records: Authority[]) {
  const byName = new Map<string, Authority[]>();
  const byAcronym = new Map<string, Authority[]>();
  for (const r of records) {
    // ("Order" of one article and "Order" of another may be any two orders)
    if (bareInstrumentName(r.name)) continue;
    push(byName, `${r.kind}|${instrumentKey(r.name)}`, r);
    const a = acronymKey(r.name);
    if (a) push(byAcronym, `${r.kind}|${a}`, r);
  }
  for (const bucket of byName.values()) joinEqual(u, bucket);
  for (const bucket of byAcronym.values())
    if (
      roots(
        u,
        bucket.map((r) => r.id),
      ).length === 2
    )
      joinEqual(u, bucket);
}

const describedForms = (r: Authority) => [r.name, ...r.aliases].filter((f) => wordsOf(f).length >= 3).map(contentWords);

/** "… designation of X, Y and others": a designation act's listing, and the groups it lists. */
const ACT_JOINT = ' designation of ';
/** Which actor a group's name or alias is, across articles (undefined when no actor is named so). */
export type GroupOf = (name: string) => string | undefined;
function actOf(name: string, groupOf: GroupOf): Act | null {
  const at = name.indexOf(ACT_JOINT);
  if (at < 0) return null;
  const list = name.slice(at + ACT_JOINT.length).split(', ').flatMap((g) => g.split(' and '));
  // (a described list, "eight rings", names no one another article could name)
  const groups = list.map((g) => groupOf(normalName(g))).filter((g) => g !== undefined);
  const open = list.at(-1) === 'others';
  const label = normalName(name.slice(0, at));
  return { label, groups: new Set(groups), counted: countedList(list), open, size: list.length };
}
type Act = { label: string; groups: Set<string>; counted: number | null; open: boolean; size: number };
/** Number words that say exactly how many ("several" is in the time words as about three). */
const EXACT_NUMBERS = new Map(Object.entries(timeWords.numbers).filter(([w, n]) => n >= 2 && w !== 'several'));
/** "eight rings": a list told only by how many it holds (an exact number word, then one plural noun). */
function countedList(list: string[]): number | null {
  const w = list.length === 1 ? list[0]!.split(' ') : [];
  const n = w.length === 2 && w[1]!.endsWith('s') ? EXACT_NUMBERS.get(w[0]!.toLowerCase()) : undefined;
  return n ?? null;
}

/**
 * Two designation acts are one when they list a group under the same label: a group is listed
 * once under each ("Foreign terrorist organization designation of X and Y" / "… of X"); a
 * described designation that names no group joins none, except that "… of eight rings" is the
 * act under the same label (and, the caller checks, no other year) that lists exactly eight, in full.
 */
function sameAct(r: Authority, o: Authority, groupOf: GroupOf): boolean | null {
  const [a, b] = [actOf(r.name, groupOf), actOf(o.name, groupOf)];
  if (!a && !b) return null;
  if (!a || !b || a.label !== b.label) return false;
  const counts = (x: Act, y: Act) => x.counted !== null && !y.open && y.counted === null && y.size === x.counted;
  if (counts(a, b) || counts(b, a)) return true;
  return [...a.groups].some((g) => b.groups.has(g));
}

/** Whether two instruments' descriptions share most of their content words (and a named target, where needed). */
function closeDescriptions(r: Authority, o: Authority, groupOf: GroupOf): boolean {
  if (r.kind === 'designation') {
    const act = sameAct(r, o, groupOf);
    if (act !== null) return act;
  }
  return describedForms(r).some((f) =>
    describedForms(o).some((g) => {
      const both = [...f].filter((x) => g.has(x));
      if (NEEDS_NAMED_TARGET.has(r.kind)) {
        const named = namedWords(r.name);
        if (![...namedWords(o.name)].some((x) => named.has(x) && both.includes(x))) return false;
      }
      return both.length >= MIN_SHARED && both.length >= MIN_SHARE * Math.min(f.size, g.size);
    }),
  );
}

/** A directive, order, opinion or authorization described in words most of which another's name shares. */
function joinDescriptions(u: Union, records: Authority[], disjoint: Disjoint, groupOf: GroupOf) {
  const yearsAgree = (a: Authority, b: Authority) => a.year === null || b.year === null || a.year === b.year;
  const byWord = new Map<string, Authority[]>();
  const described = records.filter((r) => DESCRIBED_KINDS.has(r.kind));
  const wordsOfRecord = (r: Authority) => new Set(describedForms(r).flatMap((f) => [...f]));
  for (const r of described) for (const w of wordsOfRecord(r)) push(byWord, `${r.kind}|${w}`, r);
  const index = new Map(described.map((r, i) => [r.id, i]));
  // the set whose record came first keeps its id, whichever pair brings two sets together
  const order = new Map(records.map((r, i) => [r.id, i]));
  const joinKeepingFirst = (a: string, b: string) => {
    const [ra, rb] = [u.root(a), u.root(b)];
    return order.get(ra)! < order.get(rb)! ? u.join(rb, ra) : u.join(ra, rb);
  };
  for (const [i, r] of described.entries()) {
    const seen = new Set<string>();
    for (const w of wordsOfRecord(r)) {
      const bucket = byWord.get(`${r.kind}|${w}`)!;
      if (bucket.length > COMMON) continue;
      for (const o of bucket) {
        if (seen.has(o.id) || index.get(o.id)! >= i || u.root(o.id) === u.root(r.id)) continue;
        if (!yearsAgree(o, r) || !disjoint(r.id, o.id)) continue;
        seen.add(o.id);
        if (closeDescriptions(r, o, groupOf)) joinKeepingFirst(r.id, o.id);
      }
    }
  }
}
