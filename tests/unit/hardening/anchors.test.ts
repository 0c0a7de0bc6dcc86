// Anchors that never rot: a paragraph's id, a record's id (its URL) and a section heading's id
// stay the same when the article around them, the extraction or the mentions change.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ingestArticle, type Article } from '../../../src/ingest/pipeline.ts';
import { overlay as overlaySchema, sourceMeta } from '../../../src/schemas/index.ts';
import { recordPath } from '../../../src/lib/urls.ts';
import { ROOT } from './cli.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/anchors');
const text = readFileSync(join(FIXTURE, 'article.txt'), 'utf8');
const meta = sourceMeta.parse(parseYaml(readFileSync(join(FIXTURE, 'article.meta'), 'utf8')));
const noOverlay = overlaySchema.parse({});
const paras = text.trim().split(/\n\s*\n/);

const ingest = (t: string, overlay = noOverlay): Article => ingestArticle('tests/fixtures/anchors/article.txt', t, meta, overlay);
const join2 = (ps: string[]) => `${ps.join('\n\n')}\n`;
const idOf = (a: Article) => new Map(a.source.paragraphs.map((p) => [p.text, p.id]));

/** Every paragraph of `after` that was in `before` has the id it had there. */
function expectSameIds(before: Article, after: Article) {
  const was = idOf(before);
  const kept = after.source.paragraphs.filter((p) => was.has(p.text));
  expect(kept.length).toBeGreaterThan(0);
  for (const p of kept) expect(p.id, p.text).toBe(was.get(p.text));
}

describe('paragraph ids, through the whole ingest of an article', () => {
  const base = ingest(text);

  test('the fixture has the paragraphs the variants below work on', () => {
    expect(base.source.paragraphs.map((p) => p.text)).toEqual(paras);
  });

  test('inserting a paragraph at the start, in the middle and at the end changes no other id', () => {
    const extra = 'An editor inserted this paragraph later, with words of its own.';
    for (const at of [0, 2, paras.length]) {
      const variant = ingest(join2([...paras.slice(0, at), extra, ...paras.slice(at)]));
      expect(variant.source.paragraphs).toHaveLength(paras.length + 1);
      expectSameIds(base, variant);
    }
  });

  test('removing a paragraph changes no other id', () => {
    for (let i = 0; i < paras.length; i++) expectSameIds(base, ingest(join2(paras.filter((_, j) => j !== i))));
  });

  test('re-ordering the paragraphs changes no id', () => {
    const variant = ingest(join2([...paras].reverse()));
    expect(variant.source.paragraphs).toHaveLength(paras.length);
    expectSameIds(base, variant);
  });

  test('hard wraps, CRLF and extra blank lines change no id', () => {
    const messy = `\r\n\r\n${paras.map((p) => p.replace(/ the /, ' the\r\n')).join('\r\n\r\n\r\n')}\r\n`;
    expect(ingest(messy).source.paragraphs).toEqual(base.source.paragraphs);
  });

  test('a change in extraction (the overlay excludes two names) changes records, never paragraph ids', () => {
    const changed = ingest(text, overlaySchema.parse({ exclude: ['White House', 'Congress'] }));
    expect(changed.actors.map((a) => a.id)).not.toEqual(base.actors.map((a) => a.id));
    expect(changed.source.paragraphs).toEqual(base.source.paragraphs);
  });

  test('editing one paragraph changes only that paragraph\'s id', () => {
    const edited = [...paras];
    edited[1] = edited[1]!.replace('meeting', 'long meeting');
    const variant = ingest(join2(edited));
    expectSameIds(base, variant);
    expect(variant.source.paragraphs[1]!.id).not.toBe(base.source.paragraphs[1]!.id);
  });
});

describe("a record's id (its URL) does not depend on how often it is mentioned", () => {
  const person = (a: Article) => a.actors.find((x) => x.kind === 'person' && x.name.includes('Hegseth'));

  test('the same actor id and page URL with more and with fewer mentions', () => {
    const base = person(ingest(text));
    const fewer = person(ingest(join2(paras.filter((p) => !p.startsWith('Hegseth')))));
    const more = person(ingest(join2([...paras, 'Hegseth later said the options were ready, and Hegseth repeated it on Tuesday.'])));
    expect(base?.id).toBe('pete-hegseth');
    expect(fewer?.id).toBe(base!.id);
    expect(more?.id).toBe(base!.id);
    expect(recordPath('actors', fewer!.id)).toBe(recordPath('actors', base!.id));
    // The variants really differ in mentions.
    expect(fewer!.mentions.length).toBeLessThan(base!.mentions.length);
    expect(more!.mentions.length).toBeGreaterThan(base!.mentions.length);
  });

  test('the source id comes from the sidecar, not from the text', () => {
    expect(ingest(join2(paras.slice(2))).source.id).toBe(ingest(text).source.id);
  });
});

describe('section heading ids are fixed in the templates', () => {
  const templates: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d, { withFileTypes: true }))
      if (n.isDirectory()) walk(join(d, n.name));
      else if (n.name.endsWith('.astro')) templates.push(join(d, n.name));
  };
  walk(join(ROOT, 'src/pages'));
  walk(join(ROOT, 'src/components'));
  // Computed ids allowed: each is built from a fixed vocabulary (a record kind, a letter, a year,
  // a /data/ file name, a source's id on /updates/, what sources differ on), never from a
  // position, a count, the clock or free text.
  const COMPUTED = [/^g\.kind$/, /^`az-\$\{.*g\.letter.*\}`$/, /^`y-\$\{y\.year\}`$/, /^f\.name$/, /^u\.anchor$/, /^`\$\{u\.anchor\}-(records|events|facts)`$/, /^`differ-\$\{d\.slug\}`$/];

  test('every <SectionHeading> and heading id is a literal string or built from a fixed vocabulary', () => {
    const bad: string[] = [];
    let literal = 0;
    for (const file of templates) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/<(?:SectionHeading|h[1-6])\b[^>]*?\bid=(?:"([^"]*)"|\{((?:[^{}]|\{[^{}]*\})*)\})/g)) {
        if (m[1] !== undefined) {
          literal++;
          if (!/^[a-z][a-z0-9-]*$/.test(m[1])) bad.push(`${file}: id "${m[1]}"`);
        } else if (!COMPUTED.some((re) => re.test(m[2]!.trim()))) bad.push(`${file}: id={${m[2]}}`);
      }
    }
    expect(literal).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});
