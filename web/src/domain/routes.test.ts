import { describe, expect, it } from 'vitest';
import { itemPath, pageFor, planIdFor, reportPath, returnReviewFrom, returnUploadedPath, returnUploadPath, routeFor, safeReturnPath, signInPath } from './routes';

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
    ['/my-actions', 'myActions'],
    ['/plans/1/returns/upload', 'returnUpload'],
    ['/plans/1/returns/upload/', 'returnUpload'],
    ['/plans/1/returns', 'notFound'],
    ['/plans/1/returns/uploads/9', 'returnUploaded'],
    ['/plans/1/returns/uploads/0', 'notFound'],
    ['/plans/1/returns/uploads/x', 'notFound'],
    ['/plans/1/returns/uploads/9/apply', 'notFound'],
    ['/admin', 'admin'],
    ['/admin/users', 'admin'],
    ['/admin/users/3', 'admin'],
    ['/administration', 'notFound'],
    ['/nope', 'notFound'],
  ])('%s shows %s', (path, page) => {
    expect(pageFor(path)).toBe(page);
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

