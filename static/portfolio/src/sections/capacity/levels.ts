import type { GetPortfolioCapacityResult } from '../../../../../src/contracts/portfolio-capacity';
import { NNBSP } from '../../../../../src/wording/typography';
import type { PortfolioFormatters } from '../../format';
import type { Strings } from '../../i18n';

export type Level = 'ok' | 'at_risk' | 'over';
export type CapacityData = GetPortfolioCapacityResult;
export type PersonRow = CapacityData['people'][number];
export type Cell = PersonRow['weeks'][number];

/** The levels in the legend's order, the most pressing first. */
export const LEVELS: readonly Level[] = ['over', 'at_risk', 'ok'];

/** The weeks the selector offers. */
export const WEEK_CHOICES = [4, 8, 12, 26] as const;
export type WeekChoice = (typeof WEEK_CHOICES)[number];

/**
 * The level of a team's week, by the same thresholds as a person's (`src/domain/capacity`): over 100 % of the
 * capacity is over-allocated, over 85 % at risk; a week with demand and no capacity is over-allocated.
 */
export function teamLevel(ratio: number | null, demandDays: number): Level {
  if (ratio === null) return demandDays > 0 ? 'over' : 'ok';
  if (ratio > 1) return 'over';
  if (ratio > 0.85) return 'at_risk';
  return 'ok';
}

type Words = Strings['capacityView'];

/** A load in per cent, with the narrow no-break space French puts before `%` (`120 %`). */
export const percentOf = (f: PortfolioFormatters, ratio: number): string => f.percent(ratio).replace(/[\u00a0 ]%/u, `${NNBSP}%`);

/** A load's words: `120 %, surchargé`, or « Aucune capacité » when the person can give nothing that week. */
export function loadText(w: Words, f: PortfolioFormatters, ratio: number | null, level: Level): string {
  return w.cellText(ratio === null ? w.noCapacity : percentOf(f, ratio), w.levelInSentence[level]);
}
