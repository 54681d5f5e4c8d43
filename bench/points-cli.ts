/** `npx tsx bench/points-cli.ts`: the points table alone (BENCH_SIZES as for `npm run bench`). */
import { benchPanelPoints } from './panel-points';

const sizes = (process.env.BENCH_SIZES ?? '50,500,5000').split(',').map(Number);
benchPanelPoints(sizes)
  .then((table) => console.log(`\n${table}`))
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
