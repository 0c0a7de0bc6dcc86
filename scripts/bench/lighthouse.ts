// Lighthouse scores per page type, mobile (the default config: simulated slow 4G and a 4x slower
// CPU) and desktop, driving Debian's Chromium through chrome-launcher. One browser for all runs.
import { CHROMIUM_ARGS } from '../../tests/browser/chromium-args.ts';
import type { PageType } from './page-weight.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun extends PageType {
  formFactor: 'mobile' | 'desktop';
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Audits that cost points (score < 1), for the notes. */
  failing: string[];
}

/** The first item an audit names (a URL, a console message, a node), to say what cost the points. */
function detail(a: { details?: unknown }): string {
  const items = (a.details as { items?: Record<string, unknown>[] } | undefined)?.items;
  const first = items?.[0];
  if (!first) return '';
  const node = first['node'] as { snippet?: string } | undefined;
  const where = (first['sourceLocation'] as { url?: string } | undefined)?.url;
  const what = [first['description'], first['url'], where, node?.snippet].filter((x) => typeof x === 'string' && x).join(' ');
  return what ? `: ${what.slice(0, 160)}${items!.length > 1 ? ` (+${items!.length - 1} more)` : ''}` : '';
}

/** Runs every page in both form factors; throws with the reason when Lighthouse cannot run. */
export async function lighthouseAll(origin: string, pages: PageType[], log: (s: string) => void = () => {}): Promise<LighthouseRun[]> {
  const [{ default: lighthouse }, chromeLauncher, { default: desktopConfig }] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
    import('lighthouse/core/config/desktop-config.js'),
  ]);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  const runs: LighthouseRun[] = [];
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const p of pages) {
        log(`lighthouse ${formFactor} ${p.path}`);
        const result = await lighthouse(
          origin + p.path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned no result for ${p.path}`);
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`Lighthouse runtime error on ${p.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const num = (id: string) => lhr.audits[id]?.numericValue ?? null;
        const failing = Object.values(lhr.categories)
          .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => [c.id, lhr.audits[r.id]!] as const))
          .filter(([, a]) => a.score !== null && a.score < 1)
          .map(([c, a]) => `${c}: ${a.id} (${a.displayValue ?? a.score})${detail(a)}`);
        runs.push({
          ...p,
          formFactor,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)])) as LighthouseRun['scores'],
          lcpMs: num('largest-contentful-paint'),
          tbtMs: num('total-blocking-time'),
          cls: num('cumulative-layout-shift'),
          failing,
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return runs;
}
