// Turns whatever a call to the API threw into the errors a GOV.UK-style form shows: one list, in the form's order,
// each error naming the field it belongs to (the summary links to it and the field shows it inline) or no field.
// DOM-free, so it is tested on its own (problems.test.ts).

import { ApiError } from './client';

export interface FieldError {
  /** A field name from the form, or null for an error about the whole form (it appears in the summary only). */
  field: string | null;
  message: string;
}

/**
 * Maps `error` to form errors. `fields` are the form's field names in page order; the API names fields in camelCase
 * as the client sent them, but compare without case to be safe. Errors that name something else (the API's "session"
 * on a wrong password, "csrfToken", "generalErrors") go to `otherwise`: a field of the form, or null.
 */
export function formErrors(error: unknown, fields: readonly string[], otherwise: string | null): FieldError[] {
  if (!(error instanceof ApiError)) {
    return [{ field: null, message: 'The tracker could not be reached. Check your connection and try again.' }];
  }

  const fieldFor = (name: string): string | null =>
    fields.find((field) => field.toLowerCase() === name.toLowerCase()) ?? otherwise;

  const found: FieldError[] = [];
  for (const { name, reason } of error.problem?.errors ?? []) {
    const field = fieldFor(name);
    if (reason && !found.some((e) => e.field === field && e.message === reason)) found.push({ field, message: reason });
  }
  if (found.length === 0) found.push({ field: otherwise, message: fallbackMessage(error) });

  if (error.status === 429 && error.retryAfterSeconds !== undefined) {
    for (const e of found) e.message = `${e.message} That is ${waitText(error.retryAfterSeconds)} from now.`;
  }

  // Errors about the whole form first, then the fields in the order a person meets them on the page.
  const order = (e: FieldError) => (e.field === null ? -1 : fields.indexOf(e.field));
  return found.map((e, i) => ({ e, i })).sort((a, b) => order(a.e) - order(b.e) || a.i - b.i).map(({ e }) => e);
}

/** "1 minute", "15 minutes", "2 hours": rounded up, since trying early only fails again. */
export function waitText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 120) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}

function fallbackMessage(error: ApiError): string {
  const problem = error.problem;
  if (problem?.detail) return problem.detail;
  if (error.status >= 500) return `Something went wrong on the server (${error.status}). Try again later.`;
  return problem?.title ? `${problem.title} (${error.status}).` : `The server answered ${error.status}.`;
}
