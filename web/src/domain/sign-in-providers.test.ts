import { describe, expect, it } from 'vitest';
import { providerSignOutTarget, singleSignOnError, singleSignOnHref } from './sign-in-providers';

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

describe('providerSignOutTarget', () => {
  it('follows the provider\'s https or http end-session address', () => {
    const address = 'https://login.example/tenant/oauth2/v2.0/logout?id_token_hint=a.b.c&post_logout_redirect_uri=https%3A%2F%2Ftracker%2Fsign-in%3FsignedOut%3D1';
    expect(providerSignOutTarget(address)).toBe(address);
    expect(providerSignOutTarget('http://127.0.0.1:5001/connect/endsession?x=1')).toBe('http://127.0.0.1:5001/connect/endsession?x=1');
  });

  it('stays in the tracker without one, or for anything but an absolute web address', () => {
    expect(providerSignOutTarget(null)).toBeNull();
    expect(providerSignOutTarget(undefined)).toBeNull();
    expect(providerSignOutTarget('')).toBeNull();
    expect(providerSignOutTarget('javascript:alert(1)')).toBeNull();
    expect(providerSignOutTarget('/sign-in')).toBeNull();
  });
});
