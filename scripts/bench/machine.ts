// The machine a benchmark ran on, and a fixed CPU task timed in the same run, so figures from a
// busy (shared) machine can be read against it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM } from './lighthouse.ts';

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the bench started. */
  load: number;
  /** ms to SHA-256 64 MB: the same work on every run, a yardstick for how busy the machine was. */
  calibrationMs: number;
}

export function calibrate(): number {
  const buf = Buffer.alloc(64 * 1024 * 1024, 7);
  const t = performance.now();
  createHash('sha256').update(buf).digest();
  return performance.now() - t;
}

export function machine(): Machine {
  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: chromium.stdout?.trim().split('\n').pop() || `not found at ${CHROMIUM}`,
    load: loadavg()[0]!,
    calibrationMs: calibrate(),
  };
}
