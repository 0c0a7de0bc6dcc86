import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { axeViolations, siteUrl, usePage } from './harness.ts';
import { DIST, distPages, readPage } from './dist-files.ts';
import { dataFileNames, dataFiles } from '../../src/schemas/index.ts';

// /data/: each file as JSON, CSV and JSON Schema, and a page describing them.
const read = (name: string) => readFileSync(join(DIST, 'data', name), 'utf8');
const json = (name: string) => JSON.parse(read(name)) as { collection: string; count: number; records: Record<string, unknown>[] };

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

const ctx = usePage();

describe('data files', () => {
  test('statements are published beside actors, authorities, events and sources', () => {
    expect(dataFileNames.sort()).toEqual(['actors', 'authorities', 'events', 'sources', 'statements']);
    const said = json('actors.json').records.reduce((n, a) => n + (a.statements as unknown[]).length, 0);
    expect(json('statements.json').count).toBe(said);
    expect(said).toBeGreaterThan(0);
  });

  for (const name of dataFileNames) {
    test(`/data/${name}.json is valid against /data/${name}.schema.json, generated from the zod schema`, () => {
      const schema = JSON.parse(read(`${name}.schema.json`));
      const { title, ...generated } = schema;
      expect(title).toBe(`/data/${name}.json`);
      expect(generated).toEqual(z.toJSONSchema(dataFiles[name], { io: 'output', target: 'draft-2020-12' }));
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
      const data = json(`${name}.json`);
      expect(validate(data) ? [] : validate.errors).toEqual([]);
      expect(data.count).toBe(data.records.length);
    });

    test(`/data/${name}.csv has a header and one row per record of the JSON, with the same urls`, () => {
      const [header, ...rows] = parseCsv(read(`${name}.csv`));
      const records = json(`${name}.json`).records;
      expect(rows).toHaveLength(records.length);
      const url = header!.indexOf('url');
      expect(url).toBeGreaterThanOrEqual(0);
      expect(rows.map((r) => r[url])).toEqual(records.map((r) => r.url));
      for (const r of rows) expect(r).toHaveLength(header!.length);
      const id = header!.indexOf('id');
      if (id >= 0) expect(rows.map((r) => r[id])).toEqual(records.map((r) => r.id));
    });
  }
});

describe('the /data/ page', () => {
  test('is linked from the footer of every page', () => {
    const without = distPages().filter((p) => !parse(readPage(p.file)).querySelector('footer a[href="/data/"]')).map((p) => p.path);
    expect(without).toEqual([]);
  });

  test('describes every file, with its JSON, CSV and JSON Schema, and has no axe violations', async () => {
    await ctx.page.goto(siteUrl('/data/'));
    for (const name of dataFileNames) {
      for (const [label, ext] of [['JSON', 'json'], ['CSV', 'csv'], ['JSON Schema', 'schema.json']])
        expect(await ctx.page.getByRole('link', { name: `${label} of ${name}`, exact: true }).getAttribute('href')).toBe(`/data/${name}.${ext}`);
      expect(await ctx.page.locator(`#${name}`).count()).toBe(1);
    }
    expect(await axeViolations(ctx.page)).toEqual([]);
  });
});
