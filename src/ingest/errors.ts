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
function zodProblem(error: z.ZodError, data?: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.length ? issue.path.join('.') : 'the document';
  const got = valueAt(data, issue.path);
  const shown =
    typeof got === 'string' || typeof got === 'number' || typeof got === 'boolean' ? JSON.stringify(got) : '';
  const received = shown && shown.length <= 60 && !issue.message.includes('received') ? ` (got ${shown})` : '';
  const others = new Set(error.issues.map((i) => i.path.join('.'))).size - 1;
  const more = others > 0 ? ` (and ${others} more problem${others > 1 ? 's' : ''})` : '';
  return `${where}: ${issue.message}${received}${more}`;
}

/** Validates with a schema, or throws an InputError naming the file and the field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new InputError(file, zodProblem(result.error, data));
  return result.data;
}
