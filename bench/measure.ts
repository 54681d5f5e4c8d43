import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { must } from '../local/shared/must';

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
  // One iterator shared by the workers: each takes the next item when it is free.
  const queue = items.values();
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (const item of queue) await work(item);
    }),
  );
}

/**
 * Gzipped size (KiB) of the issue panel's JavaScript as a browser downloads it: the scripts and module preloads
 * that index.html names (loaded on every panel open), and the lazy chunks apart (loaded only if code asks).
 */
export function panelBundleGzipKb(appDir: string): { loadedKb: number; lazyKb: number; lazyFiles: number } | undefined {
  const build = join(appDir, 'static', 'issue-panel', 'build');
  let html: string;
  let names: string[];
  try {
    html = readFileSync(join(build, 'index.html'), 'utf8');
    names = readdirSync(join(build, 'assets')).filter((f) => f.endsWith('.js'));
  } catch {
    return undefined;
  }
  const loaded = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => must(m[1], 'the file group')));
  const size = (f: string): number => gzipSync(readFileSync(join(build, 'assets', f)), { level: 9 }).length / 1024;
  const lazy = names.filter((f) => !loaded.has(f));
  return { loadedKb: [...loaded].reduce((s, f) => s + size(f), 0), lazyKb: lazy.reduce((s, f) => s + size(f), 0), lazyFiles: lazy.length };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return must(sorted[Math.floor(sorted.length / 2)], 'a value to take the median of');
};
