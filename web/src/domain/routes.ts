// Which page an address shows, and where sign-in may send a person back to. DOM-free (routes.test.ts).
//
// The app's addresses:
//   /                                         plans
//   /sign-in                                  sign in (?returnTo=)
//   /my-actions                               a manager's items in each plan's open review
//   /plans/{planId}                           the action-plan grid (filters and sort in the query)
//   /plans/{planId}/dashboard                 the board's dashboard (?review=)
//   /plans/{planId}/report                    the scrutiny report, print view (?review=)
//   /plans/{planId}/items/{kind}/{itemId}     one item's detail (kind: priority, recommendation, action, measure)
//   /plans/{planId}/returns/upload            upload a filled-in monthly return (?review= the review it is for)
//   /plans/{planId}/returns/uploads/{id}      an uploaded return's dry run, its apply, and what the apply did
//   /admin, /admin/...                        administration (the admin pages read the rest of the path)

export type PageName = 'plans' | 'grid' | 'dashboard' | 'report' | 'item' | 'myActions' | 'returnUpload' | 'returnUploaded' | 'admin' | 'signIn' | 'notFound';
export type ItemKindInPath = 'priority' | 'recommendation' | 'action' | 'measure';

/** What an address names: the page, and the plan, item or administration sub-path it is about. */
export interface Route {
  page: PageName;
  planId?: number;
  itemKind?: ItemKindInPath;
  itemId?: number;
  /** An uploaded return's id (returnUploaded). */
  importId?: number;
  /** For the administration pages: the path after "/admin" ("" for /admin itself, "/users" for /admin/users). */
  adminPath?: string;
}

const pages: Record<string, PageName> = {
  '/': 'plans',
  '/sign-in': 'signIn',
  '/my-actions': 'myActions',
};

const id = '([1-9][0-9]{0,14})';
const planPage = new RegExp(`^/plans/${id}(?:/(dashboard|report))?$`);
const itemPage = new RegExp(`^/plans/${id}/items/(priority|recommendation|action|measure)/${id}$`);
const returnUploadPage = new RegExp(`^/plans/${id}/returns/upload$`);
const returnUploadedPage = new RegExp(`^/plans/${id}/returns/uploads/${id}$`);
const adminPage = /^\/admin((?:\/[a-z0-9-]+)*)$/;

/** The route for a path; a trailing slash is forgiven ("/sign-in/"), anything else unknown is "notFound". */
export function routeFor(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const plan = planPage.exec(path);
  if (plan) return { page: (plan[2] as 'dashboard' | 'report' | undefined) ?? 'grid', planId: Number(plan[1]) };
  const item = itemPage.exec(path);
  if (item) return { page: 'item', planId: Number(item[1]), itemKind: item[2] as ItemKindInPath, itemId: Number(item[3]) };
  const upload = returnUploadPage.exec(path);
  if (upload) return { page: 'returnUpload', planId: Number(upload[1]) };
  const uploaded = returnUploadedPage.exec(path);
  if (uploaded) return { page: 'returnUploaded', planId: Number(uploaded[1]), importId: Number(uploaded[2]) };
  const admin = adminPage.exec(path);
  if (admin) return { page: 'admin', adminPath: admin[1] ?? '' };
  return { page: pages[path] ?? 'notFound' };
}

/** The page for a path (see routeFor). */
export function pageFor(pathname: string): PageName {
  return routeFor(pathname).page;
}

/** The plan an action-plan grid address names ("/plans/12" is 12), or null for any other address. */
export function planIdFor(pathname: string): number | null {
  const route = routeFor(pathname);
  return route.page === 'grid' ? route.planId! : null;
}

/** The address of a plan's action-plan grid. */
export function gridPath(planId: number): string {
  return `/plans/${planId}`;
}

/** The address of a plan's board dashboard, optionally at one review. */
export function dashboardPath(planId: number, reviewId?: number | null, asOf?: string | null): string {
  const query = new URLSearchParams();
  if (reviewId) query.set('review', String(reviewId));
  if (asOf) query.set('asOf', asOf);
  const text = query.toString();
  return `/plans/${planId}/dashboard${text ? `?${text}` : ''}`;
}

/** The address of a plan's scrutiny report (print view), optionally at one review and as of a date (yyyy-mm-dd). */
export function reportPath(planId: number, reviewId?: number | null, asOf?: string | null): string {
  const query = new URLSearchParams();
  if (reviewId) query.set('review', String(reviewId));
  if (asOf) query.set('asOf', asOf);
  const text = query.toString();
  return `/plans/${planId}/report${text ? `?${text}` : ''}`;
}

/** The address of one item's detail page. */
export function itemPath(planId: number, kind: ItemKindInPath, itemId: number): string {
  return `/plans/${planId}/items/${kind}/${itemId}`;
}

/** The page to upload a plan's filled-in return; with `reviewId`, a return made for another review is refused. */
export function returnUploadPath(planId: number, reviewId?: number | null): string {
  return `/plans/${planId}/returns/upload${reviewId ? `?review=${reviewId}` : ''}`;
}

/** The review a return upload page is for (?review=), or null when the address names none or nonsense. */
export function returnReviewFrom(query: URLSearchParams): number | null {
  const review = query.get('review');
  return review && /^[1-9][0-9]{0,14}$/.test(review) ? Number(review) : null;
}

/** An uploaded return's page: its dry run, then what applying it did. */
export function returnUploadedPath(planId: number, importId: number): string {
  return `/plans/${planId}/returns/uploads/${importId}`;
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
