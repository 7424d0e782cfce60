// The scorecard's pages, loaded on first use by pages/scorecard.ts.
export { showValuesForm } from './values';
export { showIndicator } from './indicator';
export { showScorecard } from './scorecard';
export { showIndicatorDelete, showIndicatorForm, showIndicatorYear } from './indicator-edit';
