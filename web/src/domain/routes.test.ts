import { describe, expect, it } from 'vitest';
import { pageFor, planIdFor, safeReturnPath, signInPath } from './routes';

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
    ['/nope', 'notFound'],
  ])('%s shows %s', (path, page) => {
    expect(pageFor(path)).toBe(page);
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
