import boilerplate from '../lexicons/boilerplate.json' with { type: 'json' };

export interface CleanArticle {
  /** The headline, when found in the text. */
  title: string | null;
  /** The photo caption, kept once, apart from the story. */
  caption: string | null;
  /** The story's lines, boilerplate removed; blank lines kept as paragraph breaks. */
  lines: string[];
}

const junk = boilerplate.lines.map((p) => new RegExp(p, 'iu'));
const credits = boilerplate.credits.map((p) => new RegExp(p, 'u'));
const captionMarks = boilerplate.captionMarkers.map((p) => new RegExp(p, 'iu'));

/** Normalises line endings (CRLF, lone CR), strips a BOM, and folds odd spaces. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B\u2060]/g, '');
}

const isJunk = (line: string) => junk.some((re) => re.test(line)) || credits.some((re) => re.test(line));

const isCaption = (line: string) => captionMarks.some((re) => re.test(line));

/**
 * Strips web-page furniture (player lines, photo credits, agency codes, "More On This Topic"),
 * takes the caption out of the story, and finds the headline (the meta title when given,
 * else the first line that stands alone before the story).
 */
export function clean(raw: string, knownTitle?: string): CleanArticle {
  const lines = normalizeText(raw).split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim());
  let caption: string | null = null;
  let title: string | null = null;
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '') {
      kept.push('');
      continue;
    }
    if (isJunk(line)) continue;
    if (isCaption(line)) {
      caption ??= line;
      continue;
    }
    if (title === null && knownTitle && line === knownTitle.trim()) {
      title = line;
      continue;
    }
    kept.push(line);
  }
  if (title === null && !knownTitle) {
    // Without metadata, a short first line with no closing punctuation is the headline.
    const first = kept.findIndex((l) => l !== '');
    const line = kept[first];
    if (line && line.length < 160 && !/[.!?"”]$/.test(line) && kept.slice(first + 1).some((l) => l !== '')) {
      title = line;
      kept.splice(first, 1);
    }
  }
  return { title, caption, lines: kept };
}
