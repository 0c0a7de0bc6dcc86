import type { Corpus } from '../schemas/index.ts';
import { dataFileNames, dataFiles, type DataFileName } from '../schemas/data-export.ts';
import { CSV_COLUMNS } from './data-csv.ts';

/** What the /data/ page lists for each file: what it holds, how many records, its three files and CSV columns. */
export function dataFileList(corpus: Corpus): { name: DataFileName; about: string; count: number; files: { label: string; path: string }[]; columns: { name: string; about: string }[] }[] {
  const count = (name: DataFileName) => (name === 'statements' ? corpus.actors.reduce((n, a) => n + a.statements.length, 0) : corpus[name].length);
  return dataFileNames.map((name) => ({
    name,
    about: dataFiles[name].description ?? '',
    count: count(name),
    files: [
      { label: 'JSON', path: `/data/${name}.json` },
      { label: 'CSV', path: `/data/${name}.csv` },
      { label: 'JSON Schema', path: `/data/${name}.schema.json` },
    ],
    columns: CSV_COLUMNS[name].map((c) => ({ name: c.name, about: c.about })),
  }));
}
