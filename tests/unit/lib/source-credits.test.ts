import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { sourceCredits } from '../../../src/lib/source-credits.ts';
import type { Source } from '../../../src/schemas/index.ts';

const source = (id: string, agency?: string): Source => ({
  id, title: 'An invented story', outlet: 'Example Radio', published: '2024-03-05', file: `seeds/${id}.txt`, paragraphs: [{ id: 'p-a-1111', text: 'A.' }],
  ...(agency ? { agency } : {}),
});

describe('source credits', () => {
  test("the agency comes from the source's content record; a source without one has none", () => {
    const credits = sourceCredits([source('a', 'Example Wire'), source('b')]);
    expect(credits.get('a')).toEqual({ agency: 'Example Wire' });
    expect(credits.get('b')).toEqual({});
  });

  test('the site reads content/ alone: no helper of the site imports the ingest', () => {
    for (const f of readdirSync('src/lib', { recursive: true }).map(String).filter((n) => n.endsWith('.ts')))
      expect(readFileSync(`src/lib/${f}`, 'utf8'), f).not.toMatch(/from ['"](?:\.\.\/)+ingest\//u);
  });
});
