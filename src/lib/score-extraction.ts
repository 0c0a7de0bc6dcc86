// Scores an extraction (the JSON of `npm run extract`) against a hand-made gold annotation.
// Pure functions: no file or process access. scripts/score.ts is the command line around them.

/* ------------------------------------------------------------------ gold and input shapes */

export interface GoldDate {
  value: string;
  precision: string;
  approximate: boolean;
  expression: string;
}

export interface GoldActor {
  id: string;
  name: string;
  kind: string;
  aliases?: string[];
  roles?: string[];
  /** Acceptable but not required: neither rewarded nor penalized. */
  optional?: boolean;
}

export interface GoldAuthority {
  id: string;
  name: string;
  kind: string;
  year?: number | null;
  aliases?: string[];
  /** Paragraph ids that mention it (used only to break ties). */
  paragraphs?: string[];
  optional?: boolean;
}

export interface GoldEvent {
  id: string;
  summary: string;
  date: GoldDate | null;
  paragraph: string;
  quote?: string;
  actors?: string[];
  authorities?: string[];
  optional?: boolean;
}

export interface GoldStatement {
  actor: string;
  quote: string;
  paragraph: string;
}

export interface Gold {
  actors: GoldActor[];
  authorities: GoldAuthority[];
  events: GoldEvent[];
  statements?: GoldStatement[];
  /** Surface forms that must never be listed as actors. */
  nonActors?: string[];
}

/** The parts of the extract JSON the scorer reads (looser than the zod schema on purpose). */
export interface ExtractInput {
  actors?: { id: string; name: string; kind: string; aliases?: string[]; roles?: string[] }[];
  authorities?: {
    id: string;
    name: string;
    kind: string;
    year?: number | null;
    aliases?: string[];
    mentions?: { paragraph: string }[];
  }[];
  events?: {
    id: string;
    summary?: string;
    date: { value: string; precision?: string; approximate?: boolean; expression?: string } | null;
    paragraph: string;
    quote?: string;
    actors?: string[];
    authorities?: string[];
  }[];
  statements?: { actor: string; quote: string; paragraph: string }[];
}

/* ------------------------------------------------------------------ report shapes */

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A gold record the extraction missed, or an extracted record the gold does not have. */
export interface Finding {
  id: string;
  label: string;
  reason: string;
}

export interface Section extends Prf {
  gold: number;
  extracted: number;
  /** Pairs of gold id and extracted id. */
  matches: { gold: string; extracted: string }[];
  misses: Finding[];
  falsePositives: Finding[];
}

export interface RolesReport {
  total: number;
  caught: number;
  share: number;
  misses: Finding[];
}

export interface DateDetails {
  /** Matched dated events whose precision and approximate flag also agree. */
  agree: number;
  dated: number;
  disagreements: Finding[];
}

export interface ScoreReport {
  actors: Section;
  authorities: Section;
  events: Section & { dateDetails: DateDetails };
  statements: Section;
  roles: RolesReport;
  eventActorLinks: Prf & { misses: Finding[]; falsePositives: Finding[] };
  /** Extracted actors whose name or alias is on the gold's never-an-actor list. */
  nonActorHits: Finding[];
}

/* ------------------------------------------------------------------ normalization */

/**
 * Lowercase, fold accents, drop dots and apostrophes ("U.S." -> "us"), turn other punctuation
 * into spaces ("MS-13" -> "ms 13"), collapse spaces, drop a leading "the".
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/** normalize(), and also drop a leading article "a" or "an" (for roles). */
export function normalizeRole(text: string): string {
  return normalize(text).replace(/^(?:a|an)\s+/, '');
}

function forms(name: string, aliases: readonly string[] = []): Set<string> {
  return new Set([name, ...aliases].map(normalize).filter((s) => s.length > 0));
}

/** True when `inner` occurs in `outer` as whole words. */
function containsWords(outer: string, inner: string): boolean {
  return inner.length > 0 && ` ${outer} `.includes(` ${inner} `);
}

/** Either string contains the other as whole words, the shorter being at least `min` chars. */
function looseMatch(a: string, b: string, min = 4): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= min && containsWords(long, short);
}

function tokens(text: string): Set<string> {
  return new Set(normalize(text).split(' ').filter((t) => t.length > 2));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const predicted = tp + fp;
  const actual = tp + fn;
  const precision = predicted === 0 ? (actual === 0 ? 1 : 0) : tp / predicted;
  const recall = actual === 0 ? 1 : tp / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function section(
  goldCount: number,
  extractedCount: number,
  matches: { gold: string; extracted: string }[],
  misses: Finding[],
  falsePositives: Finding[],
): Section {
  return {
    ...prf(matches.length, falsePositives.length, misses.length),
    gold: goldCount,
    extracted: extractedCount,
    matches,
    misses,
    falsePositives,
  };
}

/** Greedy one-to-one assignment over scored candidate pairs, best score first, stable order. */
function greedyAssign(pairs: { g: number; x: number; score: number }[]): Map<number, number> {
  const sorted = pairs
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const byGold = new Map<number, number>();
  const usedX = new Set<number>();
  for (const p of sorted) {
    if (byGold.has(p.g) || usedX.has(p.x)) continue;
    byGold.set(p.g, p.x);
    usedX.add(p.x);
  }
  return byGold;
}

/* ------------------------------------------------------------------ actors */

export interface ActorMatch {
  section: Section;
  /** Extracted actor id -> gold actor id, for every extracted actor matched (optional ones too). */
  idMap: Map<string, string>;
  /** Gold ids of optional actors (left out of link scoring). */
  optionalIds: Set<string>;
  nonActorHits: Finding[];
}

export function matchActors(gold: Gold, extract: ExtractInput): ActorMatch {
  const golds = gold.actors;
  const xs = extract.actors ?? [];
  const gForms = golds.map((g) => forms(g.name, g.aliases));
  const xForms = xs.map((x) => forms(x.name, x.aliases));
  const overlap = (gi: number, xi: number) => [...xForms[xi]!].some((f) => gForms[gi]!.has(f));

  const pairs = (optional: boolean, kindMustMatch: boolean) => {
    const out: { g: number; x: number; score: number }[] = [];
    golds.forEach((g, gi) => {
      if (Boolean(g.optional) !== optional) return;
      xs.forEach((x, xi) => {
        if (kindMustMatch && x.kind !== g.kind) return;
        if (!overlap(gi, xi)) return;
        const gn = normalize(g.name);
        const xn = normalize(x.name);
        out.push({ g: gi, x: xi, score: gn === xn ? 3 : gForms[gi]!.has(xn) || xForms[xi]!.has(gn) ? 2 : 1 });
      });
    });
    return out;
  };

  const required = greedyAssign(pairs(false, true));
  const usedX = new Set(required.values());
  const optional = greedyAssign(pairs(true, false).filter((p) => !usedX.has(p.x)));
  for (const xi of optional.values()) usedX.add(xi);

  const idMap = new Map<string, string>();
  const matches: { gold: string; extracted: string }[] = [];
  for (const [gi, xi] of required) {
    idMap.set(xs[xi]!.id, golds[gi]!.id);
    matches.push({ gold: golds[gi]!.id, extracted: xs[xi]!.id });
  }
  for (const [gi, xi] of optional) idMap.set(xs[xi]!.id, golds[gi]!.id);

  const misses: Finding[] = [];
  golds.forEach((g, gi) => {
    if (g.optional || required.has(gi)) return;
    const wrongKind = xs.filter((_x, xi) => !usedX.has(xi) && overlap(gi, xi));
    misses.push({
      id: g.id,
      label: `${g.name} (${g.kind})`,
      reason: wrongKind.length
        ? `extracted with another kind: ${wrongKind.map((x) => `${x.name} (${x.kind})`).join(', ')}`
        : 'not extracted',
    });
  });

  const nonActors = new Set((gold.nonActors ?? []).map(normalize));
  const nonActorHits: Finding[] = [];
  const falsePositives: Finding[] = [];
  xs.forEach((x, xi) => {
    if (usedX.has(xi)) return;
    const label = `${x.name} (${x.kind})`;
    const hit = [...xForms[xi]!].find((f) => nonActors.has(f));
    if (hit) nonActorHits.push({ id: x.id, label, reason: `"${hit}" is on the never-an-actor list` });
    const sameForm = golds.findIndex((_, gi) => overlap(gi, xi));
    let reason = 'not in gold';
    if (hit) reason = 'not an actor (never-an-actor list)';
    else if (sameForm >= 0) {
      const g = golds[sameForm]!;
      reason = g.kind !== x.kind && !g.optional
        ? `kind mismatch: gold ${g.id} is ${g.kind}`
        : `duplicate of gold ${g.id}`;
    }
    falsePositives.push({ id: x.id, label, reason });
  });

  return {
    section: section(golds.filter((g) => !g.optional).length, xs.length, matches, misses, falsePositives),
    idMap,
    optionalIds: new Set(golds.filter((g) => g.optional).map((g) => g.id)),
    nonActorHits,
  };
}

/* ------------------------------------------------------------------ roles */

export function scoreRoles(gold: Gold, extract: ExtractInput, actorIdMap: Map<string, string>): RolesReport {
  const byGold = new Map<string, string[]>();
  for (const x of extract.actors ?? []) {
    const gid = actorIdMap.get(x.id);
    if (gid) byGold.set(gid, [...(byGold.get(gid) ?? []), ...(x.roles ?? [])]);
  }
  let total = 0;
  let caught = 0;
  const misses: Finding[] = [];
  for (const g of gold.actors) {
    if (g.optional) continue;
    const found = (byGold.get(g.id) ?? []).map(normalizeRole);
    for (const role of g.roles ?? []) {
      total++;
      const r = normalizeRole(role);
      if (found.some((f) => f === r || looseMatch(r, f))) caught++;
      else
        misses.push({
          id: g.id,
          label: `${g.name}: ${role}`,
          reason: byGold.has(g.id) ? `extracted roles: ${JSON.stringify(byGold.get(g.id))}` : 'actor not matched',
        });
    }
  }
  return { total, caught, share: total === 0 ? 1 : caught / total, misses };
}

/* ------------------------------------------------------------------ authorities */

export function matchAuthorities(gold: Gold, extract: ExtractInput): Section {
  const golds = gold.authorities;
  const xs = extract.authorities ?? [];
  const gForms = golds.map((g) => forms(g.name, g.aliases));
  const xForms = xs.map((x) => forms(x.name, x.aliases));
  const nameScore = (gi: number, xi: number): number => {
    const gf = gForms[gi]!;
    const xf = [...xForms[xi]!];
    if (xf.some((f) => gf.has(f))) return normalize(golds[gi]!.name) === normalize(xs[xi]!.name) ? 4 : 3;
    if (xf.some((f) => [...gf].some((h) => looseMatch(f, h, 6)))) return 1;
    return 0;
  };
  const paragraphBonus = (gi: number, xi: number) => {
    const gp = new Set(golds[gi]!.paragraphs ?? []);
    const n = (xs[xi]!.mentions ?? []).filter((m) => gp.has(m.paragraph)).length;
    return Math.min(n, 50) / 100;
  };
  const pairs = (optional: boolean) => {
    const out: { g: number; x: number; score: number }[] = [];
    golds.forEach((g, gi) => {
      if (Boolean(g.optional) !== optional) return;
      xs.forEach((x, xi) => {
        if (x.kind !== g.kind) return;
        const s = nameScore(gi, xi);
        if (s > 0) out.push({ g: gi, x: xi, score: s + paragraphBonus(gi, xi) });
      });
    });
    return out;
  };
  const required = greedyAssign(pairs(false));
  const usedX = new Set(required.values());
  const optional = greedyAssign(pairs(true).filter((p) => !usedX.has(p.x)));
  for (const xi of optional.values()) usedX.add(xi);

  const matches = [...required].map(([gi, xi]) => ({ gold: golds[gi]!.id, extracted: xs[xi]!.id }));
  const misses: Finding[] = [];
  golds.forEach((g, gi) => {
    if (g.optional || required.has(gi)) return;
    const other = xs.filter((x, xi) => !usedX.has(xi) && x.kind !== g.kind && nameScore(gi, xi) > 0);
    misses.push({
      id: g.id,
      label: `${g.name} (${g.kind}${g.year ? `, ${g.year}` : ''})`,
      reason: other.length
        ? `extracted with another kind: ${other.map((x) => `${x.name} (${x.kind})`).join(', ')}`
        : 'not extracted',
    });
  });
  const falsePositives: Finding[] = [];
  xs.forEach((x, xi) => {
    if (usedX.has(xi)) return;
    const similar = golds.findIndex((_, gi) => nameScore(gi, xi) > 0);
    const g = similar >= 0 ? golds[similar]! : null;
    falsePositives.push({
      id: x.id,
      label: `${x.name} (${x.kind})`,
      reason: !g ? 'not in gold' : g.kind !== x.kind ? `kind mismatch: gold ${g.id} is ${g.kind}` : `duplicate of gold ${g.id}`,
    });
  });
  return section(golds.filter((g) => !g.optional).length, xs.length, matches, misses, falsePositives);
}

/* ------------------------------------------------------------------ events */

const dateKey = (d: { value: string } | null | undefined) => (d ? d.value : 'undated');
const describeDate = (d: { value: string; precision?: string; approximate?: boolean } | null | undefined) =>
  d ? `${d.value}${d.precision ? ` ${d.precision}` : ''}${d.approximate ? ' ~' : ''}` : 'undated';

/** The best one-to-one assignment within a small group, maximizing count then weight. */
function bestAssignment(nGold: number, nX: number, weight: (g: number, x: number) => number): Map<number, number> {
  if (nGold * nX > 64) {
    const pairs: { g: number; x: number; score: number }[] = [];
    for (let g = 0; g < nGold; g++) for (let x = 0; x < nX; x++) pairs.push({ g, x, score: weight(g, x) });
    return greedyAssign(pairs);
  }
  let best: { count: number; weight: number; pairs: [number, number][] } = { count: -1, weight: -1, pairs: [] };
  const used = new Set<number>();
  const current: [number, number][] = [];
  const walk = (g: number, w: number) => {
    if (g === nGold) {
      if (current.length > best.count || (current.length === best.count && w > best.weight + 1e-9))
        best = { count: current.length, weight: w, pairs: [...current] };
      return;
    }
    for (let x = 0; x < nX; x++) {
      if (used.has(x)) continue;
      used.add(x);
      current.push([g, x]);
      walk(g + 1, w + weight(g, x));
      current.pop();
      used.delete(x);
    }
    walk(g + 1, w);
  };
  walk(0, 0);
  return new Map(best.pairs);
}

export interface EventMatch {
  section: Section & { dateDetails: DateDetails };
  /** Gold event id -> extracted event index, for required gold events only. */
  pairs: { gold: GoldEvent; extracted: NonNullable<ExtractInput['events']>[number] }[];
}

/**
 * A gold event and an extracted event can match only when they have the same paragraph and the
 * same date value (or are both undated). Within each such group the assignment is one-to-one,
 * maximizing the number of matches, then shared actors and words.
 */
export function matchEvents(gold: Gold, extract: ExtractInput, actorIdMap: Map<string, string>): EventMatch {
  const golds = gold.events;
  const xs = extract.events ?? [];
  const groupKey = (p: string, d: { value: string } | null | undefined) => `${p}|${dateKey(d)}`;
  const weight = (g: GoldEvent, x: (typeof xs)[number]) => {
    const ga = new Set(g.actors ?? []);
    const shared = (x.actors ?? []).filter((a) => ga.has(actorIdMap.get(a) ?? '')).length;
    const words = jaccard(tokens(`${g.summary} ${g.quote ?? ''}`), tokens(`${x.summary ?? ''} ${x.quote ?? ''}`));
    return shared + words;
  };

  const usedX = new Set<number>();
  const matched = new Map<number, number>();
  for (const optionalPass of [false, true]) {
    const groups = new Map<string, { g: number[]; x: number[] }>();
    golds.forEach((g, gi) => {
      if (Boolean(g.optional) !== optionalPass) return;
      const k = groupKey(g.paragraph, g.date);
      const entry = groups.get(k) ?? { g: [], x: [] };
      entry.g.push(gi);
      groups.set(k, entry);
    });
    xs.forEach((x, xi) => {
      if (usedX.has(xi)) return;
      groups.get(groupKey(x.paragraph, x.date))?.x.push(xi);
    });
    for (const { g, x } of groups.values()) {
      const assign = bestAssignment(g.length, x.length, (a, b) => weight(golds[g[a]!]!, xs[x[b]!]!));
      for (const [a, b] of assign) {
        usedX.add(x[b]!);
        if (!optionalPass) matched.set(g[a]!, x[b]!);
      }
    }
  }

  const pairs = [...matched].map(([gi, xi]) => ({ gold: golds[gi]!, extracted: xs[xi]! }));
  const matches = pairs.map((p) => ({ gold: p.gold.id, extracted: p.extracted.id }));
  const misses: Finding[] = [];
  golds.forEach((g, gi) => {
    if (g.optional || matched.has(gi)) return;
    const here = xs.filter((x, xi) => !usedX.has(xi) && x.paragraph === g.paragraph);
    misses.push({
      id: g.id,
      label: `[${describeDate(g.date)}] ${g.summary}`,
      reason: here.length
        ? `unmatched extracted events in its paragraph are dated: ${here.map((x) => describeDate(x.date)).join(', ')}`
        : `nothing extracted in ${g.paragraph}`,
    });
  });
  const falsePositives: Finding[] = [];
  xs.forEach((x, xi) => {
    if (usedX.has(xi)) return;
    const here = golds.filter((g) => g.paragraph === x.paragraph);
    falsePositives.push({
      id: x.id,
      label: `[${describeDate(x.date)}] ${x.summary ?? x.quote ?? ''} (${x.paragraph})`,
      reason: here.length
        ? `gold events in its paragraph: ${here.map((g) => `${g.id} ${describeDate(g.date)}`).join(', ')}`
        : 'no gold event in its paragraph',
    });
  });

  let dated = 0;
  let agree = 0;
  const disagreements: Finding[] = [];
  for (const { gold: g, extracted: x } of pairs) {
    if (!g.date || !x.date) continue;
    dated++;
    if (g.date.precision === x.date.precision && g.date.approximate === Boolean(x.date.approximate)) agree++;
    else
      disagreements.push({
        id: g.id,
        label: g.summary,
        reason: `gold ${describeDate(g.date)}, extracted ${describeDate(x.date)}`,
      });
  }

  return {
    section: {
      ...section(golds.filter((g) => !g.optional).length, xs.length, matches, misses, falsePositives),
      dateDetails: { agree, dated, disagreements },
    },
    pairs,
  };
}

/* ------------------------------------------------------------------ event -> actor links */

export function scoreEventActorLinks(
  pairs: EventMatch['pairs'],
  actorIdMap: Map<string, string>,
  optionalActors: Set<string>,
): ScoreReport['eventActorLinks'] {
  let tp = 0;
  const misses: Finding[] = [];
  const falsePositives: Finding[] = [];
  for (const { gold: g, extracted: x } of pairs) {
    const want = new Set((g.actors ?? []).filter((a) => !optionalActors.has(a)));
    const got = new Set<string>();
    for (const a of x.actors ?? []) {
      const gid = actorIdMap.get(a);
      if (gid && optionalActors.has(gid)) continue;
      got.add(gid ?? `unmatched:${a}`);
    }
    for (const a of got) {
      if (want.has(a)) tp++;
      else falsePositives.push({ id: g.id, label: `${g.id} -> ${a}`, reason: 'link not in gold' });
    }
    for (const a of want) if (!got.has(a)) misses.push({ id: g.id, label: `${g.id} -> ${a}`, reason: 'link missing' });
  }
  return { ...prf(tp, falsePositives.length, misses.length), misses, falsePositives };
}

/* ------------------------------------------------------------------ statements */

export function matchStatements(gold: Gold, extract: ExtractInput, actorIdMap: Map<string, string>): Section {
  const golds = gold.statements ?? [];
  const xs = extract.statements ?? [];
  const sameWords = (a: string, b: string) => {
    const na = normalize(a);
    const nb = normalize(b);
    return looseMatch(na, nb, 8) || jaccard(tokens(a), tokens(b)) >= 0.6;
  };
  const pairs: { g: number; x: number; score: number }[] = [];
  golds.forEach((g, gi) =>
    xs.forEach((x, xi) => {
      if (x.paragraph !== g.paragraph || actorIdMap.get(x.actor) !== g.actor || !sameWords(g.quote, x.quote)) return;
      pairs.push({ g: gi, x: xi, score: jaccard(tokens(g.quote), tokens(x.quote)) });
    }),
  );
  const assign = greedyAssign(pairs);
  const usedX = new Set(assign.values());
  const short = (q: string) => (q.length > 70 ? `${q.slice(0, 67)}...` : q);
  const matches = [...assign].map(([gi, xi]) => ({ gold: `${golds[gi]!.actor}@${golds[gi]!.paragraph}`, extracted: `${xs[xi]!.actor}@${xs[xi]!.paragraph}` }));
  const misses: Finding[] = [];
  golds.forEach((g, gi) => {
    if (assign.has(gi)) return;
    const other = xs.find((x, xi) => !usedX.has(xi) && x.paragraph === g.paragraph && sameWords(g.quote, x.quote));
    misses.push({
      id: g.actor,
      label: `${g.actor}: "${short(g.quote)}"`,
      reason: other ? `quote found but attributed to ${other.actor} (${actorIdMap.get(other.actor) ?? 'unmatched actor'})` : 'not extracted',
    });
  });
  const falsePositives: Finding[] = [];
  xs.forEach((x, xi) => {
    if (usedX.has(xi)) return;
    falsePositives.push({ id: x.actor, label: `${x.actor}: "${short(x.quote)}"`, reason: `not in gold (${x.paragraph})` });
  });
  return section(golds.length, xs.length, matches, misses, falsePositives);
}

/* ------------------------------------------------------------------ everything */

export function scoreExtraction(gold: Gold, extract: ExtractInput): ScoreReport {
  const actors = matchActors(gold, extract);
  const events = matchEvents(gold, extract, actors.idMap);
  return {
    actors: actors.section,
    authorities: matchAuthorities(gold, extract),
    events: events.section,
    statements: matchStatements(gold, extract, actors.idMap),
    roles: scoreRoles(gold, extract, actors.idMap),
    eventActorLinks: scoreEventActorLinks(events.pairs, actors.idMap, actors.optionalIds),
    nonActorHits: actors.nonActorHits,
  };
}

/** Counts of a gold annotation, for a summary line. */
export function goldCounts(gold: Gold) {
  const tally = (xs: { kind: string; optional?: boolean }[]) => {
    const out: Record<string, number> = {};
    for (const x of xs) if (!x.optional) out[x.kind] = (out[x.kind] ?? 0) + 1;
    return out;
  };
  const required = gold.events.filter((e) => !e.optional);
  return {
    actors: tally(gold.actors),
    authorities: tally(gold.authorities),
    events: { dated: required.filter((e) => e.date).length, undated: required.filter((e) => !e.date).length },
    optional: {
      actors: gold.actors.filter((a) => a.optional).length,
      authorities: gold.authorities.filter((a) => a.optional).length,
      events: gold.events.filter((e) => e.optional).length,
    },
    statements: (gold.statements ?? []).length,
    roles: gold.actors.filter((a) => !a.optional).reduce((n, a) => n + (a.roles ?? []).length, 0),
  };
}
