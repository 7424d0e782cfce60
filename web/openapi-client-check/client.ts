// A client an integrator would write: openapi-fetch over the paths openapi-typescript generates from docs/openapi.json
// (paths.gen.ts, written by `npm run client-check`, not committed). Nothing here runs; it must type-check, so the
// document has to say enough for a real client: path parameters, required fields, enums, response headers.
// tests/Api/OpenApiClientTests.cs runs the check, so a document that loses any of it fails the tests.
import createClient from 'openapi-fetch';
import type { paths } from './paths.gen';

export async function scoreFirstAction(baseUrl: string, username: string, password: string): Promise<string> {
  const api = createClient<paths>({ baseUrl, credentials: 'include' });

  const session = await api.POST('/api/session', { body: { username, password } });
  if (!session.data) throw new Error(`sign-in failed: ${session.error?.title ?? session.response.status}`);
  // null when signed in with an API token; the session cookie needs it on every change.
  const headers = { 'X-CSRF-TOKEN': session.data.antiforgeryToken ?? '' };

  const plans = await api.GET('/api/plans');
  const plan = plans.data?.find((p) => p.status === 'active');
  if (!plan) return 'no active plan';

  const grid = await api.GET('/api/plans/{planId}/grid', { params: { path: { planId: plan.id } } });
  if (!grid.data) throw new Error(grid.error?.detail ?? 'no grid');
  const review = grid.data.reviews.find((r) => r.status === 'open');
  const action = grid.data.items.find((i) => i.kind === 'action');
  if (!review || !action) return 'nothing to score';

  const path = { planId: plan.id, reviewId: review.id, itemType: 'action' as const, itemId: action.id };
  const current = await api.GET('/api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}', { params: { path } });
  const etag = current.response.headers.get('ETag') ?? '*';
  const saved = await api.PUT('/api/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}', {
    params: { path, header: { 'If-Match': etag } },
    headers,
    body: { level: 2, narrative: 'Audits started in all teams.' },
  });
  if (saved.error) {
    // Problems are typed: field errors name what to fix.
    return (saved.error.errors ?? []).map((e) => `${e.name}: ${e.reason}`).join('; ');
  }
  const created = await api.POST('/api/plans/{planId}/actions', {
    params: { path: { planId: plan.id } },
    headers,
    body: { recommendationId: action.id, description: 'Weekly case audits' },
  });
  return `${saved.data.version} ${created.response.headers.get('Location') ?? ''}`;
}
