// Single sign-on on the sign-in page (issue 16): the address of the "Sign in with your council account" link, and
// what each ?ssoError= code the server sends back means to the person. DOM-free (sign-in-providers.test.ts).

/** The codes /api/session/sso/complete puts in ?ssoError= (api/Security/Authentication/SingleSignOn.cs). */
const messages: Record<string, string> = {
  accessDenied: 'Signing in with your council account was cancelled or refused. Try again, or ask your IT service desk for access.',
  noRole: 'Your council account does not give you a role in this tracker. Ask your IT service desk or the tracker’s administrator for access.',
  noAccount: 'There is no account in this tracker for your council account yet. Ask the tracker’s administrator to add you, using your work email address.',
  noEmail: 'Your council account did not share an email address, so the tracker cannot tell who you are. Ask your IT service desk to check the app’s settings.',
  disabled: 'Your account in this tracker has been switched off. Ask the tracker’s administrator if you still need it.',
  failed: 'Signing in with your council account did not work. Try again; if it keeps failing, tell your IT service desk.',
};

/** The message for a ?ssoError= code; an unknown code still says that it did not work. Null when there is none. */
export function singleSignOnError(code: string | null): string | null {
  if (!code) return null;
  return Object.prototype.hasOwnProperty.call(messages, code) ? messages[code]! : messages['failed']!;
}

/** The single sign-on link's address, bringing the person back to `returnTo` (already a safe path) afterwards. */
export function singleSignOnHref(address: string, returnTo: string): string {
  return returnTo === '/' ? address : `${address}?returnTo=${encodeURIComponent(returnTo)}`;
}

/**
 * Issue 16: the council provider's sign-out address from DELETE /api/session, if the browser should go there next.
 * Only an absolute http(s) address is followed (never a javascript: or relative one), else null: stay in the tracker.
 */
export function providerSignOutTarget(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
