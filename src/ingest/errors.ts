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

/** Turns a zod failure into one readable line: the field path, what is wrong. */
export function zodProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.length ? issue.path.join('.') : 'the document';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${where}: ${issue.message}${more}`;
}

/** Validates with a schema, or throws an InputError naming the file and the field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new InputError(file, zodProblem(result.error));
  return result.data;
}
