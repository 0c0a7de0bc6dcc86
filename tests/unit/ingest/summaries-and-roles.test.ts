import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract, sentencesOf } from './helpers.ts';
import { summarize } from '../../../src/ingest/stages/events.ts';

const role = (text: string, name: string) => extract(text).actors.find((a) => a.name === name)?.roles.map((r) => r.role) ?? [];
const summaries = (text: string) => extract(text).events.map((e) => e.summary);

describe('event summaries read as whole statements', () => {
  const articles = [
    'seeds/000_bc7522480e5342aa.txt',
    ...readdirSync('tests/fixtures/generality').filter((n) => n.endsWith('.txt')).map((n) => `tests/fixtures/generality/${n}`),
  ];
  test('no summary of the seed or the invented articles ends on a word that leaves its clause hanging', () => {
    const dangling = /\s(?:a|an|the|of|to|for|with|as|by|and|or|but|that|his|her|its|their|could|would)…?$/iu;
    const bad = articles.flatMap((f) => summaries(readFileSync(f, 'utf8')).filter((s) => dangling.test(s)));
    expect(bad).toEqual([]);
  });

  test('an inline quotation stays in the summary, closed', () => {
    const s = summarize(sentencesOf('The General Assembly condemned the raid as a “flagrant violation of international law.”')[0]!, null);
    expect(s).toBe('The General Assembly condemned the raid as a “flagrant violation of international law.”');
  });

  test('a paired dash aside is kept, not cut at', () => {
    const [s] = summaries('On Thursday, the Justice Department announced that it is doubling a reward — to $50 million — for information on the fugitive.');
    expect(s).toContain('— to $50 million — for information on the fugitive');
  });

  test("a paraphrased claim reads as the speaker's", () => {
    const s = summarize(sentencesOf('Labeling the gangs as terrorists lets the government “use every tool we have,” Jane Roe, the interior minister, said in an interview.')[0]!, null);
    expect(s).toMatch(/^Jane Roe said labeling the gangs as terrorists lets the government “use every tool we have/u);
  });

  test('a leading subordinate clause gives way to the main clause', () => {
    const [s] = summaries('In announcing the sanctions last week, the Treasury Department accused the gang of trafficking weapons into the country.');
    expect(s).toBe('The Treasury Department accused the gang of trafficking weapons into the country');
  });
});

describe('roles keep their time', () => {
  test('"retired" and "former" stay with the title', () => {
    expect(role('The retired Gen. John Doe said the plan was unlawful.', 'John Doe')).toContain('retired Gen.');
  });

  test('a role held in the past reads as former', () => {
    expect(role('Mary Major, who served as the top lawyer for the army in the 1990s, said the plan was unlawful.', 'Mary Major')).toContain('former top lawyer for the army');
  });

  test('"at the time" is kept', () => {
    expect(role('In 2019, his defense secretary at the time, Mark Esper, opposed the idea.', 'Mark Esper')).toContain('defense secretary at the time');
  });

  test("someone else's characterisation is not an office", () => {
    const roles = role('President Nicolás Maduro was indicted in 2020. The administration described him as a cartel head.', 'Nicolás Maduro');
    expect(roles).toContain('described as cartel head');
    expect(roles).not.toContain('cartel head');
  });
});
