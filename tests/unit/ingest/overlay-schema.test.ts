// Each bad overlay entry is refused in one line naming seeds/overlay.yaml, the entry (its place
// and its record id) and what is wrong; a correction always carries a short reason.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseOverlay } from '../../../src/ingest/io/read-seeds.ts';

const FILE = 'seeds/overlay.yaml';
const refusal = (yaml: string): string => {
  try {
    parseOverlay(parse(yaml), FILE);
  } catch (e) {
    const message = (e as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('accepted');
};

describe('overlay event entries', () => {
  test('a well-formed set of corrections is accepted, an unquoted year as written', () => {
    const o = parseOverlay(
      parse(`events:
  - id: an-invented-event-ab12
    drop: true
    reason: a forecast, not an act
  - id: another-invented-event-cd34
    date: { value: 2024, reason: the year the text gives elsewhere }
    headline: { text: The guild seized a barge, reason: the sentence's own headline kept a clause }
    addActors: [{ id: dock-guild, reason: named in the paragraph before }]
    dropActors: [{ id: port-vell, reason: "a place, not a party" }]
`),
      FILE,
    );
    expect(o.events[1]!.date).toEqual({ value: '2024', reason: 'the year the text gives elsewhere' });
  });
  test('drop without a reason', () =>
    expect(refusal('events:\n  - id: an-event-ab12\n    drop: true\n')).toBe('seeds/overlay.yaml: events.0 ("an-event-ab12"): reason: `drop: true` needs a short `reason` (why it is no event)'));
  test('drop with a fix as well', () =>
    expect(refusal('events:\n  - id: an-event-ab12\n    drop: true\n    reason: x\n    headline: { text: T, reason: y }\n')).toBe(
      'seeds/overlay.yaml: events.0 ("an-event-ab12"): headline: a dropped event takes no other fix (remove `drop` or the fix)',
    ));
  test('drop: false', () => expect(refusal('events:\n  - id: an-event-ab12\n    drop: false\n    reason: x\n')).toContain('events.0 ("an-event-ab12"): drop: `drop` is `true` (or leave it out)'));
  test('an entry that changes nothing', () =>
    expect(refusal('events:\n  - id: an-event-ab12\n')).toBe('seeds/overlay.yaml: events.0 ("an-event-ab12"): says nothing to change (give `drop: true` or a fix: date, headline, addActors, dropActors, formerIds)'));
  test('a reason at the top of an entry that fixes something', () =>
    expect(refusal('events:\n  - id: an-event-ab12\n    reason: x\n    headline: { text: T, reason: y }\n')).toContain('events.0 ("an-event-ab12"): reason: a `reason` here goes with `drop: true`'));
  test('a date in another form, or one that does not exist', () => {
    expect(refusal('events:\n  - id: an-event-ab12\n    date: { value: Aug 2025, reason: x }\n')).toBe(
      'seeds/overlay.yaml: events.0 ("an-event-ab12"): date.value: a date written YYYY, YYYY-MM or YYYY-MM-DD (got "Aug 2025")',
    );
    expect(refusal('events:\n  - id: an-event-ab12\n    date: { value: 2025-13, reason: x }\n')).toBe('seeds/overlay.yaml: events.0 ("an-event-ab12"): date.value: a real month or calendar day (got "2025-13")');
    expect(refusal('events:\n  - id: an-event-ab12\n    date: { value: 2025-02-30, reason: x }\n')).toContain('date.value: a real month or calendar day (got "2025-02-30")');
  });
  test('a span whose end is not after its start', () =>
    expect(refusal('events:\n  - id: an-event-ab12\n    date: { value: 2013, until: 2009, reason: x }\n')).toBe(
      'seeds/overlay.yaml: events.0 ("an-event-ab12"): date.until: `until` comes after `value` (got 2009)',
    ));
  test('a fix without its reason, or with a long one', () => {
    expect(refusal('events:\n  - id: an-event-ab12\n    date: { value: 2025-08 }\n')).toBe('seeds/overlay.yaml: events.0 ("an-event-ab12"): date.reason: needs a short `reason` (why the editors change it)');
    expect(refusal('events:\n  - id: an-event-ab12\n    headline: { text: T, reason: "  " }\n')).toContain('headline.reason: needs a short `reason`');
    expect(refusal(`events:\n  - id: an-event-ab12\n    headline: { text: T, reason: ${'x'.repeat(201)} }\n`)).toContain('headline.reason: a reason is short: at most 200 characters');
    expect(refusal('events:\n  - id: an-event-ab12\n    addActors: [{ id: dock-guild }]\n')).toContain('events.0 ("an-event-ab12"): addActors.0.reason: needs a short `reason`');
  });
  test('an empty headline', () => expect(refusal('events:\n  - id: an-event-ab12\n    headline: { text: " ", reason: x }\n')).toContain('headline.text: the headline is empty'));
  test('an actor both added and dropped', () =>
    expect(refusal('events:\n  - id: an-event-ab12\n    addActors: [{ id: dock-guild, reason: x }]\n    dropActors: [{ id: dock-guild, reason: y }]\n')).toContain(
      'events.0 ("an-event-ab12"): dropActors.0.id: both added and dropped (keep one)',
    ));
  test('inPassing on a dropped actor is `true` or absent, and only there', () => {
    expect(refusal('events:\n  - id: an-event-ab12\n    dropActors: [{ id: dock-guild, reason: y, inPassing: yes }]\n')).toContain(
      'events.0 ("an-event-ab12"): dropActors.0.inPassing: `inPassing` is `true` (or leave it out)',
    );
    expect(refusal('events:\n  - id: an-event-ab12\n    addActors: [{ id: dock-guild, reason: y, inPassing: true }]\n')).toContain('Unrecognized key: "inPassing"');
  });
  test('a misspelt field', () => expect(refusal('events:\n  - id: an-event-ab12\n    dropActor: [{ id: dock-guild, reason: x }]\n')).toContain('events.0 ("an-event-ab12"): Unrecognized key: "dropActor"'));
  test('a bad or repeated id', () => {
    expect(refusal('events:\n  - id: Not An Id\n    drop: true\n    reason: x\n')).toContain('seeds/overlay.yaml: events.0.id: lowercase letters');
    expect(refusal('events:\n  - { id: an-event-ab12, drop: true, reason: x }\n  - { id: an-event-ab12, drop: true, reason: y }\n')).toContain('events.1.id: a second entry for the same record');
  });
});

describe('overlay actor and authority corrections', () => {
  test('dropRoles and dropAliases without a reason', () => {
    expect(refusal('actors:\n  - id: ida-renn\n    dropRoles: [{ role: mayor }]\n')).toBe('seeds/overlay.yaml: actors.0 ("ida-renn"): dropRoles.0.reason: needs a short `reason` (why the editors change it)');
    expect(refusal('authorities:\n  - id: dock-act\n    dropAliases: [{ alias: act }]\n')).toBe('seeds/overlay.yaml: authorities.0 ("dock-act"): dropAliases.0.reason: needs a short `reason` (why the editors change it)');
  });
  test('a role given as a bare string', () => expect(refusal('actors:\n  - id: ida-renn\n    dropRoles: [mayor]\n')).toContain('actors.0 ("ida-renn"): dropRoles.0: '));
  test('dropRoles on an authority, or a misspelt field on an actor', () => {
    expect(refusal('authorities:\n  - id: dock-act\n    dropRoles: [{ role: x, reason: y }]\n')).toContain('authorities.0 ("dock-act"): Unrecognized key: "dropRoles"');
    expect(refusal('actors:\n  - id: ida-renn\n    dropAlias: [{ alias: x, reason: y }]\n')).toContain('actors.0 ("ida-renn"): Unrecognized key: "dropAlias"');
  });
  test('the overlay in seeds/ is still valid', async () => {
    const { readOverlay } = await import('../../../src/ingest/io/read-seeds.ts');
    expect(readOverlay('seeds/overlay.yaml').authorities.length).toBeGreaterThan(0);
  });
});
