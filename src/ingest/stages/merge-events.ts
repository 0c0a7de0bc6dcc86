import words from '../lexicons/merge.json' with { type: 'json' };
import { Union } from './merge-union.ts';
import { dateRelation, differencesOf, span, type Report } from './merge-differences.ts';
import type { Event } from '../../schemas/index.ts';
import type { EventFacts } from './event-facts.ts';

/**
 * One happening, one event: the events of different sources that report the same act (a
 * compatible date, the same act, the same main actors and authorities) become one record, the
 * earliest-published report's, with the others as its `reports` and what they disagree on as
 * its `differences`. Two events of one article are never one. Candidates are found through
 * buckets keyed by an actor or authority, the kind of act and the month, so the cost stays
 * linear in the events.
 */

const CLASS_OF = new Map<string, number[]>();
words.actClasses.forEach((c, i) => c.forEach((v) => CLASS_OF.set(v, [...(CLASS_OF.get(v) ?? []), i])));
const REPORTING = new Set(words.reportingActs);
/** How many of a group's reports a new one is scored against (the earliest ones). */
const SAMPLE = 8;

/** The kinds of act a verb reports: its classes, or itself when it is in none. */
const classesOf = (lemma: string): string[] =>
  (CLASS_OF.get(lemma) ?? []).map((i) => `#${i}`).concat(CLASS_OF.has(lemma) ? [] : [lemma]);

/** Every kind of act an event's sentence may stand for: its act, and what a reporting act reports. */
function actKinds(f: EventFacts): string[] {
  if (!f.act) return [];
  const acts = [...(REPORTING.has(f.act) ? [f.act, ...f.verbs] : [f.act]), ...(f.frame ? [f.frame] : [])];
  return [...new Set(acts.flatMap(classesOf))];
}

/**
 * Whether two sentences report the same kind of act ("designated" / "declared … to be";
 * "announced that it is doubling" / "doubled").
 */
function sameAct(a: EventFacts, b: EventFacts): boolean {
  if (!a.act || !b.act) return false;
  if (a.act === b.act) return true;
  const kb = new Set(actKinds(b));
  return actKinds(a).some((k) => kb.has(k));
}

interface Rules {
  merge: { into: string; from: string[] }[];
  keepApart: [string, string][];
}

const shared = (a: string[], b: string[]) => {
  const s = new Set(a);
  return b.filter((x) => s.has(x)).length;
};

/**
 * How strongly two reports from different sources are the same happening, or null when they are
 * not. `states` are the ids of state actors: "the United States" names half the events, so it
 * counts for less than a person, a body or a group.
 */
function matchScore(a: Report, b: Report, states: Set<string>): number | null {
  if (a.event.source === b.event.source || !a.facts || !b.facts || !sameAct(a.facts, b.facts)) return null;
  const rel = dateRelation(a.event.date, b.event.date);
  if (rel === 'far') return null;
  const auth = shared(a.event.authorities, b.event.authorities);
  const main = shared(
    a.event.actors.filter((x) => !states.has(x)),
    b.event.actors.filter((x) => !states.has(x)),
  );
  const all = shared(a.event.actors, b.event.actors);
  const sameDay = rel === 'same' && a.event.date!.precision === 'day' && b.event.date!.precision === 'day';
  const ok =
    rel === 'same'
      ? (auth >= 1 && all >= 1) || main >= 2 || (sameDay && main >= 1)
      : // a date the sources disagree on: the same act by the same actors, or under the same
        // authority; no date: only the very same act, by the same actor, under the same authority
        rel === 'close'
        ? (auth >= 1 && main >= 1) || main >= 2
        : auth >= 1 && main >= 1 && a.facts.act === b.facts.act;
  if (!ok) return null;
  return 3 * auth + 2 * main + (all - main) + (sameDay ? 2 : 0) + (a.facts.act === b.facts.act ? 1 : 0);
}

const byPublication = (a: Report, b: Report) =>
  a.published < b.published ? -1 : a.published > b.published ? 1 : a.order - b.order;
const monthOf = (iso: string) => iso.slice(0, 7);
const nextMonth = (m: string, by: number) => {
  const d = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

/** The periods an event is filed under, and those it looks in for candidates. */
function periods(e: Event): { file: string[]; look: string[] } {
  const d = e.date;
  if (!d)
    return {
      file: ['U'],
      look: ['U', ...(e.reported ? [`M${monthOf(e.reported)}`, `M${nextMonth(monthOf(e.reported), -1)}`] : [])],
    };
  const year = d.value.slice(0, 4);
  if (d.precision === 'year' || d.precision === 'decade')
    return { file: [`Y${year}`, `YO${year}`], look: [`Y${year}`] };
  const m = monthOf(d.value);
  return {
    file: [`M${m}`, `Y${year}`],
    look: [`M${m}`, `M${nextMonth(m, -1)}`, `M${nextMonth(m, 1)}`, `YO${year}`, 'U'],
  };
}

/**
 * What each group needs to be compared with: the sources it holds, its first few reports (a
 * score against each), and its earliest and latest dated reports (no report may be far from a
 * new one). Kept up to date as reports join, so a large group costs no more to try than a small one.
 */
interface Group {
  sources: Set<string | undefined>;
  sample: Report[];
  earliest: Report | null;
  latest: Report | null;
}

class Groups {
  private readonly groups = new Map<string, Group>();

  private readonly u: Union;
  private readonly byId: Map<string, Report>;

  constructor(u: Union, byId: Map<string, Report>) {
    this.u = u;
    this.byId = byId;
  }

  private static add(g: Group, r: Report) {
    g.sources.add(r.event.source);
    if (g.sample.length < SAMPLE) g.sample.push(r);
    if (r.event.date) {
      const [s0, s1] = span(r.event.date);
      if (!g.earliest || s0 < span(g.earliest.event.date!)[0]) g.earliest = r;
      if (!g.latest || s1 > span(g.latest.event.date!)[1]) g.latest = r;
    }
  }

  of(id: string): Group {
    const root = this.u.root(id);
    let g = this.groups.get(root);
    if (!g) {
      g = { sources: new Set(), sample: [], earliest: null, latest: null };
      for (const m of this.u.membersOf(root)) Groups.add(g, this.byId.get(m)!);
      this.groups.set(root, g);
    }
    return g;
  }

  /** The group of report `id` joins the group whose representative is `root`. */
  join(id: string, root: string) {
    const g = this.of(root);
    const own = this.of(id);
    this.groups.delete(this.u.root(id));
    this.u.join(id, root);
    for (const m of own.sample) Groups.add(g, m);
    for (const src of own.sources) g.sources.add(src);
  }
}

/** The bucket keys of a report: each actor or authority, kind of act and period it files under or looks in. */
function bucketKeys(r: Report): { file: string[]; look: string[] } {
  const e = r.event;
  const entities = [...e.authorities, ...e.actors];
  const kinds = r.facts ? actKinds(r.facts) : [];
  const { file, look } = periods(e);
  const keys = (ps: string[]) => entities.flatMap((x) => kinds.flatMap((k) => ps.map((p) => `${x}|${k}|${p}`)));
  return { file: keys(file), look: keys(look) };
}

interface Merging {
  u: Union;
  groups: Groups;
  /** Buckets hold groups (their representatives), not every report: a happening many sources report is tried once. */
  buckets: Map<string, Set<string>>;
  states: Set<string>;
}

/** The best group already holding a report of the same happening from another source, if any. */
function bestGroup(r: Report, look: string[], { u, groups, buckets, states }: Merging): string | null {
  const e = r.event;
  let best: { root: string; score: number } | null = null;
  const tried = new Set<string>();
  for (const key of look)
    for (const id of buckets.get(key) ?? []) {
      const root = u.root(id);
      if (tried.has(root) || root === u.root(e.id)) continue;
      tried.add(root);
      const g = groups.of(root);
      if (g.sources.has(e.source) || !u.mayJoin(root, e.id)) continue;
      if ([g.earliest, g.latest].some((m) => m && dateRelation(m.event.date, e.date) === 'far')) continue;
      const score = Math.max(...g.sample.map((m) => matchScore(r, m, states) ?? -1));
      if (score >= 0 && (!best || score > best.score)) best = { root, score };
    }
  return best?.root ?? null;
}

/** One event for a group of reports of one happening: the earliest's, with the others as its reports. */
function mergedEvent(group: [Report, ...Report[]]): Event {
  const [first, ...others] = group;
  if (others.length === 0) return first.event;
  const differences = differencesOf(group);
  return {
    ...first.event,
    actors: [...new Set(group.flatMap((g) => g.event.actors))],
    agents: [...new Set(group.flatMap((g) => g.event.agents))],
    authorities: [...new Set(group.flatMap((g) => g.event.authorities))],
    reports: others.map((o) => ({
      source: o.event.source!,
      paragraph: o.event.paragraph,
      quote: o.event.quote,
      date: o.event.date,
    })),
    ...(differences.length ? { differences } : {}),
  };
}

/** Each group written once, where its earliest report stands (its id is the group's). */
function writeGroups(ordered: Report[], u: Union, byId: Map<string, Report>, mergedInto: Map<string, string>): Event[] {
  const out: Event[] = [];
  const sorted = new Map<string, Report[]>();
  for (const r of ordered) {
    const root = u.root(r.event.id);
    let group = sorted.get(root);
    if (!group)
      sorted.set(
        root,
        (group = u
          .membersOf(root)
          .map((m) => byId.get(m)!)
          .sort(byPublication)),
      );
    mergedInto.set(r.event.id, group[0]!.event.id);
    if (group[0] === r) out.push(mergedEvent(group as [Report, ...Report[]]));
  }
  return out;
}

/**
 * Several articles' events -> one event per happening (ids: the earliest report's; `mergedInto`
 * gets each report's id -> its event's).
 */
export function mergeEvents(
  reports: Report[],
  rules: Rules,
  states: Set<string>,
  mergedInto = new Map<string, string>(),
): Event[] {
  const ordered = [...reports].sort(byPublication);
  const byId = new Map(ordered.map((r) => [r.event.id, r]));
  const u = new Union(byId.keys(), rules.keepApart);
  for (const r of rules.merge) for (const f of r.from) if (byId.has(f) && byId.has(r.into)) u.join(f, r.into);
  const merging: Merging = { u, groups: new Groups(u, byId), buckets: new Map(), states };
  for (const r of ordered) {
    const { file, look } = bucketKeys(r);
    const best = bestGroup(r, look, merging);
    if (best) merging.groups.join(r.event.id, best);
    const root = u.root(r.event.id);
    for (const key of file) (merging.buckets.get(key) ?? merging.buckets.set(key, new Set()).get(key)!).add(root);
  }
  return writeGroups(ordered, u, byId, mergedInto);
}
