// The scorecard's pages, loaded on first use by pages/scorecard.ts.
import type { ScorecardContext } from './shell';
export { showValuesForm } from './values';
export { showIndicator } from './indicator';
export { showScorecard } from './scorecard';
export { showIndicatorDelete, showIndicatorForm, showIndicatorYear } from './indicator-edit';

/** The CSV import, a chunk of its own: it brings the administration forms' parts and their stylesheet. */
export async function showValuesImport(ctx: ScorecardContext, planId: number): Promise<void> {
  const page = await import('./import');
  if (!ctx.signal.aborted) await page.showValuesImport(ctx, planId);
}
