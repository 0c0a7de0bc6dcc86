/**
 * Counts the regular expressions in TypeScript sources, by the TypeScript scanner's own parse:
 * regex literals and `new RegExp(…)` / `RegExp(…)` calls, per file and in all.
 *   node --experimental-strip-types scripts/count-regexes.ts [dir ...]   (default: src/ingest)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Regex literals and RegExp constructions in one file. */
export function countRegexes(path: string, text = readFileSync(path, 'utf8')): { literals: number; constructed: number } {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  let literals = 0;
  let constructed = 0;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals++;
    else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') constructed++;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, constructed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  let total = 0;
  for (const dir of dirs.length ? dirs : ['src/ingest']) {
    for (const f of files(dir).sort()) {
      const { literals, constructed } = countRegexes(f);
      if (literals + constructed) console.log(`${String(literals + constructed).padStart(4)}  ${f} (${literals} literal, ${constructed} new RegExp)`);
      total += literals + constructed;
    }
  }
  console.log(`${String(total).padStart(4)}  in all`);
}
