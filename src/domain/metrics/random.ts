/** A source of uniform numbers in [0, 1); Monte Carlo takes one so results are reproducible. */
export type Random = () => number;

/** mulberry32: a tiny 32-bit seeded PRNG, good enough for simulation (not for anything secret). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed derived from a string (e.g. the epic key), so each campaign gets its own but stable stream. */
export function seedFrom(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Triangular distribution on [min, max] with the given mode. */
export const triangular = (random: Random, min: number, mode: number, max: number): number => triangularInverse(random(), min, mode, max);

/** Standard normal draw (Box–Muller). */
export function standardNormal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Inverse CDF of the triangular distribution on [min, max] with the given mode, at u in [0, 1]. */
export function triangularInverse(u: number, min: number, mode: number, max: number): number {
  const cut = (mode - min) / (max - min);
  return u < cut ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}
