/**
 * Counts the regular expressions in TypeScript sources, by the TypeScript scanner's own parse:
 * regex literals and `new RegExp(…)` / `RegExp(…)` calls, per file and in all; and the regexes
 * written as strings in JSON data files that the code turns into RegExp (counted at the JSON file).
 *   node --experimental-strip-types scripts/count-regexes.ts [dir ...]   (default: src/ingest)
 *
 * A JSON value reaches a RegExp when the RegExp's source names it (`new RegExp(data.x)`, a template
 * around `data.x`, a constant built from it, or the element of `data.xs.map((p) => new RegExp(p))`).
 * A RegExp whose whole source is one JSON string is counted once, at the JSON file, for each string
 * it is built from. A string only spliced into a larger source counts when it holds regex syntax
 * (a plain word joined into an alternation is a word list, not a regex); one passed through
 * `escapeRe` is literal text and never counts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Regex strings found in one JSON file, keyed by where each sits in it ("lines.3"). */
export type DataRegexes = Map<string, Set<string>>;

export interface FileCount {
  literals: number;
  /** RegExp constructions whose source is not one JSON string (those count at the JSON file). */
  constructed: number;
  /** JSON file (absolute path) -> keys of the strings in it that the code makes regexes of. */
  data: DataRegexes;
}

const ITERATORS = new Set(['map', 'flatMap', 'some', 'every', 'filter', 'forEach', 'find']);
const REGEX_SYNTAX = /[\\^$|?*+()[\]{}]/;
type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Ref = { file: string; value: Json; key: string; keys: boolean };

const isRegExpCall = (n: ts.Node): n is ts.NewExpression | ts.CallExpression =>
  (ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp';

const calleeName = (n: ts.CallExpression) =>
  ts.isIdentifier(n.expression)
    ? n.expression.text
    : ts.isPropertyAccessExpression(n.expression)
      ? n.expression.name.text
      : '';

/** Every string in a JSON value (or, for `Object.keys`, its keys), with where it sits. */
function leaves(value: Json, key: string, keys: boolean): [string, string][] {
  if (typeof value === 'string') return [[key, value]];
  if (value === null || typeof value !== 'object') return [];
  if (keys && !Array.isArray(value)) return Object.keys(value).map((k) => [`${key}.${k}#key`, k]);
  return Object.entries(value).flatMap(([k, v]) => leaves(v, key ? `${key}.${k}` : k, false));
}

/** Reads one file's JSON imports and constants, then follows each RegExp's source back to them. */
class Tracer {
  private readonly imports = new Map<string, { file: string; data: Json }>();
  private readonly constants = new Map<string, ts.Expression>();

  constructor(path: string, source: ts.SourceFile) {
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) this.addImport(path, node);
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
        this.constants.set(node.name.text, node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  private addImport(path: string, node: ts.ImportDeclaration) {
    const spec = (node.moduleSpecifier as ts.StringLiteral).text;
    const name = node.importClause?.name?.text;
    if (!name || !spec.endsWith('.json') || !spec.startsWith('.')) return;
    const file = resolve(dirname(path), spec);
    this.imports.set(name, { file, data: JSON.parse(readFileSync(file, 'utf8')) as Json });
  }

  /** The JSON value a property chain rooted at an import names (as far as the data goes). */
  private chain(node: ts.Expression): Ref | null {
    const names: string[] = [];
    let n: ts.Expression = node;
    while (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) {
      if (ts.isPropertyAccessExpression(n)) names.unshift(n.name.text);
      else if (ts.isStringLiteral(n.argumentExpression) || ts.isNumericLiteral(n.argumentExpression))
        names.unshift(n.argumentExpression.text);
      else return null;
      n = n.expression;
    }
    const root = ts.isIdentifier(n) ? this.imports.get(n.text) : undefined;
    if (!root) return null;
    let value = root.data;
    const key: string[] = [];
    for (const name of names) {
      if (value === null || typeof value !== 'object' || !(name in value)) break;
      value = (value as Record<string, Json>)[name]!;
      key.push(name);
    }
    return { file: root.file, value, key: key.join('.'), keys: false };
  }

  /** The array a callback's parameter walks over (`xs.map((p) => …)` -> xs), if any. */
  private iterated(param: ts.Identifier): ts.Expression | null {
    let fn: ts.Node | undefined = param.parent;
    while (fn && !ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) fn = fn.parent;
    if (!fn) return null;
    const f = fn as ts.ArrowFunction | ts.FunctionExpression;
    const first = f.parameters[0]?.name;
    const call = f.parent;
    if (!first || !ts.isIdentifier(first) || first.text !== param.text) return null;
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return null;
    return ITERATORS.has(call.expression.name.text) ? call.expression.expression : null;
  }

  /** JSON values an expression is built from, unescaped. */
  refs(node: ts.Node, seen = new Set<ts.Node>()): Ref[] {
    if (seen.has(node)) return [];
    seen.add(node);
    if (ts.isCallExpression(node)) {
      if (calleeName(node) === 'escapeRe') return [];
      const arg = node.arguments[0];
      if (calleeName(node) === 'map' && arg && ts.isIdentifier(arg) && arg.text === 'escapeRe') return [];
      if (calleeName(node) === 'keys' && arg) return this.refs(arg, seen).map((r) => ({ ...r, keys: true }));
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const ref = this.chain(node);
      if (ref) return [ref];
    }
    if (ts.isIdentifier(node)) return this.identifierRefs(node, seen);
    const out: Ref[] = [];
    ts.forEachChild(node, (c) => void out.push(...this.refs(c, seen)));
    return out;
  }

  private identifierRefs(node: ts.Identifier, seen: Set<ts.Node>): Ref[] {
    const root = this.imports.get(node.text);
    if (root) return [{ file: root.file, value: root.data, key: '', keys: false }];
    const over = this.iterated(node);
    if (over) return this.refs(over, seen);
    const init = this.constants.get(node.text);
    return init ? this.refs(init, seen) : [];
  }

  /** Whether a RegExp's source is one JSON string (a chain, or the element of a JSON list). */
  wholeData(call: ts.NewExpression | ts.CallExpression): Ref[] | null {
    let arg: ts.Node | undefined = call.arguments?.[0];
    while (arg && ts.isParenthesizedExpression(arg)) arg = arg.expression;
    if (!arg) return null;
    const direct = ts.isIdentifier(arg) ? this.iterated(arg) : arg;
    const ref =
      direct && (ts.isPropertyAccessExpression(direct) || ts.isElementAccessExpression(direct))
        ? this.chain(direct)
        : null;
    return ref ? [ref] : null;
  }
}

function addStrings(data: DataRegexes, refs: Ref[], all: boolean) {
  for (const r of refs)
    for (const [key, s] of leaves(r.value, r.key, r.keys))
      if (all || REGEX_SYNTAX.test(s)) {
        if (!data.has(r.file)) data.set(r.file, new Set());
        data.get(r.file)!.add(key);
      }
}

/** Regex literals and RegExp constructions in one file, and the JSON strings they are built from. */
export function countRegexes(path: string, text = readFileSync(path, 'utf8')): FileCount {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const tracer = new Tracer(path, source);
  const data: DataRegexes = new Map();
  let literals = 0;
  let constructed = 0;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals++;
    else if (isRegExpCall(node)) {
      const whole = tracer.wholeData(node);
      if (whole) addStrings(data, whole, true);
      else {
        constructed++;
        addStrings(
          data,
          (node.arguments ?? []).flatMap((a) => tracer.refs(a)),
          false,
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, constructed, data };
}

/** Per-file lines and the total over directories: TS files by their own count, JSON by their strings. */
export function report(dirs: string[], cwd = process.cwd()): { lines: string[]; total: number } {
  const rows: [string, number, string][] = [];
  const data: DataRegexes = new Map();
  for (const dir of dirs)
    for (const f of files(dir).sort()) {
      const c = countRegexes(f);
      if (c.literals + c.constructed)
        rows.push([
          relative(cwd, resolve(f)),
          c.literals + c.constructed,
          `${c.literals} literal, ${c.constructed} new RegExp`,
        ]);
      for (const [file, keys] of c.data) data.set(file, new Set([...(data.get(file) ?? []), ...keys]));
    }
  for (const [file, keys] of data) rows.push([relative(cwd, file), keys.size, `${keys.size} regex strings`]);
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const total = rows.reduce((n, r) => n + r[1], 0);
  const lines = rows.map(([f, n, how]) => `${String(n).padStart(4)}  ${f} (${how})`);
  return { lines: [...lines, `${String(total).padStart(4)}  in all`], total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  for (const line of report(dirs.length ? dirs : ['src/ingest']).lines) console.log(line);
}
