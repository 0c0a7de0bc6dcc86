import boilerplate from '../lexicons/boilerplate.json' with { type: 'json' };

export interface CleanArticle {
  /** The headline, when found in the text. */
  title: string | null;
  /** The photo caption, kept once, apart from the story. */
  caption: string | null;
  /** The story's lines, boilerplate removed; blank lines kept as paragraph breaks. */
  lines: string[];
}

const JUNK_LINES = new Set(boilerplate.lines);
const AGENCIES = new Set(boilerplate.agencies);
const CODED_AGENCIES = new Set(boilerplate.codedAgencies);
/** What a line break, an odd space or an invisible character becomes. */
const FOLD: Record<string, string> = { '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u200B': '', '\u2060': '' };
const ODD_CHARACTERS = /\r\n?|[\u00A0\u2007\u202F\u200B\u2060]/g;
/** A player's time stamp ("0:00"). */
const CLOCK = /^\d{1,2}:\d{2}$/;
/** An agency's photo code ("XY123456"). */
const PHOTO_CODE = /^[A-Z]{2,4}\d{4,}$/;
const SENTENCE_END = new Set(['.', '!', '?', '"', '”']);

/** Normalises line endings (CRLF, lone CR), strips a BOM, and folds odd spaces. */
export function normalizeText(raw: string): string {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  return text.replace(ODD_CHARACTERS, (c) => FOLD[c] ?? '\n');
}

/** A line with runs of spaces and tabs folded to one space, trimmed. */
const foldSpaces = (line: string) => line.replaceAll('\t', ' ').split(' ').filter(Boolean).join(' ').trim();

const isCapitalised = (word: string) => word[0] !== word[0]!.toLowerCase();

/** "Jane Doe/AP": one to four capitalised words, a slash, an agency. */
function isCredit(line: string): boolean {
  const slash = line.lastIndexOf('/');
  if (slash < 0 || !AGENCIES.has(line.slice(slash + 1).trim())) return false;
  const words = line.slice(0, slash).split(' ').filter(Boolean);
  return words.length >= 1 && words.length <= 4 && words.every(isCapitalised);
}

function isJunk(line: string): boolean {
  const lower = line.toLowerCase();
  if (JUNK_LINES.has(lower) || boilerplate.linePrefixes.some((p) => lower.startsWith(p))) return true;
  const words = line.split(' ');
  if (words.every((w) => CLOCK.test(w))) return true;
  if (words.length === 2 && PHOTO_CODE.test(words[0]!) && CODED_AGENCIES.has(words[1]!)) return true;
  return isCredit(line);
}

/** A caption ends with a bracket that credits the photo: "(AP Photo/Jane Doe)", "(Photo by …)". */
function isCaption(line: string): boolean {
  const open = line.lastIndexOf('(');
  if (open < 0 || !line.endsWith(')')) return false;
  const credit = line
    .slice(open + 1)
    .toLowerCase()
    .split('/')
    .map((part) => part.trim())
    .join('/');
  return boilerplate.captionMarkers.some((m) => credit.startsWith(m));
}

/** Without metadata, a short first line with no closing punctuation is the headline. */
function headlineOf(kept: string[]): string | null {
  const first = kept.findIndex((l) => l !== '');
  const line = kept[first];
  if (!line || line.length >= 160 || SENTENCE_END.has(line.at(-1)!)) return null;
  if (!kept.slice(first + 1).some((l) => l !== '')) return null;
  kept.splice(first, 1);
  return line;
}

/**
 * Strips web-page furniture (player lines, photo credits, agency codes, "More On This Topic"),
 * takes the caption out of the story, and finds the headline (the meta title when given,
 * else the first line that stands alone before the story).
 */
export function clean(raw: string, knownTitle?: string): CleanArticle {
  const lines = normalizeText(raw).split('\n').map(foldSpaces);
  let caption: string | null = null;
  let title: string | null = null;
  const kept: string[] = [];
  for (const line of lines) {
    if (line !== '' && isJunk(line)) continue;
    if (line !== '' && isCaption(line)) {
      caption ??= line;
      continue;
    }
    if (line !== '' && title === null && knownTitle && line === knownTitle.trim()) {
      title = line;
      continue;
    }
    kept.push(line);
  }
  if (title === null && !knownTitle) title = headlineOf(kept);
  return { title, caption, lines: kept };
}
