// The typed client for the tracker's API: one function per operation, and the only module that builds URLs.
// The SPA is served by the API itself, so every path is relative to the page's origin.
import { completeGrid, type GridSent, type ItemNarrative } from '../domain/grid-scores';

/** Every API path starts here; the area modules beside this one (api/<area>.ts) build theirs from it too. */
export const apiRoot = '/api';

export type PlanStatus = 'draft' | 'active' | 'closed';
export type ScoreLevel = 'recommendation' | 'action' | 'measure';
export type Role = 'administrator' | 'board' | 'manager' | 'viewer';

/** A plan as GET /api/plans returns it. */
export interface Plan {
  id: number;
  title: string;
  /** The inspection or review the plan answers, e.g. "Ofsted ILACS inspection". */
  sourceType: string;
  sourceReportDate: string | null;
  overallJudgement: string | null;
  /** The document version the council prints in the plan's header ("v3.2"). */
  planVersion: string | null;
  /** yyyy-mm-dd: the date the plan prints in its header. */
  planDate: string | null;
  /** What the plan calls its lead column ("Assigned lead"); null means the tracker's word, Lead. */
  leadHeading: string | null;
  /** What the plan calls its owner column ("Responsible officer"); null means the tracker's word, Owner. */
  ownerHeading: string | null;
  status: PlanStatus;
  scaleId: number;
  scaleName: string;
  groupedByPriority: boolean;
  scoreLevel: ScoreLevel;
  /** The inspection the plan answers (/api/inspections); null when it answers none. */
  inspectionId: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type ItemKind = 'priority' | 'recommendation' | 'action' | 'measure';
export type DeadlineStatus = 'noDate' | 'notDue' | 'dueSoon' | 'overdue' | 'completed' | 'ongoing';
/** changed: the score moved, but the scale does not say which end is better. */
export type Direction = 'improving' | 'maintained' | 'declining' | 'new' | 'noData' | 'changed';
export type StaleReason = 'noScore' | 'noUpdate' | 'updateCopiedForward';

/** A person named on an item. `name` is null for someone named by role only ("Head of Service"). */
export interface PersonRef {
  id: number;
  name: string | null;
  jobTitle: string | null;
  /** The name, or the role when there is no name: what to print. */
  displayName: string;
}

/** One level of a rating scale: its number, word, meaning and the colour the council's sheets use for it (null: none). */
export interface GridLevel {
  value: number;
  label: string;
  meaning: string | null;
  colour: string | null;
  meansComplete: boolean;
}

/** A review cycle: one score column of the grid. */
export interface Review {
  id: number;
  planId: number;
  label: string;
  /** yyyy-mm-dd; null for a column known only by its label ("RAG 03/18"). */
  reviewDate: string | null;
  /** Its column, from 1: the order of the reviews, which dates alone cannot give when some have none. */
  position: number;
  reviewer: string | null;
  status: 'open' | 'closed' | string;
  /** yyyy-mm-dd: when the people who answer for the items should have updated; null when none was set. */
  updatesDueBy: string | null;
}

/** The deadline as written, with what was understood of it. */
export interface Deadline {
  text: string;
  dueFrom: string | null;
  dueBy: string | null;
  state: string;
  /** Every choice the tracker made reading it, in plain English. */
  notes: string[];
  /** What could not be understood. */
  problems: string[];
  /** Why a person should confirm the date read ("01/02/2018": day first or month first). */
  toConfirm: string[];
}

/** An item's score in one review; `level` null means no score. */
export interface GridScore {
  reviewId: number;
  level: number | null;
  label: string | null;
  recordedAs: string | null;
  narrative: string | null;
  narrativeDate: string | null;
  direction: Direction;
  directionOverride: string | null;
  /** The evidence given for a complete level. */
  evidence: string | null;
  signOffStatus: string | null;
  signOffBy: string | null;
  signOffAt: string | null;
  /** The document the score was copied from, for scores printed before the tracker existed. */
  sourceDocument: string | null;
  /** A complete level printed in a source document, not signed off in the tracker. */
  completeAsPrinted: boolean;
  /** The direction of travel the source printed for this review, as a word, and exactly as printed. */
  printedDirection: string | null;
  printedDirectionText: string | null;
  updatedBy: string;
  updatedAt: string;
  /** True on an older review's score sent without its words (narrative, evidence, who saved it): the item's narratives request has them. */
  textOmitted: boolean;
  version: number;
}

/** Direction of travel at the current review, and a person's override of it. */
export interface GridDirection {
  computed: Direction;
  /** The review whose score this one was compared with (it may skip reviews without a score). */
  comparedWithReviewId: number | null;
  skippedGap: boolean;
  override: string | null;
  overrideReason: string | null;
  overrideBy: string | null;
  overrideAt: string | null;
  /** The override says something the scores do not. */
  overrideContradicts: boolean;
  /** The direction the source printed for this review, as a word, and exactly as printed. */
  printed: string | null;
  printedText: string | null;
  /** The printed direction says something the scores do not. */
  printedContradicts: boolean;
  /** Only when the scale's direction is not stated: what the direction would be if higher were better, and if lower were. */
  ifHigherIsBetter: Direction | null;
  ifLowerIsBetter: Direction | null;
}

/** People an item takes from the row above because it names none itself: `from` is that row's kind. */
export interface InheritedPeople {
  from: string;
  fromReference: string | null;
  people: PersonRef[];
}

/** A recommendation of the inspection report that an item answers: its id on the inspection and its printed number (null when it had none). */
export interface AnsweredReportRecommendation {
  id: number;
  number: string | null;
}

/** The deadline an item takes from the row above because it has none itself. */
export interface InheritedDeadline {
  from: string;
  fromReference: string | null;
  deadline: Deadline;
}

/** An item's latest update: a review's score narrative, or an entry of the item's running log. */
export interface GridUpdate {
  /** null for a log entry written for no review (between reviews). */
  reviewId: number | null;
  reviewLabel: string | null;
  narrative: string;
  /** Its own date as written; null when it was undated (it is never given one). */
  narrativeDate: string | null;
  updatedBy: string;
  source: 'score' | 'log';
  /** The log entry's id; null for a score's narrative. */
  updateId: number | null;
  /** Who wrote it, as printed ("JS"); log entries only. */
  author: string | null;
  undated: boolean;
}

/** One row of the plan's hierarchy, with its children. */
export interface GridItem {
  kind: ItemKind;
  id: number;
  /** The item's own number as printed ("7 (14)", "B"); null when the source printed none (never invent one). */
  number: string | null;
  /** Its place among its siblings, from 1. */
  position: number;
  /** The full reference, e.g. "2 / 7 (14) / B / 1"; unnumbered levels are left out. */
  reference: string;
  text: string;
  outcomeStatement: string | null;
  judgementArea: string | null;
  sourceParagraphs: string | null;
  /** On actions carried over from an inspection: "Ofsted rec 14". */
  sourceReference: string | null;
  /** The inspection report's recommendations this item answers, numbered as the report prints them ("14"). */
  answersReportRecommendations: AnsweredReportRecommendation[];
  /** Who the report addresses a recommendation to, as printed ("the local authority"). */
  addressees: string[];
  /** The item's own leads and owners, in printed order. */
  leads: PersonRef[];
  owners: PersonRef[];
  /** Only when the item names none of its own: those of the nearest row above that does. */
  inheritedLeads: InheritedPeople | null;
  inheritedOwners: InheritedPeople | null;
  deadline: Deadline | null;
  /** Only when the item has no deadline of its own: the one it takes from the row above. */
  inheritedDeadline: InheritedDeadline | null;
  deadlineStatus: DeadlineStatus | null;
  isScored: boolean;
  scores: GridScore[];
  direction: GridDirection | null;
  latestUpdate: GridUpdate | null;
  stale: StaleReason[];
  /** How many updates count: review narratives and entries of the item's running log. */
  updateCount: number;
  /** The item's own version: the If-Match of its edit endpoint. */
  version: number;
  children: GridItem[];
}

/** A plan's rating scale; higherIsBetter is null when the source never said which end is good. */
export interface GridScale {
  id: number;
  name: string;
  higherIsBetter: boolean | null;
  levels: GridLevel[];
}

/** Everything the action-plan grid draws, as GET /api/plans/{planId}/grid returns it. */
export interface Grid {
  plan: Plan;
  scale: GridScale;
  /** In column order; as of a date, only the reviews held by then. */
  reviews: Review[];
  currentReviewId: number | null;
  previousReviewId: number | null;
  /** The latest review up to the current one that holds scores: where the grid opens, not an empty future column. */
  openOnReviewId: number | null;
  /** yyyy-mm-dd: the day overdue and due soon were judged on. */
  today: string;
  /** yyyy-mm-dd: the date asked for (asOf); null for today's plan. */
  asOf: string | null;
  items: GridItem[];
}

/** Who is signed in, as POST and GET /api/session return it. */
export interface Session {
  username: string;
  displayName: string;
  role: Role;
  personId: number | null;
  /** Sent back as X-CSRF-TOKEN on every change; the client keeps it, pages never need to. */
  antiforgeryToken: string | null;
}

/** How people may sign in, as GET /api/session/providers returns it (issue 16). */
export interface SignInProviders {
  singleSignOn: boolean;
  /** The button's text, e.g. "Sign in with your council account"; null when single sign-on is off. */
  singleSignOnText: string | null;
  /** The address the single sign-on link goes to; null when it is off. */
  singleSignOnAddress: string | null;
  /** False when passwords are switched off (only emergency accounts may use them). */
  localAccounts: boolean;
}

/** What the server is, as GET /api/about returns it. */
export interface About {
  product: string;
  /** True when the server runs on invented demo data with public passwords. */
  demo: boolean;
  version: string;
  /** In demo mode, one account per role; empty otherwise. */
  demoUsernames: string[];
  /** In demo mode, the demo accounts' public password; null otherwise. */
  demoPassword: string | null;
}

/** An RFC 9457 problem as the API sends it for every error. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string | null;
  errors?: { name: string; reason: string }[];
}

/** A failed call: the HTTP status, the problem details when the API sent them, and Retry-After in seconds on a 429. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: Problem | undefined, retryAfterSeconds?: number) {
    super(problem?.detail ?? problem?.title ?? `The server answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

// The antiforgery token from the last session response. It lives only in memory: a new tab or a reload gets a fresh
// one from GET /api/session, and a script on another site can neither read it nor make the browser send it.
let csrfToken: string | null = null;

/** Lists every plan, open ones first, most recently changed first. */
export function listPlans(signal?: AbortSignal): Promise<Plan[]> {
  return send<Plan[]>('GET', `${apiRoot}/plans`, { signal });
}

/**
 * The whole action-plan grid of one plan; with `asOf` (yyyy-mm-dd), the plan as it stood on that date (reviews held
 * after it left out, overdue judged on it). An unknown plan: ApiError 404; a date out of range: ApiError 400.
 */
export function getGrid(planId: number, signal?: AbortSignal, asOf?: string | null): Promise<Grid> {
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : '';
  // The grid comes small (people by id, empty properties left out, older scores as arrays): completeGrid reads it back whole.
  return send<GridSent>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/grid${query}`, { signal }).then(completeGrid);
}

/** Every review's words for one scored item (the grid sends only the latest two reviews' words), in column order. */
export function getItemNarratives(planId: number, kind: string, itemId: number, signal?: AbortSignal): Promise<ItemNarrative[]> {
  return send<ItemNarrative[]>('GET', `${apiRoot}/plans/${encodeURIComponent(planId)}/items/${encodeURIComponent(kind)}/${encodeURIComponent(itemId)}/narratives`, { signal });
}

/** Signs in with a cookie session. Wrong credentials: ApiError 401; a locked account: 429 with retryAfterSeconds. */
export async function signIn(username: string, password: string): Promise<Session> {
  return remember(await send<Session>('POST', `${apiRoot}/session`, { body: { username, password } }));
}

/** How people may sign in here: single sign-on and whether passwords are accepted. */
export function signInProviders(signal?: AbortSignal): Promise<SignInProviders> {
  return send<SignInProviders>('GET', `${apiRoot}/session/providers`, { signal });
}

/** The signed-in user, or null when nobody is (the API's 401). */
export async function currentSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return remember(await send<Session>('GET', `${apiRoot}/session`, { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      csrfToken = null;
      return null;
    }
    throw error;
  }
}

/** DELETE /api/session's answer for a single sign-on session the provider can end too (issue 16). */
export interface SignOutResult {
  /** The provider's end-session address: send the browser there; it comes back to /sign-in?signedOut=1. */
  providerSignOutAddress: string;
}

/**
 * Ends the cookie session; succeeds whether or not one was open. Returns the provider's sign-out address when the
 * session came from single sign-on and the provider's session should end too, else null.
 */
export async function signOut(): Promise<string | null> {
  const result = await send<SignOutResult | undefined>('DELETE', `${apiRoot}/session`, {});
  csrfToken = null;
  return result?.providerSignOutAddress ?? null;
}

/** The product, whether this is a demonstration, and the version. */
export function about(signal?: AbortSignal): Promise<About> {
  return send<About>('GET', `${apiRoot}/about`, { signal });
}

function remember(session: Session): Session {
  csrfToken = session.antiforgeryToken;
  return session;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The one place requests are made: used by this module and by the area modules (api/<area>.ts). */
export function request<T>(method: Method, url: string, options: { body?: unknown; signal?: AbortSignal | undefined; ifMatch?: string } = {}): Promise<T> {
  return send<T>(method, url, options);
}

/**
 * A request whose answer matters for one header (a delete's Undo-Location): the value of `header`, or null. The app
 * and the API share an origin, so every response header can be read.
 */
export async function requestForHeader(method: Method, url: string, header: string, options: { body?: unknown; ifMatch?: string } = {}): Promise<string | null> {
  const response = await sendRaw(method, url, options);
  return response.headers.get(header);
}

/** The antiforgery header a change must carry, for the one call that cannot use request() (an upload with progress). */
export function antiforgeryHeaders(): Record<string, string> {
  return csrfToken ? { 'X-CSRF-TOKEN': csrfToken } : {};
}

async function send<T>(method: Method, url: string, options: { body?: unknown; signal?: AbortSignal | undefined; ifMatch?: string }): Promise<T> {
  const response = await sendRaw(method, url, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function sendRaw(method: Method, url: string, options: { body?: unknown; signal?: AbortSignal | undefined; ifMatch?: string }): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // The API refuses a change made with the session cookie unless it carries the token (AntiforgeryCheck).
  if (method !== 'GET' && csrfToken) headers['X-CSRF-TOKEN'] = csrfToken;
  // Every change to an existing thing names the version it was based on; the API answers 412 if it moved on.
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;

  const response = await fetch(url, init);
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw new ApiError(response.status, await readProblem(response), Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
  }
  return response;
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}
