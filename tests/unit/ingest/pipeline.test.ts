import { describe, expect, it } from 'vitest';
import { STAGES, runStages, extractRecords } from '../../../src/ingest/pipeline.ts';
import { contextOf } from './helpers.ts';

const TEXT = `Governor Alma Ruiz of Tarvia signed the Coastal Patrol Act on March 3, 2024, the Tarvian Navy said.

Two days later, Ruiz said the law "will keep the coast safe."`;

const upTo = (name: string) => STAGES.slice(0, STAGES.findIndex((s) => s.name === name) + 1);

describe('the pipeline runs its stages from one ordered list', () => {
  it('names each stage once, recognisers before refiners, records last', () => {
    const names = STAGES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('sentences');
    expect(names.at(-1)).toBe('records');
    expect(names.indexOf('people')).toBeLessThan(names.indexOf('refine actors'));
    expect(names.indexOf('actors')).toBeLessThan(names.indexOf('events'));
  });

  it('a document run part of the way holds only what those stages found', () => {
    const ctx = contextOf(TEXT, '2024-03-10');
    const afterSentences = runStages(ctx, upTo('sentences'));
    expect(afterSentences.sentences).toHaveLength(2);
    expect(afterSentences.found).toEqual([]);
    const afterPeople = runStages(ctx, upTo('people'));
    expect(afterPeople.found.map((c) => c.name)).toContain('Alma Ruiz');
    const afterDates = runStages(ctx, upTo('dates'));
    expect(afterDates.dates.map((d) => d.text)).toContain('on March 3, 2024');
    expect(afterDates.actors).toEqual([]);
    expect(afterDates.records).toBeNull();
  });

  it('every finding is a span of one of the document’s sentences', () => {
    const doc = runStages(contextOf(TEXT, '2024-03-10'));
    const spans = [...doc.found, ...doc.mentions, ...doc.authorityMentions, ...doc.dates];
    expect(spans.length).toBeGreaterThan(3);
    for (const s of spans) {
      expect(doc.sentences).toContain(s.sentence);
      expect(s.sentence.paragraphText.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('the records are the last stage’s output, the same as extractRecords gives', () => {
    const ctx = contextOf(TEXT, '2024-03-10');
    const doc = runStages(ctx);
    expect(doc.records).toEqual(extractRecords(ctx));
    expect(doc.records!.events.map((e) => e.date?.value)).toContain('2024-03-03');
  });
});
