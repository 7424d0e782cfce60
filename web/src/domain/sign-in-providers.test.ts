import { describe, expect, it } from 'vitest';
import { singleSignOnError, singleSignOnHref } from './sign-in-providers';

describe('singleSignOnError', () => {
  it('says nothing without a code', () => {
    expect(singleSignOnError(null)).toBeNull();
    expect(singleSignOnError('')).toBeNull();
  });

  it.each([
    ['accessDenied', 'cancelled or refused'],
    ['noRole', 'does not give you a role'],
    ['noAccount', 'no account in this tracker'],
    ['noEmail', 'did not share an email address'],
    ['disabled', 'switched off'],
    ['failed', 'did not work'],
  ])('explains %s', (code, words) => {
    expect(singleSignOnError(code)).toContain(words);
  });

  it('treats an unknown or inherited code as a failure, never as no error', () => {
    expect(singleSignOnError('somethingNew')).toContain('did not work');
    expect(singleSignOnError('toString')).toContain('did not work');
  });
});

describe('singleSignOnHref', () => {
  it('adds where to come back to, encoded', () => {
    expect(singleSignOnHref('/api/session/sso', '/plans/3?level=actions')).toBe('/api/session/sso?returnTo=%2Fplans%2F3%3Flevel%3Dactions');
  });

  it('leaves the home page out', () => {
    expect(singleSignOnHref('/api/session/sso', '/')).toBe('/api/session/sso');
  });
});
