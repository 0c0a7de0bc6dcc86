import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { report } from '../../../scripts/count-regexes.ts';

// The extractor stays readable: small functions, short lines, few regular expressions (text that
// is not yet tokens only). These read the sources, so a change that breaks a limit fails here.
const ROOT = 'src/ingest';
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

/** Every function, method and arrow in a file whose body spans more than `max` lines. */
function longFunctions(path: string, max: number): string[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const from = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const to = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = 'name' in node && node.name ? node.name.getText(source) : '(anonymous)';
      if (to - from + 1 > max) out.push(`${path}:${from + 1} ${name} (${to - from + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the extractor’s code stays small', () => {
  it('has no function over 60 lines', () => {
    expect(files(ROOT).flatMap((f) => longFunctions(f, 60))).toEqual([]);
  });

  it('has no line over 120 characters', () => {
    const long = files(ROOT).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > 120 ? [`${f}:${i + 1} (${line.length})`] : [])),
    );
    expect(long).toEqual([]);
  });

  it('holds at most 60 regular expressions, in code and in data', () => {
    expect(report([ROOT]).total).toBeLessThanOrEqual(60);
  });
});
