// Which page an address shows, and where sign-in may send a person back to. DOM-free (routes.test.ts).
//
// The app's addresses:
//   /                                         plans
//   /sign-in                                  sign in (?returnTo=)
//   /my-actions                               a manager's items in each plan's open review
//   /settings/reminders                       which reminder emails the signed-in person receives
//   /plans/{planId}                           the action-plan grid (filters and sort in the query)
//   /plans/{planId}/dashboard                 the board's dashboard (?review=)
//   /plans/{planId}/report                    the scrutiny report, print view (?review=)
//   /plans/{planId}/items/{kind}/{itemId}     one item's detail (kind: priority, recommendation, action, measure)
//   /plans/{planId}/reviews                   the board's reviews: the list, who has not updated the open one yet
//   /plans/{planId}/reviews/new               open the next review
//   /plans/{planId}/reviews/{reviewId}/close  close a review, after saying how many items have no update yet
//   /plans/{planId}/items/{kind}/{itemId}/score      score one item (?review=, default the open current review; ?from= the grid's address)
//   /plans/{planId}/items/{kind}/{itemId}/direction  override its direction of travel, or withdraw the override (?review=)
//   /plans/{planId}/printed-figures[/...]     the figures and averages printed for a review, to record and correct (?review=)
//   /plans/{planId}/returns/upload            upload a filled-in monthly return (?review= the review it is for)
//   /plans/{planId}/returns/uploads/{id}      an uploaded return's dry run, its apply, and what the apply did
//   /plans/{planId}/scorecard                 the performance scorecard: one row per indicator (?asOf=YYYY-MM)
//   /plans/{planId}/scorecard/values          enter one period's values for your indicators (?period=YYYY-MM)
//   /plans/{planId}/scorecard/import          import values from a CSV file: dry run, answers, then the import
//   /plans/{planId}/indicators/{indicatorId}  one indicator: its chart, values table and history
//   /plans/{planId}/indicators/new            add an indicator (board members and administrators)
//   /plans/{planId}/indicators/{id}/edit      change an indicator's definition, owners and links; /delete deletes it
//   /plans/{planId}/indicators/{id}/years/{year}  one council year's baseline, target, tolerance, interim targets and comparators
//   /admin, /admin/...                        administration (the admin pages read the rest of the path)

export type PageName =
  | 'plans' | 'grid' | 'dashboard' | 'report' | 'item' | 'itemScore' | 'itemDirection' | 'printedFigures' | 'myActions'
  | 'returnUpload' | 'returnUploaded' | 'reviews' | 'reviewOpen' | 'reviewClose' | 'scorecard' | 'scorecardValues' | 'scorecardImport' | 'indicator'
  | 'indicatorNew' | 'indicatorEdit' | 'indicatorDelete' | 'indicatorYear'
  | 'admin' | 'signIn' | 'reminderSettings' | 'notFound';
export type ItemKindInPath = 'priority' | 'recommendation' | 'action' | 'measure';

/** What an address names: the page, and the plan, item or administration sub-path it is about. */
export interface Route {
  page: PageName;
  planId?: number;
  itemKind?: ItemKindInPath;
  itemId?: number;
  /** An uploaded return's id (returnUploaded). */
  importId?: number;
  /** The indicator a page is about (indicator). */
  indicatorId?: number;
  /** The council year a page is about (indicatorYear): the calendar year it starts in. */
  year?: number;
  /** The review a page is about (reviewClose). */
  reviewId?: number;
  /** For the administration pages: the path after "/admin" ("" for /admin itself, "/users" for /admin/users). */
  adminPath?: string;
  /** For the printed figures pages: the path after "/printed-figures" ("" for the list, "/12/delete"). */
  subPath?: string;
}

const pages: Record<string, PageName> = {
  '/': 'plans',
  '/sign-in': 'signIn',
  '/my-actions': 'myActions',
  '/settings/reminders': 'reminderSettings',
};

const id = '([1-9][0-9]{0,14})';
const planPage = new RegExp(`^/plans/${id}(?:/(dashboard|report))?$`);
const itemPage = new RegExp(`^/plans/${id}/items/(priority|recommendation|action|measure)/${id}$`);
// Only the kinds that can hold a score have a score or direction page.
const itemSubPage = new RegExp(`^/plans/${id}/items/(recommendation|action|measure)/${id}/(score|direction)$`);
const printedFiguresPage = new RegExp(`^/plans/${id}/printed-figures((?:/[a-z0-9-]+)*)$`);
const returnUploadPage = new RegExp(`^/plans/${id}/returns/upload$`);
const returnUploadedPage = new RegExp(`^/plans/${id}/returns/uploads/${id}$`);
const reviewsPage = new RegExp(`^/plans/${id}/reviews(?:/(new)|/${id}/(close))?$`);
const scorecardPage = new RegExp(`^/plans/${id}/scorecard(?:/(values|import))?$`);
const indicatorPage = new RegExp(`^/plans/${id}/indicators/${id}$`);
const indicatorNewPage = new RegExp(`^/plans/${id}/indicators/new$`);
const indicatorSubPage = new RegExp(`^/plans/${id}/indicators/${id}/(edit|delete)$`);
const indicatorYearPage = new RegExp(`^/plans/${id}/indicators/${id}/years/((?:19|20)[0-9]{2}|2100)$`);
const adminPage = /^\/admin((?:\/[a-z0-9-]+)*)$/;

/** The route for a path; a trailing slash is forgiven ("/sign-in/"), anything else unknown is "notFound". */
export function routeFor(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const plan = planPage.exec(path);
  if (plan) return { page: (plan[2] as 'dashboard' | 'report' | undefined) ?? 'grid', planId: Number(plan[1]) };
  const item = itemPage.exec(path);
  if (item) return { page: 'item', planId: Number(item[1]), itemKind: item[2] as ItemKindInPath, itemId: Number(item[3]) };
  const sub = itemSubPage.exec(path);
  if (sub) return { page: sub[4] === 'score' ? 'itemScore' : 'itemDirection', planId: Number(sub[1]), itemKind: sub[2] as ItemKindInPath, itemId: Number(sub[3]) };
  const figures = printedFiguresPage.exec(path);
  if (figures) return { page: 'printedFigures', planId: Number(figures[1]), subPath: figures[2] ?? '' };
  const upload = returnUploadPage.exec(path);
  if (upload) return { page: 'returnUpload', planId: Number(upload[1]) };
  const uploaded = returnUploadedPage.exec(path);
  if (uploaded) return { page: 'returnUploaded', planId: Number(uploaded[1]), importId: Number(uploaded[2]) };
  const reviews = reviewsPage.exec(path);
  if (reviews) {
    if (reviews[2]) return { page: 'reviewOpen', planId: Number(reviews[1]) };
    if (reviews[4]) return { page: 'reviewClose', planId: Number(reviews[1]), reviewId: Number(reviews[3]) };
    return { page: 'reviews', planId: Number(reviews[1]) };
  }
  const scorecard = scorecardPage.exec(path);
  if (scorecard) return { page: scorecard[2] === 'values' ? 'scorecardValues' : scorecard[2] === 'import' ? 'scorecardImport' : 'scorecard', planId: Number(scorecard[1]) };
  const indicator = indicatorPage.exec(path);
  if (indicator) return { page: 'indicator', planId: Number(indicator[1]), indicatorId: Number(indicator[2]) };
  const indicatorNew = indicatorNewPage.exec(path);
  if (indicatorNew) return { page: 'indicatorNew', planId: Number(indicatorNew[1]) };
  const indicatorSub = indicatorSubPage.exec(path);
  if (indicatorSub) return { page: indicatorSub[3] === 'edit' ? 'indicatorEdit' : 'indicatorDelete', planId: Number(indicatorSub[1]), indicatorId: Number(indicatorSub[2]) };
  const indicatorYear = indicatorYearPage.exec(path);
  if (indicatorYear) return { page: 'indicatorYear', planId: Number(indicatorYear[1]), indicatorId: Number(indicatorYear[2]), year: Number(indicatorYear[3]) };
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

/**
 * The administrators' editor of a plan's contents (an administration page: admin-routes.ts names it too). Here so the
 * grid can link to it without the administration addresses joining the bundle everyone downloads.
 */
export function planContentsPath(planId: number): string {
  return `/admin/plans/${planId}/contents`;
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

/** The board's page of a plan's reviews: the list, who has not updated the open review yet, opening and closing. */
export function reviewsPath(planId: number): string {
  return `/plans/${planId}/reviews`;
}

/** The form that opens a plan's next review. */
export function reviewOpenPath(planId: number): string {
  return `/plans/${planId}/reviews/new`;
}

/** The confirmation that closes one review. */
export function reviewClosePath(planId: number, reviewId: number): string {
  return `/plans/${planId}/reviews/${reviewId}/close`;
}

/** The kinds of item that hold scores, as their pages name them. */
export type ScoredKindInPath = 'recommendation' | 'action' | 'measure';

/**
 * The page to score one item: at `reviewId` (default the plan's open current review); `from` is the grid's address
 * (with its filters) the person came from, so the page can take them back to it.
 */
export function scorePath(planId: number, kind: ScoredKindInPath, itemId: number, options: { reviewId?: number | null; from?: string | null } = {}): string {
  const query = new URLSearchParams();
  if (options.reviewId) query.set('review', String(options.reviewId));
  if (options.from) query.set('from', options.from);
  const text = query.toString();
  return `${itemPath(planId, kind, itemId)}/score${text ? `?${text}` : ''}`;
}

/** The page to override an item's direction of travel at `reviewId` (default the current review), or withdraw it. */
export function directionPath(planId: number, kind: ScoredKindInPath, itemId: number, reviewId?: number | null): string {
  return `${itemPath(planId, kind, itemId)}/direction${reviewId ? `?review=${reviewId}` : ''}`;
}

/** The printed figures pages: the list (`sub` ""), or one of its forms ("/new", "/12", "/averages/3/delete"), at a review. */
export function printedFiguresPath(planId: number, reviewId?: number | null, sub = ''): string {
  return `/plans/${planId}/printed-figures${sub}${reviewId ? `?review=${reviewId}` : ''}`;
}

/**
 * The grid address a score page was opened from (?from=), to go back to with its filters; null unless it is this
 * plan's grid on this site (anything else in the parameter is ignored, never followed).
 */
export function gridFrom(query: URLSearchParams, planId: number): string | null {
  const from = query.get('from');
  if (!from || safeReturnPath(from) !== from) return null;
  const path = from.split(/[?#]/)[0] ?? '';
  const route = routeFor(path);
  return route.page === 'grid' && route.planId === planId ? from : null;
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

/** The performance scorecard of a plan, optionally as of a period (YYYY-MM). */
export function scorecardPath(planId: number, asOf?: string | null): string {
  return `/plans/${planId}/scorecard${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`;
}

/** The form to enter one period's (YYYY-MM) values for a person's indicators; without one, the page picks last month. */
export function scorecardValuesPath(planId: number, period?: string | null): string {
  return `/plans/${planId}/scorecard/values${period ? `?period=${encodeURIComponent(period)}` : ''}`;
}

/** Importing a scorecard's values from a CSV file. */
export function scorecardImportPath(planId: number): string {
  return `/plans/${planId}/scorecard/import`;
}

/** One indicator's page. */
export function indicatorPath(planId: number, indicatorId: number): string {
  return `/plans/${planId}/indicators/${indicatorId}`;
}

/** The form that adds an indicator to a plan. */
export function indicatorNewPath(planId: number): string {
  return `/plans/${planId}/indicators/new`;
}

/** The form that changes an indicator. */
export function indicatorEditPath(planId: number, indicatorId: number): string {
  return `/plans/${planId}/indicators/${indicatorId}/edit`;
}

/** The confirmation that deletes an indicator. */
export function indicatorDeletePath(planId: number, indicatorId: number): string {
  return `/plans/${planId}/indicators/${indicatorId}/delete`;
}

/** One council year's targets and comparators of an indicator (year: the calendar year it starts in). */
export function indicatorYearPath(planId: number, indicatorId: number, year: number): string {
  return `/plans/${planId}/indicators/${indicatorId}/years/${year}`;
}

/** A period (YYYY-MM) from the query's `name`, or null when it names none or nonsense. */
export function periodFrom(query: URLSearchParams, name: string): string | null {
  const value = query.get(name);
  return value && /^[0-9]{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null;
}

/** The sign-in page's address that brings a person back to `current` (a path with its query) afterwards. */
export function signInPath(current: string): string {
  return current === '/' || pageFor(current.split('?')[0] ?? '/') === 'signIn'
    ? '/sign-in'
    : `/sign-in?returnTo=${encodeURIComponent(current)}`;
}

/** Backslashes, whitespace, control characters and invisible format characters: never in a return address. */
const Unsafe = /[\\\s\p{Cc}\p{Cf}]/u;

/**
 * Where to go after signing in. Only a path on this site: "//evil.example" or "/\evil.example" would leave it (an open
 * redirect that makes a phishing link look like ours), and so would "/<tab>/evil.example", because URL parsing drops
 * tabs and newlines. So: no backslash, whitespace, control or invisible format character anywhere; a path of one
 * leading "/" not followed by "/", which still holds once percent-decoded (as many times as it decodes, so
 * "/%2F%2Fevil" is refused too); and resolved against this site it must stay on it. Encoded spaces in the query
 * (a grid's filters) are fine. Going back to the sign-in page would be a loop. Anything else goes to "/".
 */
export function safeReturnPath(returnTo: string | null): string {
  if (!returnTo || Unsafe.test(returnTo)) return '/';
  let path = returnTo.split(/[?#]/)[0] ?? '';
  for (let round = 0; ; round++) {
    if (!path.startsWith('/') || path[1] === '/' || Unsafe.test(path)) return '/';
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return '/';
    }
    if (decoded === path) break;
    if (round === 4) return '/';
    path = decoded;
  }
  const site = 'https://tracker.invalid';
  if (new URL(returnTo, site).origin !== site) return '/';
  if (pageFor(returnTo.split(/[?#]/)[0] ?? '/') === 'signIn') return '/';
  return returnTo;
}
