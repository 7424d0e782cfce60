// The administration pages' addresses: which view a path under /admin names, and the path of each view.
// DOM-free (admin-routes.test.ts). Every view is its own address, including "new" forms and delete confirmations,
// so a person can share a link, reload without losing their place, and go Back from a confirmation.
//
//   /admin                                            what can be administered, with counts
//   /admin/users, /admin/users/new                    accounts; create one
//   /admin/users/{id}, .../password, .../delete       change an account; reset its password; delete it
//   /admin/users/{id}/sessions                        sign an account out everywhere
//   /admin/email                                      the email outbox and the switch that turns email off
//   /admin/people, /admin/people/new                  people who lead and own items; add one
//   /admin/people/{id}, .../delete                    change a person; remove them
//   /admin/people/{id}/link                          link someone named by role only to a named person
//   /admin/scales, /admin/scales/new (?copy={id})     rating scales; create one (optionally from a copy)
//   /admin/scales/{id}, .../delete                    change (or, built in, view) a scale; delete it
//   /admin/plans, /admin/plans/new                    plans; create one
//   /admin/plans/{id}, .../delete                     change a plan's details; delete it
//   /admin/plans/{id}/reviews, .../reviews/new        a plan's reviews; start one
//   /admin/plans/{id}/reviews/{id}, .../delete        change a review; delete it
//   /admin/inspections, /admin/inspections/new        inspections; record one
//   /admin/inspections/{id}, .../delete               change an inspection and its judgements; delete it
//   /admin/inspections/{id}/recommendations           its report's recommendations, what answers them, the gaps
//   .../recommendations/new, .../{id}, .../{id}/delete   add, correct or remove a report recommendation
//   .../recommendations/{id}/links                    which plan items answer it
//   /admin/import                                     bring a plan in from a file or pasted cells; imports waiting
//   /admin/imports/{id}, .../discard                  an import's mapping, preview, dry run and commit; discard it
//   /admin/plans/{id}/source-files                    the files a plan was imported from, to download
//   /admin/plans/{id}/contents                        the plan's priorities, recommendations, actions and measures
//   .../contents/{kind}/new?under={kind}-{id}          add an item (under a parent, or at the top)
//   .../contents/{kind}/{id}, .../move, .../delete      change an item; move it to another parent; delete it

import { planContentsPath } from './routes';

export type AdminView =
  | { view: 'index' }
  | { view: 'users' }
  | { view: 'email' }
  | { view: 'userNew' }
  | { view: 'userEdit'; userId: number }
  | { view: 'userPassword'; userId: number }
  | { view: 'userDelete'; userId: number }
  | { view: 'userSessions'; userId: number }
  | { view: 'people' }
  | { view: 'personNew' }
  | { view: 'personEdit'; personId: number }
  | { view: 'personDelete'; personId: number }
  | { view: 'personLink'; personId: number }
  | { view: 'scales' }
  | { view: 'scaleNew' }
  | { view: 'scaleEdit'; scaleId: number }
  | { view: 'scaleDelete'; scaleId: number }
  | { view: 'plans' }
  | { view: 'planNew' }
  | { view: 'planEdit'; planId: number }
  | { view: 'planDelete'; planId: number }
  | { view: 'reviews'; planId: number }
  | { view: 'reviewNew'; planId: number }
  | { view: 'reviewEdit'; planId: number; reviewId: number }
  | { view: 'reviewDelete'; planId: number; reviewId: number }
  | { view: 'inspections' }
  | { view: 'inspectionNew' }
  | { view: 'inspectionEdit'; inspectionId: number }
  | { view: 'inspectionDelete'; inspectionId: number }
  | { view: 'reportRecommendations'; inspectionId: number }
  | { view: 'reportRecommendationNew'; inspectionId: number }
  | { view: 'reportRecommendationEdit'; inspectionId: number; recommendationId: number }
  | { view: 'reportRecommendationDelete'; inspectionId: number; recommendationId: number }
  | { view: 'reportRecommendationLinks'; inspectionId: number; recommendationId: number }
  | { view: 'importStart' }
  | { view: 'importReview'; importId: number }
  | { view: 'importDiscard'; importId: number }
  | { view: 'sourceFiles'; planId: number }
  | { view: 'contents'; planId: number }
  | { view: 'contentNew'; planId: number; kind: ContentKind; under: ContentParent | null }
  | { view: 'contentEdit'; planId: number; kind: ContentKind; itemId: number }
  | { view: 'contentMove'; planId: number; kind: ContentKind; itemId: number }
  | { view: 'contentDelete'; planId: number; kind: ContentKind; itemId: number }
  | { view: 'notFound' };

/** The kinds of item a plan's contents hold, as the grid names them. */
export type ContentKind = 'priority' | 'recommendation' | 'action' | 'measure';
/** Where a new item goes: under this item. */
export interface ContentParent {
  kind: ContentKind;
  id: number;
}

const contentKinds: readonly string[] = ['priority', 'recommendation', 'action', 'measure'];
const asKind = (segment: string | undefined): ContentKind | null => (segment !== undefined && contentKinds.includes(segment) ? (segment as ContentKind) : null);

const idPattern = /^[1-9][0-9]{0,14}$/;
const asId = (segment: string | undefined): number | null => (segment !== undefined && idPattern.test(segment) ? Number(segment) : null);

/**
 * The view an administration sub-path names ("" is the index, "/users/3" an account); anything else is notFound.
 * `search` is the query (only a new item's "?under=action-4" reads it).
 */
export function adminViewFor(adminPath: string, search = ''): AdminView {
  const parts = adminPath.split('/').filter((p) => p !== '');
  const [section, second, third, fourth, fifth] = parts;
  if (parts.length === 0) return { view: 'index' };
  if (parts.length > 6) return { view: 'notFound' };
  const secondId = asId(second);

  switch (section) {
    case 'email':
      if (parts.length === 1) return { view: 'email' };
      break;
    case 'users':
      if (parts.length === 1) return { view: 'users' };
      if (parts.length === 2 && second === 'new') return { view: 'userNew' };
      if (secondId === null) break;
      if (parts.length === 2) return { view: 'userEdit', userId: secondId };
      if (parts.length === 3 && third === 'password') return { view: 'userPassword', userId: secondId };
      if (parts.length === 3 && third === 'delete') return { view: 'userDelete', userId: secondId };
      if (parts.length === 3 && third === 'sessions') return { view: 'userSessions', userId: secondId };
      break;
    case 'people':
      if (parts.length === 1) return { view: 'people' };
      if (parts.length === 2 && second === 'new') return { view: 'personNew' };
      if (secondId === null) break;
      if (parts.length === 2) return { view: 'personEdit', personId: secondId };
      if (parts.length === 3 && third === 'delete') return { view: 'personDelete', personId: secondId };
      if (parts.length === 3 && third === 'link') return { view: 'personLink', personId: secondId };
      break;
    case 'scales':
      if (parts.length === 1) return { view: 'scales' };
      if (parts.length === 2 && second === 'new') return { view: 'scaleNew' };
      if (secondId === null) break;
      if (parts.length === 2) return { view: 'scaleEdit', scaleId: secondId };
      if (parts.length === 3 && third === 'delete') return { view: 'scaleDelete', scaleId: secondId };
      break;
    case 'plans': {
      if (parts.length === 1) return { view: 'plans' };
      if (parts.length === 2 && second === 'new') return { view: 'planNew' };
      if (secondId === null) break;
      const planId = secondId;
      if (parts.length === 2) return { view: 'planEdit', planId };
      if (parts.length === 3 && third === 'delete') return { view: 'planDelete', planId };
      if (parts.length === 3 && third === 'source-files') return { view: 'sourceFiles', planId };
      if (third === 'contents') return contentsView(planId, parts.slice(3), search);
      if (parts.length > 5) break;
      if (third !== 'reviews') break;
      if (parts.length === 3) return { view: 'reviews', planId };
      if (parts.length === 4 && fourth === 'new') return { view: 'reviewNew', planId };
      const reviewId = asId(fourth);
      if (reviewId === null) break;
      if (parts.length === 4) return { view: 'reviewEdit', planId, reviewId };
      if (parts.length === 5 && fifth === 'delete') return { view: 'reviewDelete', planId, reviewId };
      break;
    }
    case 'inspections': {
      if (parts.length === 1) return { view: 'inspections' };
      if (parts.length === 2 && second === 'new') return { view: 'inspectionNew' };
      if (secondId === null) break;
      const inspectionId = secondId;
      if (parts.length === 2) return { view: 'inspectionEdit', inspectionId };
      if (parts.length === 3 && third === 'delete') return { view: 'inspectionDelete', inspectionId };
      if (third !== 'recommendations') break;
      if (parts.length === 3) return { view: 'reportRecommendations', inspectionId };
      if (parts.length === 4 && fourth === 'new') return { view: 'reportRecommendationNew', inspectionId };
      const recommendationId = asId(fourth);
      if (recommendationId === null) break;
      if (parts.length === 4) return { view: 'reportRecommendationEdit', inspectionId, recommendationId };
      if (parts.length === 5 && fifth === 'delete') return { view: 'reportRecommendationDelete', inspectionId, recommendationId };
      if (parts.length === 5 && fifth === 'links') return { view: 'reportRecommendationLinks', inspectionId, recommendationId };
      break;
    }
    case 'import':
      if (parts.length === 1) return { view: 'importStart' };
      break;
    case 'imports':
      if (secondId === null) break;
      if (parts.length === 2) return { view: 'importReview', importId: secondId };
      if (parts.length === 3 && third === 'discard') return { view: 'importDiscard', importId: secondId };
      break;
  }
  return { view: 'notFound' };
}

function contentsView(planId: number, rest: readonly string[], search: string): AdminView {
  if (rest.length === 0) return { view: 'contents', planId };
  const kind = asKind(rest[0]);
  if (kind === null || rest.length < 2) return { view: 'notFound' };
  if (rest.length === 2 && rest[1] === 'new') return { view: 'contentNew', planId, kind, under: parentIn(search) };
  const itemId = asId(rest[1]);
  if (itemId === null) return { view: 'notFound' };
  if (rest.length === 2) return { view: 'contentEdit', planId, kind, itemId };
  if (rest.length === 3 && rest[2] === 'move') return { view: 'contentMove', planId, kind, itemId };
  if (rest.length === 3 && rest[2] === 'delete') return { view: 'contentDelete', planId, kind, itemId };
  return { view: 'notFound' };
}

/** The parent a new item's address names ("?under=recommendation-12"), or null (at the top of the plan). */
export function parentIn(search: string): ContentParent | null {
  const under = new URLSearchParams(search).get('under') ?? '';
  const at = under.lastIndexOf('-');
  const kind = asKind(under.slice(0, at));
  const id = asId(under.slice(at + 1));
  return kind !== null && id !== null ? { kind, id } : null;
}

/** The address of every administration view. */
export const adminPaths = {
  index: () => '/admin',
  users: () => '/admin/users',
  email: () => '/admin/email',
  userNew: () => '/admin/users/new',
  userEdit: (userId: number) => `/admin/users/${userId}`,
  userPassword: (userId: number) => `/admin/users/${userId}/password`,
  userDelete: (userId: number) => `/admin/users/${userId}/delete`,
  userSessions: (userId: number) => `/admin/users/${userId}/sessions`,
  people: () => '/admin/people',
  personNew: () => '/admin/people/new',
  personEdit: (personId: number) => `/admin/people/${personId}`,
  personDelete: (personId: number) => `/admin/people/${personId}/delete`,
  personLink: (personId: number) => `/admin/people/${personId}/link`,
  scales: () => '/admin/scales',
  scaleNew: (copyOf?: number) => `/admin/scales/new${copyOf ? `?copy=${copyOf}` : ''}`,
  scaleEdit: (scaleId: number) => `/admin/scales/${scaleId}`,
  scaleDelete: (scaleId: number) => `/admin/scales/${scaleId}/delete`,
  plans: () => '/admin/plans',
  planNew: () => '/admin/plans/new',
  planEdit: (planId: number) => `/admin/plans/${planId}`,
  planDelete: (planId: number) => `/admin/plans/${planId}/delete`,
  reviews: (planId: number) => `/admin/plans/${planId}/reviews`,
  reviewNew: (planId: number) => `/admin/plans/${planId}/reviews/new`,
  reviewEdit: (planId: number, reviewId: number) => `/admin/plans/${planId}/reviews/${reviewId}`,
  reviewDelete: (planId: number, reviewId: number) => `/admin/plans/${planId}/reviews/${reviewId}/delete`,
  inspections: () => '/admin/inspections',
  inspectionNew: () => '/admin/inspections/new',
  inspectionEdit: (inspectionId: number) => `/admin/inspections/${inspectionId}`,
  inspectionDelete: (inspectionId: number) => `/admin/inspections/${inspectionId}/delete`,
  reportRecommendations: (inspectionId: number) => `/admin/inspections/${inspectionId}/recommendations`,
  reportRecommendationNew: (inspectionId: number) => `/admin/inspections/${inspectionId}/recommendations/new`,
  reportRecommendationEdit: (inspectionId: number, recommendationId: number) => `/admin/inspections/${inspectionId}/recommendations/${recommendationId}`,
  reportRecommendationDelete: (inspectionId: number, recommendationId: number) => `/admin/inspections/${inspectionId}/recommendations/${recommendationId}/delete`,
  reportRecommendationLinks: (inspectionId: number, recommendationId: number) => `/admin/inspections/${inspectionId}/recommendations/${recommendationId}/links`,
  importStart: () => '/admin/import',
  /** The upload page with "This file is a newer version of" set to the plan. */
  importVersion: (planId: number) => `/admin/import?plan=${planId}`,
  importReview: (importId: number) => `/admin/imports/${importId}`,
  importDiscard: (importId: number) => `/admin/imports/${importId}/discard`,
  sourceFiles: (planId: number) => `/admin/plans/${planId}/source-files`,
  contents: (planId: number) => planContentsPath(planId),
  contentNew: (planId: number, kind: ContentKind, under?: ContentParent | null) =>
    `/admin/plans/${planId}/contents/${kind}/new${under ? `?under=${under.kind}-${under.id}` : ''}`,
  contentEdit: (planId: number, kind: ContentKind, itemId: number) => `/admin/plans/${planId}/contents/${kind}/${itemId}`,
  contentMove: (planId: number, kind: ContentKind, itemId: number) => `/admin/plans/${planId}/contents/${kind}/${itemId}/move`,
  contentDelete: (planId: number, kind: ContentKind, itemId: number) => `/admin/plans/${planId}/contents/${kind}/${itemId}/delete`,
} as const;

/** The scale a "new scale" address asks to start from (?copy=2), or null. */
export function copyOfScale(search: string): number | null {
  return asId(new URLSearchParams(search).get('copy') ?? undefined);
}
