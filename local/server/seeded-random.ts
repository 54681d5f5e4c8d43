import prand from 'pure-rand';

/**
 * The host's own seeded source of uniform numbers in [0, 1), for reproducible faults (`seed` in /local/faults).
 * From pure-rand (Mersenne Twister: small seeds still give well-mixed first draws), so the host shares no code with the app it emulates a platform for.
 */
export function seededRandom(seed: number): () => number {
  const generator = prand.mersenne(seed >>> 0);
  return () => prand.unsafeUniformIntDistribution(0, 0xffffffff, generator) / 4294967296;
}
