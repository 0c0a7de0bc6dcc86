import { describe, expect, test } from 'vitest';
import { siteUrl , usePage } from './harness.ts';

// What a reader would type, and the page that must come first. Names, surnames, aliases,
// citations and years; accents and case do not matter.
const QUERIES: [string, string][] = [
  ['Marco Rubio', '/actors/marco-rubio/'],
  ['rubio', '/actors/marco-rubio/'],
  ['Trump', '/actors/donald-trump/'],
  ['Maduro', '/actors/nicolas-maduro/'],
  ['nicolas maduro', '/actors/nicolas-maduro/'],
  ['Pam Bondi', '/actors/pam-bondi/'],
  ['Hegseth', '/actors/pete-hegseth/'],
  ['Finucane', '/actors/brian-finucane/'],
  ['McPherson', '/actors/james-e-mcpherson/'],
  ['Anna Kelly', '/actors/anna-kelly/'],
  ['Sheinbaum', '/actors/claudia-sheinbaum/'],
  ['Noriega', '/actors/manuel-noriega/'],
  ['Pentagon', '/actors/department-of-defense/'],
  ['Defense Department', '/actors/department-of-defense/'],
  ['MS-13', '/actors/mara-salvatrucha/'],
  ['Cartel of the Suns', '/actors/cartel-de-los-soles/'],
  ['Tren de Aragua', '/actors/tren-de-aragua/'],
  ['Sinaloa', '/actors/sinaloa-cartel/'],
  ['Venezuela', '/actors/venezuela/'],
  ['Office of Legal Counsel', '/actors/office-of-legal-counsel/'],
  ['Posse Comitatus', '/authorities/posse-comitatus-act/'],
  ['18 U.S.C. 1385', '/authorities/posse-comitatus-act/'],
  ['1878', '/authorities/posse-comitatus-act/'],
  ['AUMF', '/authorities/authorization-for-use-of-military-force-against-al-qaida/'],
  ['assassination ban', '/authorities/executive-order-banning-assassinations/'],
  ['Executive Order 12333', '/authorities/executive-order-banning-assassinations/'],
  ['Executive Order 14157', '/authorities/executive-order-14157/'],
  ['8 U.S.C. 1189', '/authorities/foreign-terrorist-organization-designation-of-tren-de-aragua-mara-salvatrucha-and-others/'],
  ['specially designated global terrorist', '/authorities/specially-designated-global-terrorist-group-designation-of-cartel-de-los-soles/'],
  ['Barr memo', '/authorities/barr-memo/'],
];

const ctx = usePage();

async function firstResult(q: string): Promise<string> {
  await ctx.page.goto(siteUrl(`/search/?q=${encodeURIComponent(q)}`));
  const first = ctx.page.locator('#results > li > a.result-title').first();
  await first.waitFor({ timeout: 15_000 });
  return new URL((await first.getAttribute('href'))!, 'http://x').pathname;
}

describe('the page a reader expects comes first', () => {
  for (const [q, expected] of QUERIES) test(`"${q}" -> ${expected}`, async () => expect(await firstResult(q)).toBe(expected));
});

describe('the search UI', () => {
  test('filter chips by type show counts and narrow the results', async () => {
    await ctx.page.goto(siteUrl('/search/?q=cartel'));
    await ctx.page.locator('#results li').first().waitFor();
    const chips = await ctx.page.locator('#filters button').allTextContents();
    expect(chips[0]).toMatch(/^All \(\d+\)$/);
    expect(chips.some((c) => /^Actors \(\d+\)$/.test(c))).toBe(true);
    await ctx.page.locator('#filters button', { hasText: /^Actors/ }).click();
    await expect.poll(() => ctx.page.locator('#status').textContent()).toMatch(/among actors/);
    const kinds = await ctx.page.locator('#results > li > .meta').allTextContents();
    expect(kinds.every((k) => k.includes('actor'))).toBe(true);
    expect(new URL(ctx.page.url()).searchParams.get('type')).toBe('actor');
  });

  test('a live region announces the result count', async () => {
    await ctx.page.goto(siteUrl('/search/?q=Posse'));
    await expect.poll(() => ctx.page.locator('[role="status"]#status').textContent()).toMatch(/^\d+ results? for “Posse”/);
  });

  test('nothing matching says so and points to the A–Z index', async () => {
    await ctx.page.goto(siteUrl('/search/?q=zzzyxq'));
    await expect.poll(() => ctx.page.locator('#status').textContent()).toMatch(/Nothing matches “zzzyxq”.*A–Z/);
  });

  test('keyboard only: "/" focuses the box, arrows move through results, Enter opens one', async () => {
    await ctx.page.goto(siteUrl('/search/'));
    await ctx.page.keyboard.press('/');
    expect(await ctx.page.evaluate(() => document.activeElement?.id)).toBe('q');
    await ctx.page.keyboard.type('Hegseth');
    // Once the full text has joined the record answer, there are links to move through.
    await ctx.page.locator('#results[data-complete]').waitFor();
    await ctx.page.keyboard.press('ArrowDown');
    const focused = await ctx.page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toContain('/actors/pete-hegseth/');
    await ctx.page.keyboard.press('ArrowDown');
    await ctx.page.keyboard.press('ArrowUp');
    expect(await ctx.page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(focused);
    await ctx.page.keyboard.press('Enter');
    await ctx.page.waitForURL(/\/actors\/pete-hegseth\//);
  });

  test('"/" focuses the header search box on any page', async () => {
    await ctx.page.goto(siteUrl('/actors/'));
    await ctx.page.keyboard.press('/');
    expect(await ctx.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
  });

  test('following a result highlights the matched words on the target page', async () => {
    await ctx.page.goto(siteUrl('/search/?q=Comitatus'));
    await ctx.page.locator('#results > li > a.result-title').first().click();
    await ctx.page.waitForURL(/hl=Comitatus/);
    const marks = await ctx.page.locator('main mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /comitatus/i.test(m))).toBe(true);
  });

  test('the record index loads when the box gets focus; the full-text index only once the reader pauses', async () => {
    const p = await ctx.browser.newPage();
    const fetched: string[] = [];
    p.context().on('request', (r) => fetched.push(r.url()));
    await p.goto(siteUrl('/search/'));
    await p.waitForLoadState('networkidle');
    expect(fetched.filter((u) => u.includes('/pagefind/') || u.endsWith('/records.json'))).toEqual([]);
    await p.locator('#q').focus();
    await expect.poll(() => fetched.filter((u) => u.endsWith('/search/records.json')).length).toBe(1);
    // Typing at a typist's pace: the name is answered from the record index alone.
    await p.keyboard.type('Hegseth', { delay: 30 });
    await p.locator('#results a[href*="/actors/pete-hegseth/"]').first().waitFor();
    expect(fetched.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    // Then the full text joins beneath.
    await p.locator('#results[data-complete]').waitFor();
    expect(fetched.filter((u) => u.includes('/pagefind/')).length).toBeGreaterThan(0);
    await p.close();
  });

  test('without JS, /search/ lists every actor, authority and source from A to Z', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(siteUrl('/search/?q=anything'));
    const links = await p.locator('#az a[href*="/actors/"], #az a[href*="/authorities/"], #az a[href*="/sources/"]').count();
    const actors = await (await fetch(siteUrl('/data/actors.json'))).json();
    const authorities = await (await fetch(siteUrl('/data/authorities.json'))).json();
    const sources = await (await fetch(siteUrl('/data/sources.json'))).json();
    expect(links).toBe(actors.count + authorities.count + sources.count);
    expect(await p.locator('#az a[href$="/events/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
