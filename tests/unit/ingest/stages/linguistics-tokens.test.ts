import { describe, expect, test } from 'vitest';
import { Matcher } from '../../../../src/ingest/match/matcher.ts';
import { layerOf } from '../../../../src/ingest/stages/linguistics.ts';
import { sentencesOf } from '../helpers.ts';

const tokensOf = (text: string) => layerOf(sentencesOf(text)[0]!).tokens;

describe('linguistics tokens', () => {
  test('each token carries its spelling, computed once: capitalised, all capitals, digits', () => {
    const tokens = tokensOf('The ORCA envoy met 12 Ébano officials.');
    const shape = (w: string) => {
      const t = tokens.find((x) => x.text === w)!;
      return [t.cap, t.upper, t.num];
    };
    expect(shape('The')).toEqual([true, false, false]);
    expect(shape('ORCA')).toEqual([true, true, false]);
    expect(shape('envoy')).toEqual([false, false, false]);
    expect(shape('12')).toEqual([false, false, true]);
    expect(shape('Ébano')).toEqual([true, false, false]);
  });

  test('the matcher’s CAP, UPPER and NUM read the token’s features', () => {
    const [t] = tokensOf('envoy.');
    const m = (spec: object) => new Matcher([{ label: 'x', pattern: [spec] }]);
    expect(m({ CAP: true }).matchAt([{ ...t!, cap: true }], 0)).not.toBeNull();
    expect(m({ UPPER: true }).matchAt([{ ...t!, upper: true }], 0)).not.toBeNull();
    expect(m({ NUM: true }).matchAt([{ ...t!, num: true }], 0)).not.toBeNull();
    expect(m({ CAP: true }).matchAt([t!], 0)).toBeNull();
  });

  test('a capitalised word after a proper noun is a name word, whatever the tagger said', () => {
    const tokens = tokensOf('The Harbor Safety Act passed.');
    expect(tokens.slice(1, 4).map((t) => t.pos)).toEqual(['PROPN', 'PROPN', 'PROPN']);
  });
});
