import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceCredits } from '../../../src/lib/source-credits.ts';
import type { Source } from '../../../src/schemas/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'credits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = (id: string, file: string): Source => ({
  id, title: 'An invented story', outlet: 'Example Radio', published: '2024-03-05', file, paragraphs: [{ id: 'p-a-1111', text: 'A.' }],
});

describe('source credits', () => {
  test("the agency comes from the source's sidecar; a source without one, or without a sidecar, has none", () => {
    writeFileSync(join(dir, 'a.txt'), 'A.\n');
    writeFileSync(join(dir, 'a.meta'), 'title: An invented story\noutlet: Example Radio\nagency: Example Wire\npublished: 2024-03-05\n');
    writeFileSync(join(dir, 'b.txt'), 'B.\n');
    writeFileSync(join(dir, 'b.meta'), 'title: Another\noutlet: Example Radio\npublished: 2024-03-05\n');
    const credits = sourceCredits([source('a', join(dir, 'a.txt')), source('b', join(dir, 'b.txt')), source('c', join(dir, 'missing.txt'))]);
    expect(credits.get('a')).toEqual({ agency: 'Example Wire' });
    expect(credits.get('b')).toEqual({});
    expect(credits.get('c')?.agency).toBeUndefined();
  });
});
