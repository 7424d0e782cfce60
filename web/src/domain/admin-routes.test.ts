import { describe, expect, it } from 'vitest';
import { adminPaths, adminViewFor, copyOfScale, type AdminView } from './admin-routes';

describe('adminViewFor', () => {
  it.each<[string, AdminView]>([
    ['?under=action-4', { view: 'contentNew', planId: 3, kind: 'measure', under: { kind: 'action', id: 4 } }],
    ['?under=recommendation-12', { view: 'contentNew', planId: 3, kind: 'measure', under: { kind: 'recommendation', id: 12 } }],
    ['?under=widget-4', { view: 'contentNew', planId: 3, kind: 'measure', under: null }],
    ['?under=action-x', { view: 'contentNew', planId: 3, kind: 'measure', under: null }],
    ['', { view: 'contentNew', planId: 3, kind: 'measure', under: null }],
  ])('a new item reads where it goes from %s', (search, expected) => {
    expect(adminViewFor('/plans/3/contents/measure/new', search)).toEqual(expected);
  });

  it.each<[string, AdminView]>([
    ['', { view: 'index' }],
    ['/', { view: 'index' }],
    ['/users', { view: 'users' }],
    ['/email', { view: 'email' }],
    ['/users/new', { view: 'userNew' }],
    ['/users/12', { view: 'userEdit', userId: 12 }],
    ['/users/12/password', { view: 'userPassword', userId: 12 }],
    ['/users/12/delete', { view: 'userDelete', userId: 12 }],
    ['/users/12/sessions', { view: 'userSessions', userId: 12 }],
    ['/people', { view: 'people' }],
    ['/people/new', { view: 'personNew' }],
    ['/people/4', { view: 'personEdit', personId: 4 }],
    ['/people/4/delete', { view: 'personDelete', personId: 4 }],
    ['/people/4/link', { view: 'personLink', personId: 4 }],
    ['/scales', { view: 'scales' }],
    ['/scales/new', { view: 'scaleNew' }],
    ['/scales/2', { view: 'scaleEdit', scaleId: 2 }],
    ['/scales/2/delete', { view: 'scaleDelete', scaleId: 2 }],
    ['/plans', { view: 'plans' }],
    ['/plans/new', { view: 'planNew' }],
    ['/plans/3', { view: 'planEdit', planId: 3 }],
    ['/plans/3/delete', { view: 'planDelete', planId: 3 }],
    ['/plans/3/reviews', { view: 'reviews', planId: 3 }],
    ['/plans/3/reviews/new', { view: 'reviewNew', planId: 3 }],
    ['/plans/3/reviews/9', { view: 'reviewEdit', planId: 3, reviewId: 9 }],
    ['/plans/3/reviews/9/delete', { view: 'reviewDelete', planId: 3, reviewId: 9 }],
    ['/inspections', { view: 'inspections' }],
    ['/inspections/new', { view: 'inspectionNew' }],
    ['/inspections/5', { view: 'inspectionEdit', inspectionId: 5 }],
    ['/inspections/5/delete', { view: 'inspectionDelete', inspectionId: 5 }],
    ['/inspections/5/recommendations', { view: 'reportRecommendations', inspectionId: 5 }],
    ['/inspections/5/recommendations/new', { view: 'reportRecommendationNew', inspectionId: 5 }],
    ['/inspections/5/recommendations/8', { view: 'reportRecommendationEdit', inspectionId: 5, recommendationId: 8 }],
    ['/inspections/5/recommendations/8/delete', { view: 'reportRecommendationDelete', inspectionId: 5, recommendationId: 8 }],
    ['/inspections/5/recommendations/8/links', { view: 'reportRecommendationLinks', inspectionId: 5, recommendationId: 8 }],
    ['/import', { view: 'importStart' }],
    ['/imports/14', { view: 'importReview', importId: 14 }],
    ['/imports/14/discard', { view: 'importDiscard', importId: 14 }],
    ['/plans/3/source-files', { view: 'sourceFiles', planId: 3 }],
    ['/plans/3/contents', { view: 'contents', planId: 3 }],
    ['/plans/3/contents/priority/new', { view: 'contentNew', planId: 3, kind: 'priority', under: null }],
    ['/plans/3/contents/action/7', { view: 'contentEdit', planId: 3, kind: 'action', itemId: 7 }],
    ['/plans/3/contents/measure/7/move', { view: 'contentMove', planId: 3, kind: 'measure', itemId: 7 }],
    ['/plans/3/contents/recommendation/7/delete', { view: 'contentDelete', planId: 3, kind: 'recommendation', itemId: 7 }],
  ])('%s', (path, expected) => {
    expect(adminViewFor(path)).toEqual(expected);
  });

  it.each([
    '/accounts',
    '/users/0',
    '/users/012',
    '/users/abc',
    '/users/12/edit',
    '/users/new/delete',
    '/people/4/password',
    '/people/new/link',
    '/scales/2/levels',
    '/plans/new/reviews',
    '/plans/3/reviews/new/delete',
    '/plans/3/reviews/9/delete/now',
    '/plans/3/scores',
    '/inspections/new/recommendations',
    '/inspections/5/judgements',
    '/inspections/5/recommendations/new/links',
    '/inspections/5/recommendations/8/coverage',
    '/import/3',
    '/imports',
    '/imports/new',
    '/imports/0',
    '/imports/14/commit',
    '/imports/14/discard/now',
    '/plans/3/contents/widget/new',
    '/plans/3/contents/action',
    '/plans/3/contents/action/0',
    '/plans/3/contents/action/7/copy',
    '/plans/3/contents/action/7/delete/now',
    '/plans/3/reviews/9/delete/now/really',
    '/plans/new/source-files',
    '/plans/3/source-files/9',
  ])('%s is not an administration page', (path) => {
    expect(adminViewFor(path)).toEqual({ view: 'notFound' });
  });

  it('every path the pages link to names the view it was made for', () => {
    const cases: [string, AdminView][] = [
      [adminPaths.index(), { view: 'index' }],
      [adminPaths.userEdit(5), { view: 'userEdit', userId: 5 }],
      [adminPaths.userPassword(5), { view: 'userPassword', userId: 5 }],
      [adminPaths.userSessions(5), { view: 'userSessions', userId: 5 }],
      [adminPaths.personDelete(6), { view: 'personDelete', personId: 6 }],
      [adminPaths.personLink(6), { view: 'personLink', personId: 6 }],
      [adminPaths.scaleDelete(7), { view: 'scaleDelete', scaleId: 7 }],
      [adminPaths.planDelete(8), { view: 'planDelete', planId: 8 }],
      [adminPaths.reviewNew(8), { view: 'reviewNew', planId: 8 }],
      [adminPaths.reviewEdit(8, 2), { view: 'reviewEdit', planId: 8, reviewId: 2 }],
      [adminPaths.reviewDelete(8, 2), { view: 'reviewDelete', planId: 8, reviewId: 2 }],
      [adminPaths.importStart(), { view: 'importStart' }],
      [adminPaths.importVersion(8), { view: 'importStart' }],
      [adminPaths.importReview(12), { view: 'importReview', importId: 12 }],
      [adminPaths.importDiscard(12), { view: 'importDiscard', importId: 12 }],
      [adminPaths.sourceFiles(8), { view: 'sourceFiles', planId: 8 }],
    ];
    for (const [path, view] of cases) expect(adminViewFor(path.replace(/^\/admin/, '').split('?')[0]!)).toEqual(view);
  });

  it('the contents editor’s paths name their views, a new item’s parent included', () => {
    const cases: [string, AdminView][] = [
      [adminPaths.contents(8), { view: 'contents', planId: 8 }],
      [adminPaths.contentNew(8, 'priority'), { view: 'contentNew', planId: 8, kind: 'priority', under: null }],
      [adminPaths.contentNew(8, 'action', { kind: 'priority', id: 3 }), { view: 'contentNew', planId: 8, kind: 'action', under: { kind: 'priority', id: 3 } }],
      [adminPaths.contentEdit(8, 'recommendation', 4), { view: 'contentEdit', planId: 8, kind: 'recommendation', itemId: 4 }],
      [adminPaths.contentMove(8, 'action', 4), { view: 'contentMove', planId: 8, kind: 'action', itemId: 4 }],
      [adminPaths.contentDelete(8, 'measure', 4), { view: 'contentDelete', planId: 8, kind: 'measure', itemId: 4 }],
    ];
    for (const [path, view] of cases) {
      const url = new URL(path, 'https://tracker.example');
      expect(adminViewFor(url.pathname.replace(/^\/admin/, ''), url.search)).toEqual(view);
    }
  });
});

describe('copyOfScale', () => {
  it.each([
    ['?copy=2', 2],
    ['', null],
    ['?copy=', null],
    ['?copy=abc', null],
    ['?copy=0', null],
  ])('%s gives %s', (search, expected) => {
    expect(copyOfScale(search)).toBe(expected);
  });

  it('a new scale copied from another says so in its address', () => {
    expect(adminPaths.scaleNew(3)).toBe('/admin/scales/new?copy=3');
    expect(adminPaths.scaleNew()).toBe('/admin/scales/new');
  });
});
