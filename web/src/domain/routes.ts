// Which page an address shows, and where sign-in may send a person back to. DOM-free (routes.test.ts).

export type PageName = 'plans' | 'grid' | 'signIn' | 'notFound';

const pages: Record<string, PageName> = {
  '/': 'plans',
  '/sign-in': 'signIn',
};

/** The page for a path; a trailing slash is forgiven ("/sign-in/"), anything else unknown is "notFound". */
export function pageFor(pathname: string): PageName {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (planIdFor(path) !== null) return 'grid';
  return pages[path] ?? 'notFound';
}

/** The plan an action-plan grid address names ("/plans/12" is 12), or null for any other address. */
export function planIdFor(pathname: string): number | null {
  const match = /^\/plans\/([1-9][0-9]{0,14})\/*$/.exec(pathname);
  return match ? Number(match[1]) : null;
}

/** The address of a plan's action-plan grid. */
export function gridPath(planId: number): string {
  return `/plans/${planId}`;
}

/** The sign-in page's address that brings a person back to `current` (a path with its query) afterwards. */
export function signInPath(current: string): string {
  return current === '/' || pageFor(current.split('?')[0] ?? '/') === 'signIn'
    ? '/sign-in'
    : `/sign-in?returnTo=${encodeURIComponent(current)}`;
}

/**
 * Where to go after signing in. Only a path on this site: "//evil.example" or "/\evil.example" would leave it (an open
 * redirect that makes a phishing link look like ours), and going back to the sign-in page would be a loop.
 */
export function safeReturnPath(returnTo: string | null): string {
  if (!returnTo || !returnTo.startsWith('/') || returnTo.startsWith('//') || returnTo.includes('\\')) return '/';
  if (pageFor(returnTo.split(/[?#]/)[0] ?? '/') === 'signIn') return '/';
  return returnTo;
}
