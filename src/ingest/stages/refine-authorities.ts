import lexicon from '../lexicons/instruments.json' with { type: 'json' };
import { toSlug } from '../../lib/slug.ts';
import { instrumentFor } from '../gazetteer/index.ts';
import type { Overlay } from '../../schemas/index.ts';
import { layerOf } from './linguistics.ts';
import { piecesOf, stemsOf, tokensOf, upperFirst } from './candidates-authorities.ts';
import type { ActorCandidate, AuthorityCandidate, ResolvedActor, ResolvedAuthority, Sentence } from './types.ts';
import { overlaps, type Stage } from '../doc.ts';
import { designationActs, joinDesignations } from './refine-designations.ts';

const CITATION_JOINTS = new Set(lexicon.citationJoints);
const APPOSITIVES = new Set(lexicon.appositives);
/** Lower case, without apostrophes, single spaces: how names are compared. */
const normal = (s: string) =>
  s.toLowerCase().replaceAll('’', '').replaceAll("'", '').split(' ').filter(Boolean).join(' ');
/** The words between two offsets of a sentence, lower case, one space apart. */
const wordsBetween = (sentence: Sentence, from: number, to: number) =>
  layerOf(sentence)
    .tokens.filter((t) => t.start >= from && t.end <= to)
    .map((t) => t.lower);

/** Heads that name the same sort of instrument ("the measure" may be the resolution). */
const SYNONYMS = new Map<string, Set<string>>();
for (const group of lexicon.synonyms) for (const w of group) SYNONYMS.set(w, new Set(group));
/** Heads of another sort a bare description may refer back to ("the authorization" after "a directive"). */
const REFERS_BACK = lexicon.refersBack as Record<string, string[]>;
const sameSort = (a: string, b: string) => a === b || (SYNONYMS.get(a)?.has(b) ?? false);

/** Overlay lookup: the authority patch whose id, name or an alias matches, if any. */
function overlayAuthorityFor(overlay: Overlay, name: string, text: string) {
  const id = toSlug(name);
  const n = normal(name);
  const t = normal(text);
  return (
    overlay.authorities.find(
      (p) => p.id === id || normal(p.name ?? '') === n || p.aliases.some((a) => normal(a) === n || normal(a) === t),
    ) ?? null
  );
}

/**
 * What names a record: the overlay's patch, or else the gazetteer's instrument the name or its
 * words name, if any.
 */
function canonicalFor(overlay: Overlay, name: string, text: string) {
  const patch = overlayAuthorityFor(overlay, name, text);
  return { patch, known: patch ? undefined : (instrumentFor(name) ?? instrumentFor(text)) };
}

/** The id a name's record has: the overlay's, else the gazetteer's canonical name's, else its own. */
function idFor(overlay: Overlay, name: string, text: string): string {
  const { patch, known } = canonicalFor(overlay, name, text);
  return patch?.id ?? toSlug(known?.name ?? name);
}

interface Grouped extends ResolvedAuthority {
  heads: Set<string>;
  stems: Set<string>;
  words: Set<string>;
  modKeys: Set<string>;
  /** Named by a bare word ("his proclamation"): a later description may name it. */
  bare?: boolean;
}

const FUNCTION_WORDS = new Set(['the', 'of', 'a', 'an']);
const isLowerLetter = (c: string) => c >= 'a' && c <= 'z';
/** "powers" -> "power": a final s after three letters goes. */
const singular = (w: string) =>
  w.endsWith('s') && w.length >= 4 && [...w.slice(-4, -1)].every(isLowerLetter) ? w.slice(0, -1) : w;
/** Content words, singular, lower case, of some words of a candidate: what a shorter description must share. */
function lemmaWords(c: AuthorityCandidate, words = c.text): string[] {
  const at = c.text.indexOf(words);
  const start = at < 0 ? c.start : c.start + at;
  const end = at < 0 ? c.end : start + words.length;
  return tokensOf({ sentence: c.sentence, start, end, text: words })
    .flatMap((t) => piecesOf(t, '.-'))
    .filter((w) => !FUNCTION_WORDS.has(w))
    .map(singular);
}

/** "an 1878 law called the Posse Comitatus Act": b gives a's name. */
function names(a: AuthorityCandidate, b: AuthorityCandidate): boolean {
  if (a.sentence !== b.sentence) return false;
  const words = wordsBetween(a.sentence, a.end, b.start);
  if (words.at(-1) === 'the') words.pop();
  if (words[0] === ',') words.shift();
  return APPOSITIVES.has(words.join(' '));
}

/** "the Act, codified at 10 U.S.C. 1385": the citation of the statute named just before. */
const citationOf = (previous: AuthorityCandidate, c: AuthorityCandidate) =>
  previous.sentence === c.sentence &&
  c.text.includes('U.S.C.') &&
  CITATION_JOINTS.has(wordsBetween(c.sentence, previous.end, c.start).join(' '));

/**
 * Refiner: authority candidates -> authorities. Same name (after the overlay) = same record; a
 * citation right after a statute is its alias; a bare description ("the measure") joins the
 * latest authority of the same sort named before it, and a definite description that shares a
 * content word with an earlier one ("the assassination ban" after "an executive order banning
 * assassinations") joins it. A bare legislative word that refers to nothing is dropped.
 */
export function groupAuthorities(candidates: AuthorityCandidate[], overlay: Overlay): ResolvedAuthority[] {
  const grouping = new Grouping(overlay);
  const named = new Map<AuthorityCandidate, AuthorityCandidate>();
  for (let i = 0; i + 1 < candidates.length; i++) {
    const [a, b] = [candidates[i]!, candidates[i + 1]!];
    if (names(a, b)) named.set(a, b);
  }
  for (const c of candidates) {
    const name = named.get(c);
    if (name) {
      // "an 1878 law called the Posse Comitatus Act": one authority, named by its name
      const t = grouping.create(name, name.name);
      t.aliases.add(c.text);
      t.year ??= c.year;
    } else if (!c.hypothetical) {
      // a hypothetical instrument is no record of its own ("whether OLC has produced an opinion")
      const target = grouping.targetOf(c);
      if (target) grouping.add(c, target);
    }
  }
  return grouping.authorities();
}

/** One lower-case word that is no instrument word ("international" of "international and maritime law"). */
const modifierOnly = (form: string) =>
  !form.includes(' ') && form === form.toLowerCase() && !(form in lexicon.heads) && !SYNONYMS.has(form);
/** A head that names nothing alone ("charges", "law"): no other name of any instrument. */
const needyHead = (form: string) =>
  (lexicon.heads as Record<string, { needs?: string }>)[normal(form)]?.needs === 'modifier';
const possessed = (a: Grouped) => a.mentions.some((m) => m.possessed);
const latest = (order: Grouped[], test: (a: Grouped) => boolean) => order.findLast(test);
const sameSortHead = (a: Grouped, head: string) => [...a.heads].some((h) => sameSort(h, head));

/**
 * "reporting requirements" of "Reporting requirements of the X Act", "laws" of "Laws of war": the
 * name cut before its "of" names a part or a sort of any instrument, none in particular.
 */
const partOf = (form: string, name: string) => {
  const at = normal(name).indexOf(' of ');
  return at > 0 && normal(form) === normal(name).slice(0, at);
};

/** A name compared whatever its number ("international laws" is "international law"). */
const plain = (s: string) => normal(s).split(' ').map(singular).join(' ');

/** The authorities grouped so far, in the order of their mentions. */
class Grouping {
  private readonly byId = new Map<string, Grouped>();
  private readonly order: Grouped[] = [];
  private previous: AuthorityCandidate | null = null;
  private previousTarget: Grouped | undefined;

  private readonly overlay: Overlay;

  constructor(overlay: Overlay) {
    this.overlay = overlay;
  }

  /** The record of a name (after the overlay), made when new. */
  create(c: AuthorityCandidate, name: string): Grouped {
    const { patch, known } = canonicalFor(this.overlay, name, c.text);
    const finalName = patch?.name ?? known?.name ?? name;
    const id = patch?.id ?? toSlug(finalName);
    let target = this.byId.get(id);
    if (!target) {
      const sets = {
        heads: new Set<string>(),
        stems: new Set<string>(),
        words: new Set<string>(),
        modKeys: new Set<string>(),
      };
      const [kind, year] = [patch?.kind ?? known?.kind ?? c.kind, patch?.year ?? c.year];
      // (a bare word names it: "his proclamation")
      const bare = !patch && !known && c.mods.length === 0 && !normal(c.text).includes(' ');
      target = { id, name: finalName, kind, year, aliases: new Set(), mentions: [], ...sets, bare };
      this.byId.set(id, target);
    }
    if (normal(finalName) !== normal(name)) target.aliases.add(name);
    return target;
  }

  /** The record a candidate joins, or undefined when it names nothing. */
  targetOf(c: AuthorityCandidate): Grouped | undefined {
    const { previous, previousTarget } = this;
    if (!c.anaphora && previous && previousTarget?.kind === 'statute' && citationOf(previous, c)) return previousTarget;
    if (c.anaphora) return this.referent(c, c.anaphora.legislativeOnly);
    // ("Res. 12" after "H. Con. Res. 12": the measure of that number the text named in full)
    const number = c.bill && !c.bill.full ? c.bill.number : null;
    const numbered = number ? latest(this.order, (a) => a.mentions.some((m) => m.bill?.number === number)) : undefined;
    if (numbered) return numbered;
    // (a charge against someone is that person's: another's charge of the same crime is another record)
    const charged = c.kind === 'charge' && normal(c.name).includes(' against ');
    const target = this.byId.get(idFor(this.overlay, c.name, c.text)) ?? (charged ? undefined : this.described(c));
    const out = target ?? this.create(c, c.name);
    out.year ??= c.year;
    return out;
  }

  /** A bare description ("the measure"): the same head first ("the directive"), then a head of the same sort. */
  private referent(c: AuthorityCandidate, legislativeOnly: boolean): Grouped | undefined {
    const patch = overlayAuthorityFor(this.overlay, c.text, c.text);
    // (an instrument told in passing by a passive verb is no referent: "who has been sanctioned")
    // (nor is one cited only as what another is made under, while another may be meant: "a measure
    // under the X Act … The resolution")
    const latest = (test: (a: Grouped) => boolean) =>
      this.order.findLast((a) => test(a) && !a.mentions.every((m) => m.passive || m.basis)) ??
      this.order.findLast((a) => test(a) && !a.mentions.every((m) => m.passive));
    const target =
      (patch ? this.byId.get(patch.id) : undefined) ??
      // "Trump’s decree" after "his proclamation … a restraining order": someone's instrument first
      (c.possessed ? latest((a) => sameSortHead(a, c.head) && possessed(a)) : undefined) ??
      latest((a) => a.heads.has(c.head)) ??
      latest((a) => sameSortHead(a, c.head)) ??
      latest((a) => (REFERS_BACK[c.head] ?? []).some((h) => a.heads.has(h)));
    if (!target && legislativeOnly) return undefined;
    return target ?? this.create(c, upperFirst(c.core));
  }

  /**
   * "his proclamation … the president’s Alien Enemies Act proclamation": a record named by a bare
   * word takes the name of the first description that says which one it is.
   */
  private renamed(target: Grouped | undefined, c: AuthorityCandidate): Grouped | undefined {
    if (!target) return undefined;
    const id = toSlug(c.name);
    if (this.byId.has(id) || overlayAuthorityFor(this.overlay, target.name, target.name)) return target;
    this.byId.delete(target.id);
    // (the bare word it was named by, "Proclamation", is a word for it as the text writes it, no name)
    target.aliases.add(target.name.toLowerCase());
    Object.assign(target, { id, name: c.name, bare: false });
    this.byId.set(id, target);
    return target;
  }

  /** "international laws of war" after "the laws of war": a longer description of a body named by its description. */
  private longer(c: AuthorityCandidate): Grouped | undefined {
    if (c.text === c.core) return undefined;
    const all = lemmaWords(c);
    const described = (a: Grouped) => a.mentions.some((m) => m.text !== m.core);
    return latest(
      this.order,
      (a) =>
        a.kind === c.kind && sameSortHead(a, c.head) && described(a) && [...a.words].every((w) => all.includes(w)),
    );
  }

  /** An earlier record a description refers to by its words. */
  private described(c: AuthorityCandidate): Grouped | undefined {
    const stems = stemsOf(c);
    const { previous, previousTarget, order } = this;
    // "the assassination ban" after "an executive order banning assassinations"
    // (any kind, when they share two words: "Trump’s authorization for military force against
    // the cartels" after "a directive to use military force against drug cartels")
    const shared = (a: Grouped) => stems.filter((s) => a.stems.has(s)).length;
    // (but "the Alien Enemies Act proclamation" is made under the act its words name, not the act)
    const namedIn = (a: Grouped) => ` ${normal(c.core)} `.includes(` ${normal(a.name)} `);
    // "the 2001 law": the instrument of that year named before, whatever its kind
    const year = c.mods.length === 1 && c.head === 'law' ? Number(c.mods[0]) : NaN;
    const ofYear = c.definite && year > 0 ? latest(order, (a) => a.year === year) : undefined;
    if (ofYear) return ofYear;
    if (c.definite) {
      const target =
        latest(order, (a) => a.kind === c.kind && shared(a) > 0) ??
        latest(order, (a) => shared(a) >= 2 && !namedIn(a)) ??
        this.renamed(latest(order, (a) => !!a.bare && a.heads.has(c.head)), c);
      if (target) return target;
    }
    const longer = this.longer(c);
    if (longer) return longer;
    const all = lemmaWords(c);
    const post = c.text !== c.core;
    // the same words before a head of the same sort: "war powers resolution" ~ "War Powers Act"
    // ("international law on the use of force" says more than "international law": another body)
    const key = c.mods.join(' ');
    const same =
      c.mods.length > 0 &&
      order.find(
        (a) =>
          a.kind === c.kind &&
          a.modKeys.has(key) &&
          sameSortHead(a, c.head) &&
          (!post || all.every((w) => a.words.has(w))),
      );
    if (same) return same;
    // "designated the cartels as foreign terrorist organizations": the designation named just before
    // (two labels coordinated, "as X and as Y", are two designations)
    const between = previous?.sentence === c.sentence ? wordsBetween(c.sentence, previous.end, c.start) : [];
    const as = between.includes('as') && !between.includes('and') && !between.includes('or');
    if (c.head === 'designation' && as && previousTarget?.kind === 'designation') return previousTarget;
    // a shorter description of one already named: "laws of war" after "international laws of war"
    // ("international law" is the whole body, never a short form of "international human rights law")
    const whole = c.mods.length === 1 && lexicon.wholeBodies.includes(c.mods[0]!);
    // (a designation's label that says less is settled by joinDesignations, against every label)
    if (c.indefinite || c.text !== c.core || whole || c.head === 'designation') return undefined;
    const words = lemmaWords(c, c.core);
    return latest(order, (a) => a.kind === c.kind && words.every((w) => a.words.has(w)) && sameSortHead(a, c.head));
  }

  /** A mention joins its record, with what later mentions compare against. */
  add(c: AuthorityCandidate, target: Grouped): void {
    this.order.push(target);
    this.previous = c;
    this.previousTarget = target;
    target.mentions.push(c);
    target.heads.add(c.head);
    for (const s of stemsOf(c)) target.stems.add(s);
    for (const w of lemmaWords(c)) target.words.add(w);
    if (c.mods.length) target.modKeys.add(c.mods.join(' '));
    for (const form of [c.text, c.core])
      if (form && normal(form) !== normal(target.name) && !modifierOnly(form) && !needyHead(form)) {
        if (!partOf(form, target.name)) target.aliases.add(form);
      }
  }

  /**
   * The records, without an alias that is another record's name ("international law" is no other
   * name of "International law on the use of force", nor "international laws" of "Laws of war").
   */
  authorities(): ResolvedAuthority[] {
    const all = [...this.byId.values()];
    const names = new Set(all.map((a) => plain(a.name)));
    for (const a of all) for (const alias of [...a.aliases]) if (names.has(plain(alias))) a.aliases.delete(alias);
    return all.map(({ heads: _h, stems: _s, words: _w, modKeys: _m, bare: _b, ...a }) => a);
  }
}

/**
 * "sanctions against the group": a description that refers back names what it refers to
 * ("Sanctions against the Cartel de los Soles"), so that the authority's name stands alone.
 */
function resolveDescription(c: AuthorityCandidate, mentions: ActorCandidate[]): AuthorityCandidate {
  const definite = (s: string) => s.toLowerCase().startsWith('the ');
  let name = c.name;
  for (const a of mentions)
    if (
      a.via === 'coreference' &&
      a.kind !== 'person' &&
      overlaps(a, c) &&
      a.start >= c.start &&
      a.end <= c.end &&
      definite(a.text)
    )
      name = name.replace(a.text, definite(a.name) ? a.name : `the ${a.name}`);
  return name === c.name ? c : { ...c, name };
}

const CHARGING = new Set(lexicon.chargingVerbs);
const RELATIVE_WHO = new Set(['who', 'whom']);

/**
 * "X, who had been indicted on charges of …", "X faces charges", "indicted X on charges": the
 * person the charging verb before the charge is about (the subject of a passive or of "face",
 * through a relative pronoun; else the object), or null.
 */
function chargedPerson(c: AuthorityCandidate, actors: ResolvedActor[]): string | null {
  const layer = layerOf(c.sentence);
  const toks = layer.tokens;
  const at = toks.findIndex((t) => t.start >= c.start);
  const verb = layer.verbs.filter((v) => v.end <= at && CHARGING.has(v.lemma) && !v.negated).at(-1);
  if (!verb || layer.verbs.some((v) => v.start >= verb.end && v.end <= at)) return null;
  const person = (test: (x: ActorCandidate) => boolean) =>
    actors.find((a) => a.kind === 'person' && a.mentions.some((x) => x.sentence === c.sentence && test(x)));
  if (!verb.passive && verb.lemma !== 'face') {
    const start = toks[verb.end]?.start;
    return person((x) => x.start === start)?.name ?? null;
  }
  let k = verb.start - 1;
  if (RELATIVE_WHO.has(toks[k]?.lower ?? '')) k--;
  if (toks[k]?.text === ',') k--;
  const end = toks[k]?.end;
  return end === undefined ? null : (person((x) => x.end === end)?.name ?? null);
}

/**
 * A charge is against someone: named by whom, when the sentence says ("Drug trafficking charges
 * against Ana Ruiz", for "Ruiz, who was indicted on charges of drug trafficking"), so that two
 * people's charges read apart and never share a record.
 */
function chargedAgainst(c: AuthorityCandidate, actors: ResolvedActor[]): AuthorityCandidate {
  if (c.kind !== 'charge' || c.anaphora || normal(c.name).includes(' against ')) return c;
  const who = chargedPerson(c, actors);
  if (!who) return c;
  const of = `${normal(c.core)} of `;
  const crime = c.mods.length === 0 && normal(c.text).startsWith(of) ? c.text.slice(of.length) : null;
  const base = crime ? upperFirst(`${crime} ${c.core.toLowerCase()}`) : c.name;
  return { ...c, name: `${base} against ${who}` };
}

export const authorityRecordsStage: Stage = {
  name: 'authority records',
  run: (doc) => {
    const resolved = doc.authorityMentions.map((c) => chargedAgainst(resolveDescription(c, doc.mentions), doc.actors));
    const grouped = joinDesignations(groupAuthorities(resolved, doc.context.overlay));
    return { ...doc, authorities: designationActs(grouped, doc.actors, doc.dates) };
  },
};
