import { InputError } from '../errors.ts';

/**
 * Runs a command line: a user's mistake (InputError) prints one line on stderr and exits with
 * `userExit`; anything else is a bug in this program and keeps its stack trace.
 */
export async function runCli(main: () => Promise<void> | void, userExit: number): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`error: ${e.message}\n`);
      process.exit(userExit);
    }
    throw e;
  }
}
