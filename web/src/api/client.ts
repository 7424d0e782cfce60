// The typed client for the tracker's API: one function per operation, and the only module that builds URLs.
// The SPA is served by the API itself, so every path is relative to the page's origin.

const apiRoot = '/api';

export type PlanStatus = 'draft' | 'active' | 'closed';
export type ScoreLevel = 'recommendation' | 'action' | 'measure';

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
  status: PlanStatus;
  scaleId: number;
  scaleName: string;
  groupedByPriority: boolean;
  scoreLevel: ScoreLevel;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An RFC 9457 problem as the API sends it for every error. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { name: string; reason: string }[];
}

/** A failed call: the HTTP status and, when the API sent one, its problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `The server answered ${status}.`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** Lists every plan, open ones first, most recently changed first. */
export function listPlans(signal?: AbortSignal): Promise<Plan[]> {
  return getJson<Plan[]>(`${apiRoot}/plans`, signal);
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const init: RequestInit = { headers: { Accept: 'application/json' } };
  if (signal) init.signal = signal;
  const response = await fetch(url, init);
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return (await response.json()) as T;
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
