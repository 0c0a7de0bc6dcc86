import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Puts a fully written folder in place of `target` with two renames (the old one aside, the new one
 * in), then removes the old one; if the swap fails half way, the old folder is put back and the new
 * one removed, so `target` is never left half-written. Used for content/ and for dist/.
 */
export function swapFolder(fresh: string, target: string, old: string): void {
  try {
    if (existsSync(target)) renameSync(target, old);
    renameSync(fresh, target);
  } catch (e) {
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    rmSync(fresh, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
