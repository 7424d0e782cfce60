// The administration pages' addresses: which view a path under /admin names, and the path of each view.
// DOM-free (admin-routes.test.ts). Every view is its own address, including "new" forms and delete confirmations,
// so a person can share a link, reload without losing their place, and go Back from a confirmation.
//
//   /admin                                            what can be administered, with counts
//   /admin/users, /admin/users/new                    accounts; create one
//   /admin/users/{id}, .../password, .../delete       change an account; reset its password; delete it
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

export type AdminView =
  | { view: 'index' }
  | { view: 'users' }
  | { view: 'userNew' }
  | { view: 'userEdit'; userId: number }
  | { view: 'userPassword'; userId: number }
  | { view: 'userDelete'; userId: number }
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
  | { view: 'notFound' };

const idPattern = /^[1-9][0-9]{0,14}$/;
const asId = (segment: string | undefined): number | null => (segment !== undefined && idPattern.test(segment) ? Number(segment) : null);

/** The view an administration sub-path names ("" is the index, "/users/3" an account); anything else is notFound. */
export function adminViewFor(adminPath: string): AdminView {
  const parts = adminPath.split('/').filter((p) => p !== '');
  const [section, second, third, fourth, fifth] = parts;
  if (parts.length === 0) return { view: 'index' };
  if (parts.length > 5) return { view: 'notFound' };
  const secondId = asId(second);

  switch (section) {
    case 'users':
      if (parts.length === 1) return { view: 'users' };
      if (parts.length === 2 && second === 'new') return { view: 'userNew' };
      if (secondId === null) break;
      if (parts.length === 2) return { view: 'userEdit', userId: secondId };
      if (parts.length === 3 && third === 'password') return { view: 'userPassword', userId: secondId };
      if (parts.length === 3 && third === 'delete') return { view: 'userDelete', userId: secondId };
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

/** The address of every administration view. */
export const adminPaths = {
  index: () => '/admin',
  users: () => '/admin/users',
  userNew: () => '/admin/users/new',
  userEdit: (userId: number) => `/admin/users/${userId}`,
  userPassword: (userId: number) => `/admin/users/${userId}/password`,
  userDelete: (userId: number) => `/admin/users/${userId}/delete`,
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
} as const;

/** The scale a "new scale" address asks to start from (?copy=2), or null. */
export function copyOfScale(search: string): number | null {
  return asId(new URLSearchParams(search).get('copy') ?? undefined);
}
