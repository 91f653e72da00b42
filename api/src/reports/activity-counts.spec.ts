import { describe, expect, it } from '@jest/globals';
import { addDays, daysBetween } from './report.contract.js';
import { countingPlan, type DayRange } from './activity-counts.js';

/** How many times each day counts under the plan: +1 per whole month or added range covering it, -1 per subtracted range. */
function dayWeights(plan: ReturnType<typeof countingPlan>, around: DayRange): Map<string, number> {
  const weights = new Map<string, number>();
  const covers = ([from, until]: DayRange, day: string): boolean => day >= from && day < until;
  for (let day = around[0]; day < around[1]; day = addDays(day, 1)) {
    let weight = 0;
    if (covers(plan.months, `${day.slice(0, 7)}-01`)) weight += 1;
    for (const range of plan.add) if (covers(range, day)) weight += 1;
    for (const range of plan.subtract) if (covers(range, day)) weight -= 1;
    weights.set(day, weight);
  }
  return weights;
}

describe('countingPlan', () => {
  it('counts every day of the period once and no day outside it, for periods of every length and position', () => {
    const starts = ['2023-12-31', '2024-01-01', '2024-01-02', '2024-01-16', '2024-02-15', '2024-02-28', '2024-02-29', '2024-03-31'];
    const lengths = [1, 2, 14, 15, 16, 17, 28, 29, 30, 31, 32, 45, 60, 89, 90, 365, 366, 1826];
    const wrong: string[] = [];
    for (const from of starts) {
      for (const length of lengths) {
        const until = addDays(from, length);
        const plan = countingPlan(from, until);
        for (const [day, weight] of dayWeights(plan, [addDays(from, -62), addDays(until, 62)])) {
          if (weight !== (day >= from && day < until ? 1 : 0)) wrong.push(`[${from}, ${until}): ${day} counted ${weight} times`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads at most half of a partial month in days', () => {
    const plan = countingPlan('2021-12-03', '2026-12-03');
    expect(plan.months).toEqual(['2021-12-01', '2026-12-01']);
    expect(plan.subtract).toEqual([['2021-12-01', '2021-12-03']]);
    expect(plan.add).toEqual([['2026-12-01', '2026-12-03']]);
    const read = [...plan.add, ...plan.subtract].reduce((days, [from, until]) => days + daysBetween(from, until), 0);
    expect(read).toBe(4);
  });

  it('reads a period of whole months from the month rows only', () => {
    expect(countingPlan('2024-01-01', '2025-01-01')).toEqual({ months: ['2024-01-01', '2025-01-01'], add: [], subtract: [] });
  });
});
