import type { Corpus } from '../schemas/index.ts';
import { publicUrl, recordPath, withBase, type Collection } from './urls.ts';
import { sitePages } from './site-pages.ts';
import type { CitationIndex } from './citations.ts';
import type { Source, SourceRecord, StatementRecord } from '../schemas/index.ts';

/** The records of one collection for /data/<name>.json, each with its url (absolute when SITE is set). */
export function exportCollection(corpus: Corpus, name: Collection, site: URL | undefined, base: string) {
  const abs = (id: string) => publicUrl(site, base, recordPath(name, id));
  const records = corpus[name] as { id: string }[];
  if (name === 'sources') return { collection: name, count: records.length, records: corpus.sources.map((s) => sourceRecord(s, abs(s.id))) };
  return { collection: name, count: records.length, records: records.map((r) => ({ ...r, url: abs(r.id) })) };
}

/** A source for /data/sources.json: its own address as originalUrl only when recorded, its page here as url. */
export function sourceRecord({ url: original, ...rest }: Source, page: string): SourceRecord {
  return { ...rest, ...(original ? { originalUrl: original } : {}), url: page };
}

/** Every page of the site, for sitemap.xml. */
export function sitePaths(corpus: Corpus): string[] {
  return sitePages(corpus).map((p) => p.path);
}

/** robots.txt: everything allowed; the sitemap line only when the origin is known (it must be absolute). */
export function robotsTxt(site: URL | undefined, base: string): string {
  return `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(withBase(base, '/sitemap.xml'), site).href}\n` : ''}`;
}

/** Every quotation of every actor, for /data/statements.json: its words, who, where, and the paragraph's address. */
export function exportStatements(corpus: Corpus, cites: CitationIndex, site: URL | undefined, base: string) {
  const records: StatementRecord[] = corpus.actors.flatMap((a) =>
    a.statements.map((s) => {
      const source = s.source ?? cites.defaultSource;
      return {
        actor: a.id,
        source,
        paragraph: s.paragraph,
        paragraphNumber: cites.number(source, s.paragraph) ?? 1,
        quote: s.quote,
        url: publicUrl(site, base, `${recordPath('sources', source)}#${s.paragraph}`),
      };
    }),
  );
  return { collection: 'statements' as const, count: records.length, records };
}
