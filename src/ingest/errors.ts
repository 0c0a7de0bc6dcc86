import type { z } from 'zod';

/**
 * A mistake in the input (a bad file, a bad date, a bad overlay). The CLIs print it as one line
 * naming the file and the problem and exit non-zero, never with a stack trace.
 */
export class InputError extends Error {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
  }
}

/** The value at a path inside parsed data, for showing what was received. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v = data;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/**
 * Turns a zod failure into one readable line: the field path, what is wrong, and the value
 * received when it is a short scalar (`published: a real calendar date (got "2025-13-45")`).
 * Several issues on the same field count once.
 */
function zodProblem(error: z.ZodError, data?: unknown, entry?: (path: PropertyKey[]) => string | null): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const label = entry?.(issue.path);
  const where = label ?? (issue.path.length ? issue.path.join('.') : 'the document');
  const got = valueAt(data, issue.path);
  const shown =
    typeof got === 'string' || typeof got === 'number' || typeof got === 'boolean' ? JSON.stringify(got) : '';
  const received = shown && shown.length <= 60 && !issue.message.includes('received') ? ` (got ${shown})` : '';
  const others = new Set(error.issues.map((i) => i.path.join('.'))).size - 1;
  const more = others > 0 ? ` (and ${others} more problem${others > 1 ? 's' : ''})` : '';
  return `${where}: ${issue.message}${received}${more}`;
}

/**
 * Validates with a schema, or throws an InputError naming the file and the field. `entry` may
 * name the field otherwise (an overlay entry by its record id as well as its place).
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  entry?: (path: PropertyKey[]) => string | null,
): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new InputError(file, zodProblem(result.error, data, entry));
  return result.data;
}

/**
 * An overlay entry named by its place and its record id, then the field: `events.2 ("some-id"):
 * date.value`. The id itself, or an entry without one, is named by its place only.
 */
export function overlayEntry(data: unknown): (path: PropertyKey[]) => string | null {
  return (path) => {
    const [list, i, ...rest] = path;
    if (
      typeof list !== 'string' ||
      !['actors', 'authorities', 'events'].includes(list) ||
      typeof i !== 'number' ||
      rest[0] === 'id'
    )
      return null;
    const id = valueAt(data, [list, i, 'id']);
    if (typeof id !== 'string' || !id) return null;
    return `${list}.${i} (${JSON.stringify(id)})${rest.length ? `: ${rest.join('.')}` : ''}`;
  };
}
