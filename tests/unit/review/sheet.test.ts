// The review sheet lists every record and fact of one source (or all) with its evidence and how
// each event was dated, gathers the flags by kind, and prints one summary line; the command
// refuses an unknown source in one line.
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { howDated, md, recordsOf, reviewSheet, summaryLine } from '../../../src/review/sheet.ts';
import { ROOT, removeTempDirs, tempDir } from '../hardening/cli.ts';
import { corpus, event, SRC, SRC2 } from './records.ts';
import { inventedCorpus, writeContent } from '../../fixtures/multi-source/corpus.ts';

afterAll(removeTempDirs);

describe('what the sheet lists', () => {
  test('one source’s records: its events (or another source’s reports of them), actors and authorities it gives evidence for', () => {
    const r = recordsOf(corpus(), SRC2);
    expect(r.events.map((e) => e.id)).toEqual(['the-port-authority-reopened-5e6f']);
    expect(r.actors.map((a) => a.id)).toEqual(['port-authority']);
    expect(r.authorities).toEqual([]);
    expect(recordsOf(corpus(), null).events).toHaveLength(3);
  });

  test('each event with its headline, how it was dated, agents and other actors, authorities, paragraph number and id, and quote', () => {
    const { markdown } = reviewSheet(corpus(), SRC);
    const block = markdown.slice(markdown.indexOf('### The Dock Guild seized a barge'), markdown.indexOf('<a id="event-two-days'));
    expect(block).toContain('- Date: 2025-03-03 (day), stated: “on Monday”; counted from the publication day');
    expect(block).toContain('- Agents: Dock Guild `dock-guild`');
    expect(block).toContain('- Other actors: Ida Renn `ida-renn`');
    expect(block).toContain(`  - \`${SRC}\` ¶ 1 (\`p-one\`)\n    > The Dock Guild, or the Guild of Pilots, seized a barge on Monday, Mayor Ida Renn said.`);
    expect(markdown).toContain('- Date: 2025-03-05 (day), stated: “Two days later”; anchor: after (+2 days) event `the-dock-guild-seized-a-barge-1a2b` (“The Dock Guild seized a barge”)');
  });

  test('events in the order the source reports them; actors and authorities by name, with roles and their evidence, other names, year, citation', () => {
    const { markdown } = reviewSheet(corpus(), SRC);
    expect(markdown.indexOf('### The Dock Guild seized a barge')).toBeLessThan(markdown.indexOf('### The guild would have closed the pier'));
    expect(markdown).toContain('### Ida Renn\n\n- Id: `ida-renn` · kind: person\n- Other names: “Renn”\n- Roles:\n  - “Mayor”\n    - `' + SRC + '` ¶ 1');
    expect(markdown).toContain('### Harbor Act\n\n- Id: `harbor-act` · kind: statute · year: none\n- Other names: “act”\n- Editorial citation: none');
    expect(markdown).not.toContain('Port Authority');
  });

  test('the flags, gathered by kind with a link to each record, and beside the record', () => {
    const sheet = reviewSheet(corpus(), null);
    expect(sheet.flags).toEqual([
      ['undated', 1],
      ['hedged-act', 1],
      ['no-agent', 1],
      ['party-not-named', 1],
      ['alias-coordination', 1],
      ['surname-only', 1],
      ['single-mention', 1],
      ['one-word-alias', 1],
      ['no-year', 1],
    ]);
    expect(sheet.markdown).toContain('| hedged-act | 1 |');
    expect(sheet.markdown).toContain('- [The guild would have closed the pier](#event-two-days-later-the-guild-would-3c4d): the act may be modal or hedged (“would”): check that it happened');
    expect(sheet.markdown).toContain('<a id="event-two-days-later-the-guild-would-3c4d"></a>');
    expect(sheet.markdown).toContain('- ⚑ **party-not-named**: Dock Guild is linked only through “the guild”, words that refer back');
    expect(summaryLine(sheet, 'review/all.md')).toBe(
      'review: 3 events, 4 actors, 1 authorities; 9 flags (undated 1, hedged-act 1, no-agent 1, party-not-named 1, alias-coordination 1, surname-only 1, single-mention 1, one-word-alias 1, no-year 1) -> review/all.md',
    );
  });

  test('how an event was dated: inferred, reported, undated, or set by the editors', () => {
    expect(howDated(event({ id: 'e', date: { value: '1998', precision: 'year', approximate: true, expression: 'In 1998', fromContext: true, inferred: true } }))).toBe('1998 (year, approximate), inferred from its paragraph: “In 1998”');
    expect(howDated(event({ id: 'e', date: null, reported: '2025-03-04' }))).toBe('undated; reported on 2025-03-04 (the article’s publication day, not the day of the act)');
    expect(howDated(event({ id: 'e', date: null }))).toBe('undated: the text gives no date');
    expect(howDated(event({ id: 'e', date: { value: '2025-03', precision: 'month', approximate: false, expression: 'x', editorial: 'minutes' } }))).toBe('2025-03 (month), set by the editors: minutes');
  });

  test('the source’s words are never read as Markdown', () => {
    expect(md('a *b* [c](d) <e> | f_g #h `i`')).toBe('a \\*b\\* \\[c\\](d) \\<e\\> \\| f\\_g \\#h \\`i\\`');
  });
});

describe('npm run review', () => {
  const work = tempDir('review');
  const content = join(work, 'content');
  writeContent(inventedCorpus(), content);
  const review = (...args: string[]) =>
    spawnSync(process.execPath, ['--experimental-strip-types', join(ROOT, 'src/review/cli.ts'), '--content', 'content', ...args], { cwd: work, encoding: 'utf8' });

  test('writes review/<source>.md (review/all.md without --source) and prints one summary line', () => {
    const all = review();
    expect(all.status, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/^review: 2 events, 2 actors, 1 authorities; \d+ flags? .*-> review\/all\.md\n$/u);
    expect(readFileSync(join(work, 'review/all.md'), 'utf8')).toContain('# Review sheet: all sources');
    const one = review('--source', 'alpha-post-2025-08-08-harbor-order');
    expect(one.stdout).toContain('-> review/alpha-post-2025-08-08-harbor-order.md');
    expect(existsSync(join(work, 'review/alpha-post-2025-08-08-harbor-order.md'))).toBe(true);
    const out = review('--out', 'elsewhere/sheet.md');
    expect(out.stdout).toContain('-> elsewhere/sheet.md');
    expect(existsSync(join(work, 'elsewhere/sheet.md'))).toBe(true);
  }, 60_000);

  test('a bad --source: exit 1 and one line naming it and the sources there are', () => {
    const r = review('--source', 'no-such-source');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: npm run review: --source: no source "no-such-source" in content/ (the sources: alpha-post-2025-08-08-harbor-order, beta-times-2025-09-02-tide-network, delta-news-2025-09-02-harbor-raid-follow-up)\n',
    );
  }, 60_000);
});
