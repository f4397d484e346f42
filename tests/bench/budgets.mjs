/**
 * The performance budgets, reported by `npm run bench` next to the measured figures.
 * A budget is a ceiling (`max`), a strict ceiling (`below`) or a floor (`min`); the bench only
 * reports "within" or "over" — it never fails because of them.
 */
export const budgets = {
  initialJsGzipBytes: { max: 115 * 1024, label: '≤ 115 KB' },
  lcpMs: { max: 1000, label: '≤ 1.0 s' },
  tbtMs: { max: 50, label: '≤ 50 ms' },
  performanceScore: { min: 100, label: '= 100' },
  accessibilityScore: { min: 100, label: '= 100' },
  bestPracticesScore: { min: 100, label: '= 100' },
  seoScore: { min: 100, label: '= 100' },
  // The browser alone needs some time to swap in a page; the app is judged against that floor,
  // measured in the same run, rather than against a fixed figure that depends on the host.
  stepToFloorRatio: { max: 1.3, label: '≤ 1.3× the floor' },
};

/** "within" or "over" for `value` against `budget`. */
export function verdict(value, budget) {
  if (value == null || Number.isNaN(value)) return 'n/a';
  if (budget.max !== undefined && value > budget.max) return 'over';
  if (budget.below !== undefined && value >= budget.below) return 'over';
  if (budget.min !== undefined && value < budget.min) return 'over';
  return 'within';
}
