import { describe, expect, it } from 'vitest';
import { directionPath, indicatorDeletePath, indicatorEditPath, indicatorNewPath, indicatorPath, indicatorYearPath, scorecardImportPath, periodFrom, scorecardPath, scorecardValuesPath, gridFrom, itemPath, pageFor, printedFiguresPath, reviewClosePath, reviewOpenPath, reviewsPath, scorePath, planIdFor, reportPath, returnReviewFrom, returnUploadedPath, returnUploadPath, routeFor, safeReturnPath, signInPath } from './routes';

describe('pageFor', () => {
  it.each([
    ['/', 'plans'],
    ['/sign-in', 'signIn'],
    ['/sign-in/', 'signIn'],
    ['/Sign-in', 'notFound'],
    ['/plans/123', 'grid'],
    ['/plans/123/', 'grid'],
    ['/plans/abc', 'notFound'],
    ['/plans/0', 'notFound'],
    ['/plans/1/2', 'notFound'],
    ['/plans/1/dashboard', 'dashboard'],
    ['/plans/1/report/', 'report'],
    ['/plans/1/reports', 'notFound'],
    ['/plans/1/items/action/7', 'item'],
    ['/plans/1/items/widget/7', 'notFound'],
    ['/plans/1/items/action/0', 'notFound'],
    ['/plans/1/items/action/7/score', 'itemScore'],
    ['/plans/1/items/measure/7/score/', 'itemScore'],
    ['/plans/1/items/priority/7/score', 'notFound'],
    ['/plans/1/items/action/7/direction', 'itemDirection'],
    ['/plans/1/items/action/7/scores', 'notFound'],
    ['/plans/1/printed-figures', 'printedFigures'],
    ['/plans/1/printed-figures/averages/3/delete', 'printedFigures'],
    ['/plans/1/printed', 'notFound'],
    ['/my-actions', 'myActions'],
    ['/settings/reminders', 'reminderSettings'],
    ['/plans/1/returns/upload', 'returnUpload'],
    ['/plans/1/returns/upload/', 'returnUpload'],
    ['/plans/1/returns', 'notFound'],
    ['/plans/1/returns/uploads/9', 'returnUploaded'],
    ['/plans/1/returns/uploads/0', 'notFound'],
    ['/plans/1/returns/uploads/x', 'notFound'],
    ['/plans/1/returns/uploads/9/apply', 'notFound'],
    ['/plans/1/reviews', 'reviews'],
    ['/plans/1/reviews/', 'reviews'],
    ['/plans/1/reviews/new', 'reviewOpen'],
    ['/plans/1/reviews/7/close', 'reviewClose'],
    ['/plans/1/reviews/7', 'notFound'],
    ['/plans/1/reviews/0/close', 'notFound'],
    ['/plans/1/reviews/new/close', 'notFound'],
    ['/plans/1/reviews/7/open', 'notFound'],
    ['/admin', 'admin'],
    ['/admin/users', 'admin'],
    ['/admin/users/3', 'admin'],
    ['/administration', 'notFound'],
    ['/nope', 'notFound'],
  ])('%s shows %s', (path, page) => {
    expect(pageFor(path)).toBe(page);
  });
});

describe('the board’s review pages', () => {
  it('reads the plan and the review from their addresses, and builds the addresses it reads', () => {
    expect(routeFor(reviewsPath(12))).toEqual({ page: 'reviews', planId: 12 });
    expect(routeFor(reviewOpenPath(12))).toEqual({ page: 'reviewOpen', planId: 12 });
    expect(routeFor(reviewClosePath(12, 34))).toEqual({ page: 'reviewClose', planId: 12, reviewId: 34 });
    expect(reviewsPath(12)).toBe('/plans/12/reviews');
    expect(reviewOpenPath(12)).toBe('/plans/12/reviews/new');
    expect(reviewClosePath(12, 34)).toBe('/plans/12/reviews/34/close');
  });
});

describe('routeFor', () => {
  it('reads the plan and the upload from a return address, and builds the addresses it reads', () => {
    expect(routeFor(returnUploadPath(7))).toEqual({ page: 'returnUpload', planId: 7 });
    expect(routeFor(returnUploadedPath(7, 31))).toEqual({ page: 'returnUploaded', planId: 7, importId: 31 });
    expect(returnUploadPath(7, 12)).toBe('/plans/7/returns/upload?review=12');
    expect(returnUploadPath(7, null)).toBe('/plans/7/returns/upload');
  });
  it.each([
    ['?review=12', 12],
    ['', null],
    ['?review=0', null],
    ['?review=twelve', null],
    ['?review=-3', null],
  ])('reads the review a return is for from %s', (query, review) => {
    expect(returnReviewFrom(new URLSearchParams(query))).toBe(review);
  });
  it('reads the plan and item from an item address', () => {
    expect(routeFor(itemPath(4, 'measure', 19))).toEqual({ page: 'item', planId: 4, itemKind: 'measure', itemId: 19 });
  });
  it('reads the plan from a dashboard address', () => {
    expect(routeFor('/plans/12/dashboard')).toEqual({ page: 'dashboard', planId: 12 });
  });
  it('hands the administration pages the rest of their path', () => {
    expect(routeFor('/admin')).toEqual({ page: 'admin', adminPath: '' });
    expect(routeFor('/admin/scales/2/')).toEqual({ page: 'admin', adminPath: '/scales/2' });
  });
  it('does not read a dashboard address as a grid', () => {
    expect(planIdFor('/plans/12/dashboard')).toBeNull();
  });
});

describe('signInPath', () => {
  it.each([
    ['/', '/sign-in'],
    ['/sign-in', '/sign-in'],
    ['/sign-in?returnTo=%2F', '/sign-in'],
    ['/plans/3?review=2', '/sign-in?returnTo=%2Fplans%2F3%3Freview%3D2'],
  ])('from %s is %s', (current, expected) => {
    expect(signInPath(current)).toBe(expected);
  });
});

describe('safeReturnPath', () => {
  it.each([
    [null, '/'],
    ['', '/'],
    ['/', '/'],
    ['/plans/3?review=2', '/plans/3?review=2'],
    ['https://evil.example/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in', '/'],
    ['/sign-in?returnTo=/', '/'],
    // Issue 13: URL parsing drops tabs and newlines, so "/\t/evil" would be "//evil", off the site.
    ['/%09/evil.example', '/'],
    ['/%09/evil.example/x', '/'],
    ['/\t/evil', '/'],
    ['/\n/evil', '/'],
    ['/\r/evil', '/'],
    ['/\u00a0/evil', '/'],
    ['/\u200b/evil', '/'],
    ['/ /evil', '/'],
    ['/\\evil', '/'],
    ['/%5Cevil', '/'],
    ['//evil', '/'],
    ['///evil', '/'],
    ['/%2F%2Fevil', '/'],
    ['/%2F/evil', '/'],
    ['/%252F%252Fevil', '/'],
    ['/%250A/evil', '/'],
    ['/%E0%A4%A', '/'],
    ['javascript:alert(1)', '/'],
    ['javascript:/evil', '/'],
    ['/plans/3?person=4#top', '/plans/3?person=4#top'],
    ['/plans/3?search=child%20care', '/plans/3?search=child%20care'],
    ['/plans/3?search=a\tb', '/'],
    ['/plans/3%2Fitems', '/plans/3%2Fitems'],
  ])('%s goes to %s', (returnTo, expected) => {
    expect(safeReturnPath(returnTo)).toBe(expected);
  });
});

describe('planIdFor', () => {
  it.each([
    ['/plans/12', 12],
    ['/plans/12/', 12],
    ['/plans/', null],
    ['/plans/-1', null],
    ['/', null],
  ])('%s is %s', (path, id) => {
    expect(planIdFor(path)).toBe(id);
  });
});

describe('reportPath', () => {
  it.each([
    [undefined, undefined, '/plans/3/report'],
    [9, undefined, '/plans/3/report?review=9'],
    [null, '2026-08-15', '/plans/3/report?asOf=2026-08-15'],
    [9, '2026-08-15', '/plans/3/report?review=9&asOf=2026-08-15'],
  ] as const)('review %s as of %s is %s', (reviewId, asOf, expected) => {
    expect(reportPath(3, reviewId, asOf)).toBe(expected);
  });
});

describe('the board’s scoring pages', () => {
  it('reads the plan and item from a score or direction address, and builds the addresses it reads', () => {
    expect(routeFor(scorePath(4, 'action', 19))).toEqual({ page: 'itemScore', planId: 4, itemKind: 'action', itemId: 19 });
    expect(routeFor(directionPath(4, 'measure', 2))).toEqual({ page: 'itemDirection', planId: 4, itemKind: 'measure', itemId: 2 });
    expect(routeFor('/plans/4/printed-figures/12/delete')).toEqual({ page: 'printedFigures', planId: 4, subPath: '/12/delete' });
    expect(routeFor(printedFiguresPath(4))).toEqual({ page: 'printedFigures', planId: 4, subPath: '' });
  });
  it.each([
    [{}, '/plans/4/items/action/19/score'],
    [{ reviewId: 7 }, '/plans/4/items/action/19/score?review=7'],
    [{ reviewId: 7, from: '/plans/4?person=3&sort=deadline' }, '/plans/4/items/action/19/score?review=7&from=%2Fplans%2F4%3Fperson%3D3%26sort%3Ddeadline'],
  ])('a score address with %o is %s', (options, expected) => {
    expect(scorePath(4, 'action', 19, options)).toBe(expected);
  });
  it('builds the direction and printed figures addresses with their review', () => {
    expect(directionPath(4, 'action', 19, 7)).toBe('/plans/4/items/action/19/direction?review=7');
    expect(directionPath(4, 'action', 19)).toBe('/plans/4/items/action/19/direction');
    expect(printedFiguresPath(4, 7, '/new')).toBe('/plans/4/printed-figures/new?review=7');
  });
  it.each([
    ['?from=%2Fplans%2F4%3Fperson%3D3', '/plans/4?person=3'],
    ['?from=%2Fplans%2F4', '/plans/4'],
    ['', null],
    ['?from=%2Fplans%2F5', null],
    ['?from=%2Fplans%2F4%2Fdashboard', null],
    ['?from=https%3A%2F%2Fevil.example%2Fplans%2F4', null],
    ['?from=%2F%2Fevil.example%2Fplans%2F4', null],
  ])('takes the grid to go back to from %s as %s', (query, expected) => {
    expect(gridFrom(new URLSearchParams(query), 4)).toBe(expected);
  });
});

describe('the scorecard pages', () => {
  it('reads the scorecard, the values form and an indicator page, and nothing like them', () => {
    expect(routeFor('/plans/3/scorecard')).toEqual({ page: 'scorecard', planId: 3 });
    expect(routeFor('/plans/3/scorecard/')).toEqual({ page: 'scorecard', planId: 3 });
    expect(routeFor('/plans/3/scorecard/values')).toEqual({ page: 'scorecardValues', planId: 3 });
    expect(routeFor('/plans/3/scorecard/import')).toEqual({ page: 'scorecardImport', planId: 3 });
    expect(scorecardImportPath(3)).toBe('/plans/3/scorecard/import');
    expect(routeFor('/plans/3/indicators/17')).toEqual({ page: 'indicator', planId: 3, indicatorId: 17 });
    expect(pageFor('/plans/3/indicators')).toBe('notFound');
    expect(pageFor('/plans/3/indicators/0')).toBe('notFound');
    expect(pageFor('/plans/3/scorecard/other')).toBe('notFound');
    expect(pageFor('/plans/x/scorecard')).toBe('notFound');
  });

  it('writes their addresses, with the period or as-of month in the query', () => {
    expect(scorecardPath(3)).toBe('/plans/3/scorecard');
    expect(scorecardPath(3, '2025-09')).toBe('/plans/3/scorecard?asOf=2025-09');
    expect(scorecardValuesPath(3)).toBe('/plans/3/scorecard/values');
    expect(scorecardValuesPath(3, '2025-10')).toBe('/plans/3/scorecard/values?period=2025-10');
    expect(indicatorPath(3, 17)).toBe('/plans/3/indicators/17');
    for (const path of [scorecardPath(3, '2025-09'), scorecardValuesPath(3, '2025-10'), indicatorPath(3, 17)]) {
      expect(routeFor(path.split('?')[0]!).planId).toBe(3);
    }
  });

  it('takes a period from the query only when it is one', () => {
    expect(periodFrom(new URLSearchParams('period=2025-09'), 'period')).toBe('2025-09');
    expect(periodFrom(new URLSearchParams('period=2025-13'), 'period')).toBeNull();
    expect(periodFrom(new URLSearchParams('period=2025-9'), 'period')).toBeNull();
    expect(periodFrom(new URLSearchParams('asOf=2025-09'), 'period')).toBeNull();
  });

  it('reads the indicator forms: add, edit, delete and a year, and nothing like them', () => {
    expect(routeFor('/plans/3/indicators/new')).toEqual({ page: 'indicatorNew', planId: 3 });
    expect(routeFor('/plans/3/indicators/17/edit')).toEqual({ page: 'indicatorEdit', planId: 3, indicatorId: 17 });
    expect(routeFor('/plans/3/indicators/17/delete')).toEqual({ page: 'indicatorDelete', planId: 3, indicatorId: 17 });
    expect(routeFor('/plans/3/indicators/17/years/2025')).toEqual({ page: 'indicatorYear', planId: 3, indicatorId: 17, year: 2025 });
    expect(routeFor('/plans/3/indicators/17/years/2025/')).toEqual({ page: 'indicatorYear', planId: 3, indicatorId: 17, year: 2025 });
    for (const path of ['/plans/3/indicators/17/years', '/plans/3/indicators/17/years/25', '/plans/3/indicators/17/years/1890',
      '/plans/3/indicators/17/years/2025-26', '/plans/3/indicators/new/edit', '/plans/3/indicators/0/edit', '/plans/3/indicators/17/remove']) {
      expect(pageFor(path)).toBe('notFound');
    }
    expect(indicatorNewPath(3)).toBe('/plans/3/indicators/new');
    expect(indicatorEditPath(3, 17)).toBe('/plans/3/indicators/17/edit');
    expect(indicatorDeletePath(3, 17)).toBe('/plans/3/indicators/17/delete');
    expect(indicatorYearPath(3, 17, 2025)).toBe('/plans/3/indicators/17/years/2025');
    for (const path of [indicatorNewPath(3), indicatorEditPath(3, 17), indicatorDeletePath(3, 17), indicatorYearPath(3, 17, 2025)]) {
      expect(pageFor(path)).not.toBe('notFound');
    }
  });
});
