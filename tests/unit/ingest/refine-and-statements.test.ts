import { describe, expect, test } from 'vitest';
import { extract } from './helpers.ts';

const ARTICLE = [
  'Marco Rubio, the secretary of state and national security adviser, spoke on Thursday.',
  '',
  'Two weeks ago, the administration added the Cartel de los Soles, or Cartel of the Suns, to a list.',
  '',
  '“Maduro is the leader of the cartel,” Rubio said. “He is indicted.”',
  '',
  'It would raise legal issues, said Brian Finucane, a former State Department lawyer who is a specialist in the laws of war.',
  '',
  '“It would be hard to see it meeting the threshold,” he said.',
  '',
  'Asked about it, Anna Kelly, a White House spokesperson, said in an email that “the president acts to protect the homeland.”',
].join('\n');

describe('refine', () => {
  test('a surname joins the full name it belongs to', () => {
    const r = extract(ARTICLE);
    const rubio = r.actors.find((a) => a.id === 'marco-rubio')!;
    expect(rubio.aliases).toContain('Rubio');
    expect(r.actors.some((a) => a.id === 'rubio')).toBe(false);
  });

  test('"X, or Y" makes Y an alias of X', () => {
    const cartel = extract(ARTICLE).actors.find((a) => a.id === 'cartel-de-los-soles')!;
    expect(cartel.kind).toBe('group');
    expect(cartel.aliases).toContain('Cartel of the Suns');
  });

  test('roles are attached as stated', () => {
    const r = extract(ARTICLE);
    const roles = (id: string) => r.actors.find((a) => a.id === id)!.roles.map((x) => x.role);
    expect(roles('marco-rubio')).toEqual(['secretary of state', 'national security adviser']);
    expect(roles('brian-finucane')).toEqual(['former State Department lawyer', 'specialist in the laws of war']);
    expect(roles('anna-kelly')).toEqual(['White House spokesperson']);
  });
});

describe('statements', () => {
  test('each quotation is attributed to its speaker, a following bare quotation too', () => {
    const s = extract(ARTICLE).statements.map((x) => [x.actor, x.quote]);
    expect(s).toContainEqual(['marco-rubio', 'Maduro is the leader of the cartel,']);
    expect(s).toContainEqual(['marco-rubio', 'He is indicted.']);
  });

  test('"he said" after an earlier mention is the last person named', () => {
    expect(extract(ARTICLE).statements.map((x) => [x.actor, x.quote])).toContainEqual(['brian-finucane', 'It would be hard to see it meeting the threshold,']);
  });

  test('a speaker with a role appositive is the person, not the body in the role', () => {
    expect(extract(ARTICLE).statements.find((x) => x.quote.startsWith('the president acts'))?.actor).toBe('anna-kelly');
  });

  test('statements are attached to the actor record too', () => {
    expect(extract(ARTICLE).actors.find((a) => a.id === 'marco-rubio')!.statements).toHaveLength(2);
  });
});
