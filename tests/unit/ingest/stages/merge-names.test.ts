import { describe, expect, test } from 'vitest';
import { A, B, C, article, merged, mergedShort, shortArticle } from '../merge-helpers.ts';
import { nameParts, normalName } from '../../../../src/ingest/stages/merge-names.ts';
import { mergeArticles } from '../../../../src/ingest/stages/merge.ts';
import { overlay } from '../../../../src/schemas/index.ts';

const corpus = merged();
const actor = (id: string) => corpus.actors.find((a) => a.id === id);
const sourcesOf = (id: string) => [...new Set(actor(id)?.mentions.map((m) => m.source))].sort();

describe('one record per entity across articles', () => {
  test('each article on its own names the people in its own form ("Ms Ortiz" is "Ortiz", "Ms Quist" is "Quist")', () => {
    expect(article(B).actors.map((a) => a.id)).toEqual(expect.arrayContaining(['ortiz', 'quist', 'hale']));
  });

  test('an honorific form joins the full name another article gives: "Ms Quist" -> Nora Quist, whose id wins', () => {
    expect(corpus.actors.map((a) => a.id)).not.toContain('quist');
    expect(sourcesOf('nora-quist')).toEqual([A, B, C].sort());
    expect(actor('nora-quist')!.aliases).toContain('Quist');
    // every mention keeps the source it came from
    expect(actor('nora-quist')!.mentions.find((m) => m.source === B)?.text).toBe('Quist');
  });

  test('a surname shared by two people with different first names joins neither ("Mr Hale": Mark Hale, Anna Hale)', () => {
    expect(actor('mark-hale')).toBeDefined();
    expect(actor('anna-hale')).toBeDefined();
    expect(actor('hale')).toBeDefined();
    expect(sourcesOf('mark-hale')).toEqual([A]);
    expect(sourcesOf('anna-hale')).toEqual([C]);
  });

  test('with only one Hale in the corpus, "Mr Hale" joins him', () => {
    const two = merged({}, [A, B]);
    expect(two.actors.map((a) => a.id)).not.toContain('hale');
    expect(two.actors.find((a) => a.id === 'mark-hale')!.mentions.map((m) => m.source)).toContain(B);
  });

  test('an alias one article gives ("the Red Hand Cartel, also known as La Mano Roja") joins the record another article names by it', () => {
    expect(article(B).actors.map((a) => a.name)).toContain('La Mano Roja');
    expect(corpus.actors.filter((a) => a.kind === 'group').map((a) => a.id)).toEqual(['red-hand-cartel']);
    expect(sourcesOf('red-hand-cartel')).toEqual([A, B, C].sort());
  });

  test('possessive prefixes are no part of a name: "Mexico’s Red Hand Cartel", "Ana Cruz’s administration"', () => {
    expect(corpus.actors.map((a) => a.name).filter((n) => /[’']s\s/u.test(n))).toEqual([]);
    expect(sourcesOf('cruz-administration')).toEqual([A, B].sort());
  });

  test('a word left over from a title ("Defense Lena Ortiz") is no part of the name: one Lena Ortiz, from all three articles', () => {
    expect(corpus.actors.filter((a) => /Ortiz/u.test(a.name)).map((a) => a.name)).toEqual(['Lena Ortiz']);
    expect(sourcesOf('lena-ortiz')).toEqual([A, B, C].sort());
  });

  test('the overlay forces a merge the text does not state, and keeps apart one it would make', () => {
    const forced = merged({
      merge: { actors: [{ into: 'anna-hale', from: ['hale'] }] },
      keepApart: { actors: [['nora-quist', 'quist']] },
    });
    expect(forced.actors.map((a) => a.id)).not.toContain('hale');
    expect(forced.actors.find((a) => a.id === 'anna-hale')!.mentions.map((m) => m.source)).toContain(B);
    expect(forced.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['nora-quist', 'quist']));
  });

  test('events name the record an entity keeps', () => {
    const ids = new Set(corpus.actors.map((a) => a.id));
    for (const e of corpus.events) for (const a of e.actors) expect(ids.has(a), `${e.id} -> ${a}`).toBe(true);
  });
});

describe('names compared across articles', () => {
  test('case, accents, full stops, apostrophes, a leading "the" and a possessor do not count', () => {
    expect(normalName('Venezuela’s Tren de Aragua')).toBe('tren de aragua');
    expect(normalName('the U.S. Coast Guard')).toBe(normalName('US Coast Guard'));
    expect(normalName('Nicolás Maduro')).toBe(normalName('Nicolas Maduro'));
  });

  test('a name suffix is not the surname', () => {
    expect(nameParts('Joseph B. Berger III')).toEqual({
      first: 'joseph',
      middle: ['b'],
      surname: 'berger',
      suffix: 'iii',
    });
  });
});

describe('full names and instruments across articles', () => {
  test('a full name with a middle initial ("Nora J. Quist") is the full name without it; the earlier id stays', () => {
    expect(corpus.actors.map((a) => a.id)).not.toContain('nora-j-quist');
    expect(actor('nora-quist')!.aliases).toContain('Nora J. Quist');
    expect(sourcesOf('nora-quist')).toEqual([A, B, C].sort());
  });

  test('two different middle names are two people', () => {
    const one = { ...article(A) };
    const other = { ...article(C) };
    one.actors = one.actors.map((a) =>
      a.id === 'nora-quist' ? { ...a, id: 'nora-k-quist', name: 'Nora K. Quist' } : a,
    );
    one.events = one.events.map((e) => ({
      ...e,
      actors: e.actors.map((x) => (x === 'nora-quist' ? 'nora-k-quist' : x)),
    }));
    const c = mergeArticles([one, other], overlay.parse({}));
    expect(c.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['nora-k-quist', 'nora-j-quist']));
  });

  test('the same instrument described in other words joins the earlier record ("directive ordering naval forces to seize cartel boats")', () => {
    expect(corpus.authorities.filter((a) => a.kind === 'directive').map((a) => a.id)).toEqual([
      'directive-ordering-the-navy-to-seize-cartel-boats',
    ]);
  });

  test('a designation act listing one group, under the name or the alias another article gives it, is one record; a plural ("international laws") is one record', () => {
    // (the act lists the Red Hand Cartel in one article and La Mano Roja in the other; "the FTO
    // designation", naming no group, is tied to no act and stays a described record)
    expect(corpus.authorities.map((a) => a.id).sort()).toEqual([
      'directive-ordering-the-navy-to-seize-cartel-boats',
      'foreign-terrorist-organization-designation-of-red-hand-cartel',
      'fto-designation',
      'international-law',
    ]);
  });

  test('instruments that share only a few words stay apart', () => {
    const one = article(A);
    const other = {
      ...article(B),
      authorities: article(B).authorities.map((a) =>
        a.kind === 'directive'
          ? {
              ...a,
              id: 'directive-ordering-the-coast-guard-to-patrol',
              name: 'Directive ordering the coast guard to patrol the border',
              aliases: [],
            }
          : a,
      ),
    };
    other.events = other.events.map((e) => ({
      ...e,
      authorities: e.authorities.map((x) =>
        x.startsWith('directive') ? 'directive-ordering-the-coast-guard-to-patrol' : x,
      ),
    }));
    const c = mergeArticles([one, other], overlay.parse({}));
    expect(c.authorities.filter((a) => a.kind === 'directive')).toHaveLength(2);
  });
});

describe('never two entities in one record', () => {
  const person = (source: string, name: string, kind: 'person' | 'organization' = 'person') => ({
    id: name
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-|-$/gu, ''),
    name,
    kind,
    aliases: [],
    roles: [],
    statements: [],
    mentions: [{ source, paragraph: 'p-x', quote: `${name} spoke.`, text: name }],
  });
  const articleOf = (id: string, actors: ReturnType<typeof person>[]) => ({
    source: {
      id,
      title: id,
      outlet: 'Example',
      published: '2025-09-01',
      file: `${id}.txt`,
      paragraphs: [{ id: 'p-x', text: 'x' }],
    },
    actors,
    authorities: [],
    events: [],
    statements: [],
  });
  const ids = (...arts: ReturnType<typeof articleOf>[]) =>
    mergeArticles(arts, overlay.parse({}))
      .actors.map((a) => a.id)
      .sort();

  test('a suffix tells two people apart: "Omar Lind Jr." is not Omar Lind', () => {
    expect(
      ids(articleOf('one', [person('one', 'Omar Lind')]), articleOf('two', [person('two', 'Omar Lind Jr.')])),
    ).toEqual(['omar-lind', 'omar-lind-jr']);
  });

  test('a body another state owns is another body: "Veridia’s Coast Guard" is not the Coast Guard', () => {
    expect(
      ids(
        articleOf('one', [person('one', 'Coast Guard', 'organization')]),
        articleOf('two', [person('two', 'Veridia’s Coast Guard', 'organization')]),
      ),
    ).toHaveLength(2);
  });

  test('a surname an article gives beside a full name of its own stays as that article left it', () => {
    const one = articleOf('one', [person('one', 'Omar Lind'), person('one', 'Lind')]);
    expect(ids(one)).toEqual(['lind', 'omar-lind']);
  });
});

describe('group names across articles', () => {
  const one = shortArticle(
    'one',
    '2025-09-01',
    'On Monday the ministry listed three cartels: Coastal, Ridge and Valley.',
  );
  const two = shortArticle(
    'two',
    '2025-09-02',
    'On Tuesday the Coastal Cartels attacked a convoy near the port of Lenz.',
  );
  const corpus = mergedShort(one, two);

  test('a group head in the plural names the same group ("Coastal Cartels" is the Coastal Cartel)', () => {
    const coastal = corpus.actors.filter((a) => /^Coastal/.test(a.name));
    expect(coastal).toHaveLength(1);
    expect(new Set(coastal[0]!.mentions.map((m) => m.source))).toEqual(new Set(['one', 'two']));
  });
});

describe('designations across articles', () => {
  const one = shortArticle(
    'one',
    '2025-09-01',
    'On Monday the Treasury Department imposed sanctions on the Borduvian group Red Hand Cartel. It also placed the Orchid Brotherhood under a foreign terrorist organization designation.',
  );
  const two = shortArticle(
    'two',
    '2025-10-02',
    'The Red Hand Cartel has fought the army for years. The administration announced sanctions against the cartel last month. Officials cited a global terrorist organization designation.',
  );
  const corpus = mergedShort(one, two);
  const names = corpus.authorities.map((a) => a.name);

  test('a description that refers back names what it refers to ("sanctions against the cartel")', () => {
    expect(two.authorities.map((a) => a.name)).toContain('Sanctions against the Red Hand Cartel');
  });

  test('sanctions against one named group, described two ways, are one record', () => {
    expect(names.filter((n) => /^Sanctions/.test(n))).toHaveLength(1);
  });

  test('two kinds of designation sharing words but naming no one are two records', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'Foreign terrorist organization designation',
        'Global terrorist organization designation',
      ]),
    );
  });
});

describe('a designation told by how many it listed', () => {
  const listed = shortArticle(
    'one',
    '2025-03-05',
    'On Monday the Interior Minister Ana Ruiz designated the Red Hand Cartel, the Salt Cartel and the Orchid Brotherhood as foreign terrorist organizations.',
  );
  const counted = (text: string) => shortArticle('two', '2025-09-02', text);
  const designations = (text: string) =>
    mergedShort(listed, counted(text)).authorities.filter((a) => a.kind === 'designation').map((a) => a.name);

  test('"the three cartels designated" is the act of that year and label that lists exactly three', () => {
    const text =
      'Presumably the targets are some of the three cartels that Interior Minister Ana Ruiz (not the king) designated as “Foreign Terrorist Organizations” on March 3.';
    expect(counted(text).authorities.map((a) => a.name)).toEqual(['Foreign terrorist organization designation of three cartels']);
    expect(designations(text)).toEqual(['Foreign terrorist organization designation of Red Hand Cartel, Salt Cartel and Orchid Brotherhood']);
  });

  test('another count, or "several", joins no act', () => {
    for (const n of ['four', 'several']) {
      const text = `Presumably the targets are some of the ${n} cartels that Interior Minister Ana Ruiz (not the king) designated as “Foreign Terrorist Organizations” on March 3.`;
      expect(designations(text)).toHaveLength(2);
    }
  });
});

describe('an authorization a verb made, told by two articles', () => {
  const one = shortArticle('one', '2025-10-15', 'The governor confirmed on Wednesday that he had authorized police action in Borduria.');
  const two = shortArticle(
    'two',
    '2025-10-16',
    'The governor said he had authorized the police to conduct covert raids in Borduria, a move critics called reckless.',
  );
  test('where the act is authorized is part of it, so the two descriptions are one record', () => {
    expect(one.authorities.map((a) => a.name)).toEqual(['Authorization for police action in Borduria']);
    expect(mergedShort(one, two).authorities.filter((a) => a.kind === 'authorization')).toHaveLength(1);
  });
});

describe('aliases across articles', () => {
  test('an alias two instruments share ("constitutional authority") is no other name of either', () => {
    const one = shortArticle('one', '2025-09-01', 'Aides cited his constitutional authority to defend the nation.');
    const two = shortArticle('two', '2025-09-02', 'Senators cited their constitutional authority over matters of war.');
    const corpus = mergedShort(one, two);
    expect(corpus.authorities.map((a) => [a.name, a.aliases])).toEqual([
      ['Constitutional authority over matters of war', []],
      ['Constitutional authority to defend the nation', []],
    ]);
    // each article on its own keeps it, as words for it that name no instrument by themselves
    expect(one.authorities[0]!.wordings).toEqual(['constitutional authority']);
  });

  test('another instrument’s name is no other name of a narrower one ("congressional authorization")', () => {
    const one = shortArticle('one', '2025-09-01', 'Critics demanded congressional authorization for the raids.');
    const two = shortArticle('two', '2025-09-02', 'The raids had congressional authorization, aides said.');
    const corpus = mergedShort(one, two);
    expect(corpus.authorities.map((a) => [a.name, a.aliases])).toEqual([
      ['Congressional authorization', []],
      ['Congressional authorization for the raids', []],
    ]);
  });
});


describe('charges across articles', () => {
  test('charges of one crime against two people are two records; against one person, one', () => {
    const first = shortArticle('first-wire', '2025-09-03', 'Police arrested Tomas Vell, who had been indicted on charges of arms smuggling.');
    const second = shortArticle('second-wire', '2025-09-05', 'A court heard that Ana Ruiz faces arms smuggling charges.');
    const third = shortArticle('third-wire', '2025-09-06', 'Tomas Vell, who was indicted on arms smuggling charges, fled.');
    const names = mergedShort(first, second, third)
      .authorities.filter((a) => a.kind === 'charge')
      .map((a) => a.name);
    expect(names).toEqual(['Arms smuggling charges against Ana Ruiz', 'Arms smuggling charges against Tomas Vell']);
  });
});
