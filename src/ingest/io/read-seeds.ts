import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError, overlayEntry, parseOrThrow } from '../errors.ts';
import { overlay, sourceMeta, type Overlay, type SourceMeta } from '../../schemas/index.ts';

/** Articles larger than this are refused: no news article is; a bigger file is a mistake. */
const MAX_ARTICLE_BYTES = 2_000_000;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

export interface SeedFile {
  /** Path as shown to the user (relative to the working directory when possible). */
  file: string;
  text: string;
  /** The sidecar's metadata, or null when there is none. */
  meta: SourceMeta | null;
}

const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

/** Where the first byte that is not UTF-8 sits, as a 1-based line number. */
function badUtf8Line(bytes: Buffer): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  return lossy.slice(0, at < 0 ? 0 : at).split('\n').length;
}

/**
 * Reads an article as text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded;
 * anything else that is not valid text (NUL bytes, invalid UTF-8) is refused by name.
 */
export function readArticle(path: string): string {
  const file = display(path);
  if (!existsSync(path)) throw new InputError(file, 'no such file');
  if (statSync(path).isDirectory()) throw new InputError(file, 'is a directory, not an article file');
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new InputError(file, 'is empty (0 bytes)');
  if (bytes.length > MAX_ARTICLE_BYTES)
    throw new InputError(
      file,
      `is ${(bytes.length / 1e6).toFixed(1)} MB; an article must be under ${MAX_ARTICLE_BYTES / 1e6} MB`,
    );
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
  else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      // Text with a NUL in every other byte is UTF-16 saved without its byte-order mark.
      const utf16 =
        bytes.length >= 4 &&
        (bytes[1] === 0 || bytes[0] === 0) &&
        bytes.filter((b) => b === 0).length * 2.5 > bytes.length;
      throw new InputError(
        file,
        utf16
          ? 'looks like UTF-16 without a byte-order mark; save it as UTF-8'
          : 'looks binary (it contains NUL bytes), not an article',
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(file, `is not valid UTF-8 text (line ${badUtf8Line(bytes)}); save it as UTF-8`);
    }
  }
  if (text.includes('\u0000')) throw new InputError(file, 'looks binary (it contains NUL bytes), not an article');
  if (text.trim() === '') throw new InputError(file, 'holds only whitespace, no text');
  return text;
}

/** The sidecar beside an article: NAME.meta (YAML), NAME.meta.yaml or NAME.meta.yml. */
export function sidecarPath(articlePath: string): string | null {
  const ext = extname(articlePath);
  const stem = ARTICLE_EXTENSIONS.has(ext.toLowerCase()) ? articlePath.slice(0, -ext.length) : articlePath;
  for (const ext of ['.meta', '.meta.yaml', '.meta.yml']) if (existsSync(stem + ext)) return stem + ext;
  return null;
}

function readYaml(path: string): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    const line = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    const reason = line.endsWith(':') ? line.slice(0, -1) : line;
    throw new InputError(display(path), `is not valid YAML (${reason})`);
  }
}

export function readMeta(path: string): SourceMeta {
  if (statSync(path).isDirectory()) throw new InputError(display(path), 'is a directory, not a metadata sidecar');
  const data = readYaml(path);
  if (data === null || data === undefined)
    throw new InputError(display(path), 'is empty; a sidecar needs at least title, outlet and published');
  // YAML reads an unquoted 2025-08-08 as a string with the default (core) schema; keep it so.
  return parseOrThrow(sourceMeta, data, display(path));
}

/** Every article in a seeds folder with its sidecar (required there), sorted by file name. */
export function readSeeds(dir: string): SeedFile[] {
  if (!existsSync(dir)) throw new InputError(display(dir), 'no such folder');
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new InputError(display(dir), 'holds no article (*.txt)');
  return names.map((name) => {
    const path = join(dir, name);
    const meta = sidecarPath(path);
    if (!meta)
      throw new InputError(
        display(path),
        `has no metadata sidecar (expected ${basename(path, '.txt')}.meta beside it)`,
      );
    const data = readMeta(meta);
    if (data.sha256 && createHash('sha256').update(readFileSync(path)).digest('hex') !== data.sha256)
      throw new InputError(display(path), `differs from the capture recorded in ${basename(meta)} (sha256 mismatch)`);
    return { file: display(path), text: readArticle(path), meta: data };
  });
}

/** The overlay's data validated, or one line naming the file, the entry (and its id) and what is wrong. */
export function parseOverlay(data: unknown, file: string): Overlay {
  return parseOrThrow(overlay, data ?? {}, file, overlayEntry(data));
}

export function readOverlay(path: string): Overlay {
  if (!existsSync(path)) return overlay.parse({});
  return parseOverlay(readYaml(path), display(path));
}
