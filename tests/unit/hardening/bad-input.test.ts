// Bad input is refused clearly: the real commands, run as child processes, exit non-zero with ONE
// line on stderr that names the file and the problem (never a stack trace), and extract prints
// nothing on stdout. Input that is only encoded differently (CRLF, lone CR, UTF-16 with a BOM)
// just works.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, ingest, meta, removeTempDirs, snapshot, tempDir, type Run } from './cli.ts';

afterAll(removeTempDirs);

const ARTICLE = 'WASHINGTON — The first paragraph of a small article says one thing.\n\nThe second paragraph says another, and ends here.\n\n"A quoted third paragraph," a spokesperson said.\n';
const GOOD_META = { id: 'example-2025-08-08-small-article', title: 'A small article', outlet: 'Example News', published: '2025-08-08' };

/** The refusal shape: the exit code, nothing on stdout, exactly this one line on stderr. */
async function expectRefused(run: Promise<Run>, exit: number, line: string) {
  const r = await run;
  expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: exit, stdout: exit === 2 ? '' : r.stdout, stderr: `${line}\n` });
  expect(r.stderr).not.toMatch(/^\s+at /m);
}

// Each case starts a Node process; on a busy two-core machine that can take seconds.
vi.setConfig({ testTimeout: 120_000 });

let dir: string;
const write = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);

beforeAll(() => {
  dir = tempDir('bad-input');
  write('good.txt', ARTICLE);
  write('empty.txt', '');
  write('blank.txt', '  \n\t\n   \r\n\n');
  // The first bytes of a PNG: NULs and bytes that are not UTF-8.
  write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  write('latin1.txt', Buffer.concat([Buffer.from('A first line in UTF-8.\n\nThe caf'), Buffer.from([0xe9]), Buffer.from(' was closed.\n')]));
  write('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
  write('utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]));
  write('utf16-nobom.txt', Buffer.from(ARTICLE, 'utf16le'));
  write('utf8-bom.txt', `\uFEFF${ARTICLE}`);
  write('crlf.txt', ARTICLE.replace(/\n/g, '\r\n'));
  write('cr.txt', ARTICLE.replace(/\n/g, '\r'));
  write('big.txt', Buffer.alloc(5_000_000, 'A sentence of a very long article, repeated until the file is five megabytes.\n\n'));
  mkdirSync(join(dir, 'folder.txt'));
});

/** Paragraph texts (not ids: titles differ by file name) of an extract run. */
const paragraphsOf = async (run: Promise<Run>) => {
  const r = await run;
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { source: { paragraphs: { id: string; text: string }[] } }).source.paragraphs;
};

describe.concurrent('extract refuses what is not an article, with exit 2 and one line naming the file', () => {
  test('a missing file', () => expectRefused(extract(dir, 'nope.txt', '--published', '2025-08-08'), 2, 'error: nope.txt: no such file'));
  test('a directory', () =>
    expectRefused(extract(dir, 'folder.txt', '--published', '2025-08-08'), 2, 'error: folder.txt: is a directory, not an article file'));
  test('an empty file', () => expectRefused(extract(dir, 'empty.txt', '--published', '2025-08-08'), 2, 'error: empty.txt: is empty (0 bytes)'));
  test('whitespace only', () =>
    expectRefused(extract(dir, 'blank.txt', '--published', '2025-08-08'), 2, 'error: blank.txt: holds only whitespace, no text'));
  test('a binary file', () =>
    expectRefused(extract(dir, 'image.txt', '--published', '2025-08-08'), 2, 'error: image.txt: looks binary (it contains NUL bytes), not an article'));
  test('invalid UTF-8 (a Latin-1 byte), with the line it is on', () =>
    expectRefused(extract(dir, 'latin1.txt', '--published', '2025-08-08'), 2, 'error: latin1.txt: is not valid UTF-8 text (line 3); save it as UTF-8'));
  test('UTF-16 without a byte-order mark cannot be told from binary safely: refused with the fix', () =>
    expectRefused(
      extract(dir, 'utf16-nobom.txt', '--published', '2025-08-08'),
      2,
      'error: utf16-nobom.txt: looks like UTF-16 without a byte-order mark; save it as UTF-8',
    ));
  test('a 5 MB file (a whole web page or a book, not a news article)', () =>
    expectRefused(extract(dir, 'big.txt', '--published', '2025-08-08'), 2, 'error: big.txt: is 5.0 MB; an article must be under 2 MB'));
  test('no file at all', () => expectRefused(extract(dir), 2, 'error: extract: usage: extract <article.txt> [--published YYYY-MM-DD]'));
  test('no publication date (no sidecar, no --published)', () =>
    expectRefused(extract(dir, 'good.txt'), 2, 'error: good.txt: has no publication date: pass --published YYYY-MM-DD or put a .meta sidecar beside it'));
});

describe.concurrent('extract refuses a bad or impossible date', () => {
  test('--published 2025-13-45', () =>
    expectRefused(extract(dir, 'good.txt', '--published', '2025-13-45'), 2, 'error: good.txt: --published "2025-13-45" is not a real date written YYYY-MM-DD'));
  test('--published yesterday', () =>
    expectRefused(extract(dir, 'good.txt', '--published', 'yesterday'), 2, 'error: good.txt: --published "yesterday" is not a real date written YYYY-MM-DD'));
  test('--published 2025-02-30 (the format is right, the day does not exist)', () =>
    expectRefused(extract(dir, 'good.txt', '--published', '2025-02-30'), 2, 'error: good.txt: --published "2025-02-30" is not a real date written YYYY-MM-DD'));

  describe('in the sidecar', () => {
    const withMeta = (name: string, yaml: string, ...args: string[]) => {
      const stem = name.replace(/\.txt$/, '');
      copyFileSync(join(dir, 'good.txt'), join(dir, name));
      write(`${stem}.meta`, yaml);
      return extract(dir, name, ...args);
    };
    test('published: 2025-13-45', () =>
      expectRefused(
        withMeta('m1.txt', meta({ ...GOOD_META, published: '2025-13-45' })),
        2,
        'error: m1.meta: published: a real calendar date (got "2025-13-45")',
      ));
    test('published: yesterday', () =>
      expectRefused(
        withMeta('m2.txt', meta({ ...GOOD_META, published: 'yesterday' })),
        2,
        'error: m2.meta: published: a date written YYYY-MM-DD (got "yesterday")',
      ));
    test('malformed YAML', () =>
      expectRefused(
        withMeta('m3.txt', 'title: [A title\noutlet: Example\n'),
        2,
        'error: m3.meta: is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1)',
      ));
    test('an empty sidecar', () =>
      expectRefused(withMeta('m4.txt', '# nothing yet\n'), 2, 'error: m4.meta: is empty; a sidecar needs at least title, outlet and published'));
    test('a missing field', () =>
      expectRefused(
        withMeta('m5.txt', meta({ title: 'A title', published: '2025-08-08' })),
        2,
        'error: m5.meta: outlet: Invalid input: expected string, received undefined',
      ));
    test('--published overrides a good sidecar date, and is checked as strictly', () =>
      expectRefused(
        withMeta('m6.txt', meta(GOOD_META), '--published', '2025-13-45'),
        2,
        'error: m6.txt: --published "2025-13-45" is not a real date written YYYY-MM-DD',
      ));
  });
});

describe.concurrent('text that is only encoded differently just works: the same paragraphs as UTF-8 with LF', () => {
  test.each(['crlf.txt', 'cr.txt', 'utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt'])('%s', async (name) => {
    const ps = await paragraphsOf(extract(dir, 'good.txt', '--published', '2025-08-08'));
    expect(ps.map((p) => p.text)).toEqual([
      'WASHINGTON — The first paragraph of a small article says one thing.',
      'The second paragraph says another, and ends here.',
      '"A quoted third paragraph," a spokesperson said.',
    ]);
    expect(await paragraphsOf(extract(dir, name, '--published', '2025-08-08'))).toEqual(ps);
  });
});

describe.concurrent('ingest refuses a bad seeds folder with a non-zero exit and one line naming the file', () => {
  const fresh = () => {
    const d = tempDir('bad-seeds');
    const seeds = join(d, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'a.txt'), ARTICLE);
    writeFileSync(join(seeds, 'a.meta'), meta(GOOD_META));
    return { d, seeds };
  };
  const run = (d: string) => ingest(d, 'seeds', 'content');

  test('the good folder ingests', async () => {
    const { d } = fresh();
    expect(await run(d)).toMatchObject({ status: 0, stderr: '' });
  });
  test('an article without a sidecar', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'b.txt'), ARTICLE.replace('first', 'other'));
    await expectRefused(run(d), 1, 'error: seeds/b.txt: has no metadata sidecar (expected b.meta beside it)');
  });
  test('a sidecar that is not YAML', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'a.meta'), 'id: "unclosed\n');
    await expectRefused(run(d), 1, 'error: seeds/a.meta: is not valid YAML (Missing closing "quote at line 2, column 1)');
  });
  test('an impossible date in the sidecar', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'a.meta'), meta({ ...GOOD_META, published: '2025-13-45' }));
    await expectRefused(run(d), 1, 'error: seeds/a.meta: published: a real calendar date (got "2025-13-45")');
  });
  test('two articles with the same id', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'b.txt'), 'Another article entirely.\n');
    writeFileSync(join(seeds, 'b.meta'), meta({ ...GOOD_META, title: 'Another' }));
    await expectRefused(run(d), 1, 'error: seeds/b.txt: has the same source id "example-2025-08-08-small-article" as seeds/a.txt');
  });
  test('an empty article among good ones', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'b.txt'), '');
    writeFileSync(join(seeds, 'b.meta'), meta({ ...GOOD_META, id: 'other' }));
    await expectRefused(run(d), 1, 'error: seeds/b.txt: is empty (0 bytes)');
  });
  test('an article that no longer matches its recorded sha256', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'a.meta'), meta({ ...GOOD_META, sha256: `"${'ab'.repeat(32)}"` }));
    await expectRefused(run(d), 1, 'error: seeds/a.txt: differs from the capture recorded in a.meta (sha256 mismatch)');
  });
  test('an overlay naming an actor that does not exist', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'overlay.yaml'), 'actors:\n  - id: nobody-at-all\n    name: Nobody At All\n');
    await expectRefused(
      run(d),
      1,
      'error: seeds/overlay.yaml: actors.0: no actor "nobody-at-all" was extracted from any article (fix the id or remove the entry)',
    );
  });
  test('an overlay naming an authority that does not exist', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'overlay.yaml'), 'authorities:\n  - id: no-such-act\n');
    await expectRefused(
      run(d),
      1,
      'error: seeds/overlay.yaml: authorities.0: no authority "no-such-act" was extracted from any article (fix the id or remove the entry)',
    );
  });
  test('an overlay with two entries for one record', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'overlay.yaml'), 'authorities:\n  - id: sanctions\n  - id: sanctions\n');
    await expectRefused(run(d), 1, 'error: seeds/overlay.yaml: authorities.1.id: a second entry for the same record (merge the two) (got "sanctions")');
  });
  test('an overlay correcting an event that does not exist', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'overlay.yaml'), 'events:\n  - id: no-such-event-0000\n    drop: true\n    reason: not an act\n');
    await expectRefused(run(d), 1, 'error: seeds/overlay.yaml: events.0: no event "no-such-event-0000" is on the site (its id is the last part of its page\'s address, /events/<id>/; fix the id or remove the entry)');
  });
  test('an overlay correction without its reason', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'overlay.yaml'), 'events:\n  - id: some-event-0000\n    headline: { text: A shorter title }\n');
    await expectRefused(run(d), 1, 'error: seeds/overlay.yaml: events.0 ("some-event-0000"): headline.reason: needs a short `reason` (why the editors change it)');
  });
  test('an overlay that does not match its schema', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'overlay.yaml'), 'actors:\n  - name: No id\n');
    await expectRefused(run(d), 1, 'error: seeds/overlay.yaml: actors.0.id: Invalid input: expected string, received undefined');
  });
  test('a seeds folder that does not exist', async () => {
    const { d, seeds } = fresh();
    rmSync(seeds, { recursive: true });
    await expectRefused(run(d), 1, 'error: seeds: no such folder');
  });
  test('an unknown option', async () => {
    const { d } = fresh();
    await expectRefused(ingest(d, 'seeds', 'content', '--bogus'), 1, "error: npm run ingest: Unknown option '--bogus'");
  });
  test('a refused ingest writes nothing', async () => {
    const { d, seeds } = fresh();
    writeFileSync(join(seeds, 'a.meta'), meta({ ...GOOD_META, published: 'yesterday' }));
    expect((await run(d)).status).toBe(1);
    expect(Object.keys(snapshot(d)).filter((p) => p.startsWith('content'))).toEqual([]);
  });
});
