// Acts a sentence tells beside its own: a step of a prosecution reported of a person in a
// relative clause, and the act an opening "after" clause says came first. Invented sentences.
import { describe, expect, test } from 'vitest';
import { extract } from '../helpers.ts';

const headlines = (text: string) => extract(text).events.map((e) => e.headline);

describe('a step of a prosecution a relative clause reports of a person', () => {
  const text =
    'In 1994, Governor Hal Moss sent 300 police officers into Marlow to arrest its port boss, Ana Ruiz, who had been indicted in Ostria on charges of smuggling.';

  test('is an event of its own: the person, then the clause, undated, with the charge as its authority', () => {
    const r = extract(text);
    const step = r.events.find((e) => e.headline === 'Ana Ruiz had been indicted in Ostria on charges of smuggling')!;
    expect(step).toBeDefined();
    expect(step.summary).toBe('Ana Ruiz, who had been indicted in Ostria on charges of smuggling');
    expect(step.date).toBeNull();
    expect(step.actors).toEqual(['ana-ruiz']);
    expect(step.agents).toEqual([]);
    expect(step.authorities).toHaveLength(1);
    expect(r.authorities.find((a) => a.id === step.authorities[0])?.kind).toBe('charge');
    // the sentence's own act stays, and keeps the sentence's id; the step's address names the step
    expect(r.events[0]!.headline).toContain('Governor Hal Moss sent 300 police officers into Marlow');
    expect(r.events[0]!.id).toMatch(/^in-1994-governor-hal-moss-sent-/);
    expect(step.id).toMatch(/^ana-ruiz-who-had-been-indicted-[0-9a-f]{4}$/);
  });

  test('not when the clause praises, denies or only foresees', () => {
    const base = 'In 1994, Governor Hal Moss sent 300 police officers into Marlow to arrest its port boss, Ana Ruiz, who ';
    expect(headlines(`${base}had been praised by the council.`)).toHaveLength(1);
    expect(headlines(`${base}had not been charged with any crime.`)).toHaveLength(1);
    expect(headlines(`${base}could be charged with smuggling.`)).toHaveLength(1);
  });
});

describe('the act an opening "after" clause says came first', () => {
  test('is an event of its own, undated, in the clause’s words', () => {
    const r = extract('But after the provinces started seizing such boats, the ministry in 1995 halted the program for months.');
    const first = r.events.find((e) => e.headline === 'The provinces started seizing such boats')!;
    expect(first).toBeDefined();
    expect(first.summary).toBe('the provinces started seizing such boats');
    expect(first.date).toBeNull();
    expect(r.events.some((e) => e.date?.value === '1995')).toBe(true);
  });

  test('takes the date its paragraph gave before, and sorts before the sentence’s own', () => {
    const r = extract('In the 1990s, the navy helped the provinces patrol the coast. But after the provinces started seizing such boats, the ministry in 1995 halted the program for months.');
    const first = r.events.find((e) => e.headline === 'The provinces started seizing such boats')!;
    expect(first.date).toMatchObject({ value: '1990', precision: 'decade', approximate: true, fromContext: true, before: '1995' });
  });

  test('not when its subject is a pronoun, it has no verb, or it gives its own date', () => {
    expect(headlines('After he returned to the capital, Minister Lia Berg fired the harbor chief in 1995.')).toHaveLength(1);
    expect(headlines('After the vote, Minister Lia Berg fired the harbor chief in 1995.')).toHaveLength(1);
    expect(headlines('After the council met on May 2, Minister Lia Berg fired the harbor chief.')).toHaveLength(1);
  });
});

describe('acts told in relative clauses of a final apposition that repeats a noun', () => {
  const text =
    'The storm was small.\n\nIn his first term, Governor Hal Moss became fixed on the plan of closing the ports to fishing fleets, a plan his deputy at the time, Ana Ruiz, later described as reckless in her book, and which drew protests from Colombian officials.';

  test('the named person’s act is an event of its own, undated, the repeated phrase in brackets', () => {
    const r = extract(text);
    const act = r.events.find((e) => e.headline.startsWith('Ana Ruiz'))!;
    expect(act.headline).toBe('Ana Ruiz later described [the plan of closing the ports to fishing fleets] as reckless in her book');
    expect(act.date).toBeNull();
    expect(act.reported).toBeUndefined();
    expect(act.actors).toEqual(['ana-ruiz']);
    expect(act.agents).toEqual(['ana-ruiz']);
    expect(act.id).toMatch(/^a-plan-his-deputy-at-the-/);
  });

  test('the reaction a "which" clause tells is an event of its own: a nationality of officials names their state', () => {
    const r = extract(text);
    const act = r.events.find((e) => e.headline.endsWith('drew protests from Colombian officials'))!;
    expect(act.headline).toBe('[The plan of closing the ports to fishing fleets] drew protests from Colombian officials');
    expect(act.date).toBeNull();
    expect(act.actors).toEqual(['colombia']);
    expect(act.agents).toEqual([]);
  });

  test('their names take no part in the sentence’s own act', () => {
    const own = extract(text).events.find((e) => e.headline.includes('Governor Hal Moss became fixed'))!;
    expect(own.actors).toEqual(['hal-moss']);
  });

  test('not when no person is named, the verb has its own object, no noun is repeated, or the reaction verb is not one', () => {
    const count = (t: string) => extract(`The storm was small.\n\n${t}`).events.length;
    expect(count('In 2019, Governor Hal Moss proposed the plan of closing the ports, a plan his deputy later described as reckless.')).toBe(1);
    expect(count('In 2019, Governor Hal Moss proposed the plan of closing the ports, a plan Ana Ruiz rejected the next day.')).toBe(1);
    expect(count('In 2019, Governor Hal Moss proposed the closing of the ports, a plan Ana Ruiz later described as reckless.')).toBe(1);
    expect(count('In 2019, Governor Hal Moss proposed the plan of closing the ports, a plan which worried Colombian officials.')).toBe(1);
  });
});

describe('a reaction is the repeated noun’s only when its "which" clause belongs to the apposition', () => {
  test('not a "which" clause on a later noun, after another clause', () => {
    const r = extract(
      'The storm was small.\n\nIn 2019, Governor Hal Moss proposed the plan of closing the ports, a plan Ana Ruiz later described as reckless, and the council adopted a law which drew protests from Colombian officials.',
    );
    expect(r.events.some((e) => e.headline.includes('drew protests'))).toBe(false);
  });
});

describe('the apposition that repeats a noun is found past another apposition', () => {
  test('", a lawyer," before it does not hide it', () => {
    const r = extract(
      'The storm was small.\n\nIn his first term, Hal Moss, a lawyer, became fixed on the plan of closing the ports, a plan Ana Ruiz later described as reckless.',
    );
    expect(r.events.map((e) => e.headline)).toContain('Ana Ruiz later described [the plan of closing the ports] as reckless');
  });
});

describe('an act an "as" clause tells at the time of the sentence’s', () => {
  const text = 'The harbor patrol grew under Governor Ana Ruiz as she and her port chief, Ben Ode, vowed more raids against the Red Hand.';

  test('is an event of its own by its named doers, "she" in brackets for the one person named before', () => {
    const r = extract(text);
    const vow = r.events.find((e) => e.headline.startsWith('[Ana Ruiz]'))!;
    expect(vow.headline).toBe('[Ana Ruiz] and her port chief, Ben Ode, vowed more raids against the Red Hand');
    expect(vow.agents.sort()).toEqual(['ana-ruiz', 'ben-ode']);
    expect(vow.date).toBeNull();
    // the sentence's own act keeps its doer, not those of the clause
    const grew = r.events.find((e) => e.headline.startsWith('The harbor patrol grew'))!;
    expect(grew.actors).not.toContain('ben-ode');
  });

  test('not when "she" could be either of two people named before, the clause is negated, or "as" compares', () => {
    expect(headlines('Ana Ruiz praised Eva Lund as she vowed more raids against the Red Hand.')).toHaveLength(1);
    expect(headlines('The patrol grew under Ana Ruiz as she did not vow more raids.')).toHaveLength(1);
    expect(headlines('The patrol grew under Ana Ruiz as fast as the navy.')).toHaveLength(1);
  });

  test('not the circumstance of a saying ("…,” said Ana Ruiz, as she left the hall)', () => {
    expect(headlines('“The port stays closed,” said Governor Ana Ruiz on Monday, as she left the council hall.').some((h) => h.startsWith('[Ana Ruiz]'))).toBe(false);
  });
});
