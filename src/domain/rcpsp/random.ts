/** The seeded uniform source the engine takes (the campaign Monte Carlo's own generator, reused). */
export { mulberry32, type Random } from '../metrics/random';
