/**
 * The review sheet (`npm run review`): every record and fact the site will show for one source
 * (or all), with its evidence and what the rules were least sure of (flags.ts), as Markdown.
 * Pure: built records in, text out.
 */
import { bySourceOrder } from '../lib/source-order.ts';
import type { Actor, Authority, Event, EventDate, Source } from '../schemas/index.ts';
import { actorFlags, authorityFlags, eventFlags, flagKinds, type Flag, type FlagKind } from './flags.ts';

export interface Records {
  sources: Source[];
  actors: Actor[];
  authorities: Authority[];
  events: Event[];
}

export interface Sheet {
  markdown: string;
  counts: { events: number; actors: number; authorities: number };
  /** Flags by kind, in the order of `flagKinds`, only kinds that occur. */
  flags: [FlagKind, number][];
}

type Cited = { source?: string | undefined; paragraph: string; quote: string };

/** Text as Markdown shows it: no character of the source read as markup. */
export const md = (s: string) => s.replace(/[\\`*_[\]<>|#~]/gu, (c) => `\\${c}`).replace(/\s+/gu, ' ');
const code = (s: string) => `\`${s.replace(/`/gu, '')}\``;

/** The records one source gives (any evidence from it), or every record. */
export function recordsOf(all: Records, source: string | null): Records {
  if (source === null) return all;
  const from = (list: Cited[] | undefined) => (list ?? []).some((x) => x.source === source);
  return {
    sources: all.sources.filter((s) => s.id === source),
    actors: all.actors.filter((a) => from(a.mentions) || from(a.roles) || from(a.statements)),
    authorities: all.authorities.filter((a) => from(a.mentions)),
    events: all.events.filter((e) => e.source === source || from(e.reports)),
  };
}

/** How an event was dated: stated, inferred, counted from an anchor, reported, or by the editors. */
export function howDated(e: Pick<Event, 'date' | 'reported'>, headlineOf: (id: string) => string | undefined = () => undefined): string {
  const d = e.date;
  if (!d) return e.reported ? `undated; reported on ${e.reported} (the article’s publication day, not the day of the act)` : 'undated: the text gives no date';
  const when = `${d.value} (${d.precision}${d.approximate ? ', approximate' : ''})`;
  if (d.editorial) return `${when}, set by the editors: ${md(d.editorial)}`;
  const basis = d.fromContext ? `inferred from its paragraph: “${md(d.expression)}”` : d.inferred ? `inferred: “${md(d.expression)}”` : `stated: “${md(d.expression)}”`;
  return `${when}, ${basis}${anchorText(d, headlineOf)}`;
}

function anchorText(d: EventDate, headlineOf: (id: string) => string | undefined): string {
  const a = d.anchor;
  if (!a) return '';
  if (a.kind === 'published') return '; counted from the publication day';
  const days = a.offsetDays !== undefined ? ` (${a.offsetDays > 0 ? '+' : ''}${a.offsetDays} days)` : '';
  const name = headlineOf(a.event);
  return `; anchor: ${a.relation}${days} event ${code(a.event)}${name ? ` (“${md(name)}”)` : ''}`;
}

const flagLines = (flags: Flag[]) => flags.map((f) => `- ⚑ **${f.kind}**: ${md(f.reason)}`);

/** The review sheet of `source` (null: all sources). */
export function reviewSheet(all: Records, source: string | null): Sheet {
  const r = recordsOf(all, source);
  const sources = all.sources;
  const order = bySourceOrder(sources);
  const para = new Map(sources.flatMap((s) => s.paragraphs.map((p, i) => [`${s.id}#${p.id}`, i + 1] as const)));
  const actorById = new Map(all.actors.map((a) => [a.id, a]));
  const name = (id: string) => actorById.get(id)?.name ?? all.authorities.find((a) => a.id === id)?.name ?? id;
  const headlineOf = (id: string) => all.events.find((e) => e.id === id)?.headline;
  const where = (c: Cited) => `${code(c.source ?? '?')} ¶ ${para.get(`${c.source}#${c.paragraph}`) ?? '?'} (${code(c.paragraph)})`;
  const evidence = (c: Cited) => [`  - ${where(c)}`, `    > ${md(c.quote)}`];

  const flagged: { kind: FlagKind; anchor: string; title: string; reason: string }[] = [];
  const note = (anchor: string, title: string, flags: Flag[]) => flags.forEach((f) => flagged.push({ kind: f.kind, anchor, title, reason: f.reason }));

  const events: string[] = [];
  for (const e of [...r.events].sort(order)) {
    const flags = eventFlags(e, actorById);
    const anchor = `event-${e.id}`;
    note(anchor, e.headline, flags);
    const others = e.actors.filter((a) => !e.agents.includes(a));
    const added = new Map((e.editorial?.actors ?? []).map((a) => [a.id, a.reason]));
    const names = (ids: string[]) => (ids.length ? ids.map((id) => `${md(name(id))} ${code(id)}${added.has(id) ? ` (added by the editors: ${md(added.get(id)!)})` : ''}`).join('; ') : 'none');
    events.push(
      `<a id="${anchor}"></a>`,
      `### ${md(e.headline)}`,
      '',
      `- Id: ${code(e.id)}`,
      ...(e.editorial?.headline ? [`- Headline set by the editors: ${md(e.editorial.headline)}`] : []),
      `- Date: ${howDated(e, headlineOf)}`,
      `- Agents: ${names(e.agents)}`,
      `- Other actors: ${names(others)}`,
      `- Authorities: ${names(e.authorities)}`,
      '- Evidence:',
      ...evidence(e),
      ...(e.reports ?? []).flatMap((x) => [`  - also ${where(x)}, date ${x.date ? `${x.date.value} (“${md(x.date.expression)}”)` : 'none'}`, `    > ${md(x.quote)}`]),
      ...(e.differences ?? []).map((d) => `- Sources differ on ${md(d.about)}: ${d.values.map((v) => `${md(v.value)} (${code(v.source)})`).join(' / ')}`),
      ...flagLines(flags),
      '',
    );
  }

  const actors: string[] = [];
  for (const a of [...r.actors].sort((x, y) => x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1))) {
    const flags = actorFlags(a, all.events);
    const anchor = `actor-${a.id}`;
    note(anchor, a.name, flags);
    const roles = [...new Set(a.roles.map((x) => x.role))];
    actors.push(
      `<a id="${anchor}"></a>`,
      `### ${md(a.name)}`,
      '',
      `- Id: ${code(a.id)} · kind: ${a.kind}`,
      `- Other names: ${a.aliases.length ? a.aliases.map((x) => `“${md(x)}”`).join(', ') : 'none'}`,
      ...(roles.length ? ['- Roles:'] : ['- Roles: none']),
      ...roles.flatMap((role) => [`  - “${md(role)}”`, ...a.roles.filter((x) => x.role === role).flatMap((x) => evidence(x).map((l) => `  ${l}`))]),
      `- Mentions: ${a.mentions.length} (${[...new Set(a.mentions.map((m) => `“${md(m.text)}”`))].join(', ')}); quotations: ${a.statements.length}`,
      ...(a.editorial ? [`- Editorial: ${[a.editorial.description, a.editorial.citation, a.editorial.madeUnder && `made under ${a.editorial.madeUnder}`, a.editorial.url].filter(Boolean).map((x) => md(x!)).join(' · ')}`] : []),
      ...flagLines(flags),
      '',
    );
  }

  const authorities: string[] = [];
  for (const a of [...r.authorities].sort((x, y) => x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1))) {
    const flags = authorityFlags(a);
    const anchor = `authority-${a.id}`;
    note(anchor, a.name, flags);
    authorities.push(
      `<a id="${anchor}"></a>`,
      `### ${md(a.name)}`,
      '',
      `- Id: ${code(a.id)} · kind: ${a.kind} · year: ${a.year ?? 'none'}`,
      `- Other names: ${a.aliases.length ? a.aliases.map((x) => `“${md(x)}”`).join(', ') : 'none'}`,
      `- Editorial citation: ${a.editorial?.citation ? md(a.editorial.citation) : 'none'}`,
      `- Mentions: ${a.mentions.length}, first:`,
      ...evidence([...a.mentions].sort(order)[0]!),
      ...flagLines(flags),
      '',
    );
  }

  const counts = new Map<FlagKind, number>();
  for (const f of flagged) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const byKind = flagKinds.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!] as [FlagKind, number]);
  const title = source === null ? 'all sources' : `${md(r.sources[0]?.title ?? source)} (${code(source)})`;
  const markdown = [
    `# Review sheet: ${title}`,
    '',
    `Generated by \`npm run review\` from the built records (content/). ${r.events.length} events, ${r.actors.length} actors, ${r.authorities.length} authorities; ${flagged.length} flags. ` +
      'A flag marks what the rules were least sure of; a wrong record is corrected in seeds/overlay.yaml (see its header), never here.',
    '',
    '## Flags',
    '',
    ...(byKind.length ? ['| flag | count |', '|---|---|', ...byKind.map(([k, n]) => `| ${k} | ${n} |`), ''] : ['None.', '']),
    ...byKind.flatMap(([k]) => [`### ${k}`, '', ...flagged.filter((f) => f.kind === k).map((f) => `- [${md(f.title)}](#${f.anchor}): ${md(f.reason)}`), '']),
    `## Events (${r.events.length})`,
    '',
    'In the order the sources report them.',
    '',
    ...events,
    `## Actors (${r.actors.length})`,
    '',
    ...actors,
    `## Authorities (${r.authorities.length})`,
    '',
    ...authorities,
  ].join('\n');
  return { markdown: `${markdown.trimEnd()}\n`, counts: { events: r.events.length, actors: r.actors.length, authorities: r.authorities.length }, flags: byKind };
}

/** The one line `npm run review` prints. */
export function summaryLine(sheet: Sheet, out: string): string {
  const n = sheet.flags.reduce((s, [, c]) => s + c, 0);
  const kinds = sheet.flags.map(([k, c]) => `${k} ${c}`).join(', ');
  const { events, actors, authorities } = sheet.counts;
  return `review: ${events} events, ${actors} actors, ${authorities} authorities; ${n} flag${n === 1 ? '' : 's'}${kinds ? ` (${kinds})` : ''} -> ${out}`;
}
