import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

describe('the site reads content/ alone', () => {
  test('no helper of the site imports the ingest', () => {
    for (const f of readdirSync('src/lib', { recursive: true }).map(String).filter((n) => n.endsWith('.ts')))
      expect(readFileSync(`src/lib/${f}`, 'utf8'), f).not.toMatch(/from ['"](?:\.\.\/)+ingest\//u);
  });
});
