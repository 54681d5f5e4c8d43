import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Measured<T> {
  value: T;
  ms: number;
  /** Highest heap in use while it ran, minus the heap before, in MB (sampled every 2 ms). */
  peakHeapDeltaMb: number;
  /** Process peak resident set size afterwards, in MB. */
  maxRssMb: number;
}

/** Wall time and memory of one async operation in this process (the local host runs in-process). */
export async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 2);
  const started = performance.now();
  try {
    const value = await work();
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { value, ms, peakHeapDeltaMb: (peak - before) / 2 ** 20, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** Runs `work` over `items`, `limit` at a time. */
export async function eachBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/** Gzipped size in KB of the issue panel's JavaScript, file by file, as a browser would download it. */
export function panelBundleGzipKb(appDir: string): { files: number; kb: number } | undefined {
  const dir = join(appDir, 'static', 'issue-panel', 'build', 'assets');
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.js'));
  } catch {
    return undefined;
  }
  const bytes = names.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return { files: names.length, kb: bytes / 1024 };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
