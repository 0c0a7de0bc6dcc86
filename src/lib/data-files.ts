import type { Corpus } from '../schemas/index.ts';
import type { CitationIndex } from './citations.ts';
import type { DataFileName } from '../schemas/data-export.ts';
import { exportCollection, exportStatements } from './data-export.ts';

/** The content of /data/<name>.json: a collection of records, or every quotation. */
export function dataFile(corpus: Corpus, cites: CitationIndex, name: DataFileName, site: URL | undefined, base: string) {
  return name === 'statements' ? exportStatements(corpus, cites, site, base) : exportCollection(corpus, name, site, base);
}
