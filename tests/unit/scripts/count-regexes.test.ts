import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countRegexes, report } from '../../../scripts/count-regexes.ts';

/** A throwaway source tree: one stage file and the JSON data it reads. */
function tree(code: string, data: object): { dir: string; stage: string } {
  const dir = mkdtempSync(join(tmpdir(), 'count-regexes-'));
  mkdirSync(join(dir, 'stages'));
  mkdirSync(join(dir, 'lexicons'));
  writeFileSync(join(dir, 'lexicons', 'furniture.json'), JSON.stringify(data));
  const stage = join(dir, 'stages', 'stage.ts');
  writeFileSync(stage, `import data from '../lexicons/furniture.json' with { type: 'json' };\n${code}`);
  return { dir, stage };
}

const keysOf = (stage: string) => [...countRegexes(stage).data.values()].flatMap((s) => [...s]).sort();

describe('count-regexes', () => {
  test('counts regex literals and RegExp constructions in TypeScript', () => {
    const { stage } = tree('const a = /x/g;\nconst b = new RegExp("y");\nconst c = RegExp("z");\n', {});
    expect(countRegexes(stage)).toMatchObject({ literals: 1, constructed: 2 });
  });

  test('counts each JSON string a list of regexes is compiled from, at the JSON file, not the RegExp call', () => {
    const { stage } = tree('const all = data.lines.map((p) => new RegExp(p, "i"));\n', {
      _comment: 'not a pattern',
      lines: ['^menu$', '^share$', 'plain words'],
    });
    expect(countRegexes(stage).constructed).toBe(0);
    expect(keysOf(stage)).toEqual(['lines.0', 'lines.1', 'lines.2']);
  });

  test('counts a JSON string with regex syntax spliced into a larger source, through a constant', () => {
    const code = 'const CODE = data.code.slice(1);\nconst re = new RegExp(`\\\\b${CODE}\\\\b`);\n';
    const { stage } = tree(code, { code: '^[A-Z]{2}-\\d+$', words: ['alpha'] });
    expect(countRegexes(stage).constructed).toBe(1);
    expect(keysOf(stage)).toEqual(['code']);
  });

  test('does not count plain words joined into an alternation, nor escaped strings', () => {
    const code =
      'declare const escapeRe: (s: string) => string;\n' +
      'const a = new RegExp(data.words.join("|"));\nconst b = new RegExp(data.marks.map(escapeRe).join("|"));\n';
    const { stage } = tree(code, { words: ['alpha', 'beta'], marks: ['a.b', '(c)'] });
    expect(keysOf(stage)).toEqual([]);
  });

  test('reports JSON files per file beside the TypeScript ones, in the total', () => {
    const { dir } = tree('const all = data.lines.map((p) => new RegExp(p));\nconst x = /q/;\n', {
      lines: ['^a$', '^b$'],
    });
    const { lines, total } = report([dir], dir);
    expect(lines).toEqual([
      '   2  lexicons/furniture.json (2 regex strings)',
      '   1  stages/stage.ts (1 literal, 0 new RegExp)',
      '   3  in all',
    ]);
    expect(total).toBe(3);
  });
});
