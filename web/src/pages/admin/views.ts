// Which administration view an address names, drawn for a signed-in administrator. Loaded only when an
// administrator opens an administration page (see ../admin.ts), so nobody else downloads it.

import { emptyState } from '../../components/page-states';
import { adminViewFor } from '../../domain/admin-routes';
import { showAdminIndex } from './index';
import { showPeople, showPersonDelete, showPersonForm, showPersonLink } from './people';
import { showPlanDelete, showPlanForm, showPlans } from './plans';
import { showReviewDelete, showReviewForm, showReviews } from './reviews';
import { showScaleDelete, showScaleForm, showScales } from './scales';
import { crumbsTo, layout, type AdminContext } from './shell';
import { showUserDelete, showUserSessions, showUserForm, showUserPassword, showUsers } from './users';
import './admin.css';

// The inspection pages are a chunk of their own, loaded the first time one is opened: most administration is accounts,
// people, scales and plans, and the inspection pages are a third as large again.
let inspectionPages: Promise<typeof import('./inspections')> | null = null;

function inspections(ctx: AdminContext, draw: (pages: typeof import('./inspections')) => void): Promise<void> {
  inspectionPages ??= import('./inspections');
  return inspectionPages.then(
    (pages) => {
      if (!ctx.signal.aborted) draw(pages);
    },
    (error: unknown) => {
      inspectionPages = null;
      throw error;
    },
  );
}

// The import pages likewise: a plan is brought in once, and the mapping screen is the largest administration page.
let importPages: Promise<typeof import('./import/index')> | null = null;

function imports(ctx: AdminContext, draw: (pages: typeof import('./import/index')) => void): Promise<void> {
  importPages ??= import('./import/index');
  return importPages.then(
    (pages) => {
      if (!ctx.signal.aborted) draw(pages);
    },
    (error: unknown) => {
      importPages = null;
      throw error;
    },
  );
}

// The plan contents editor likewise: its outline, item forms and person picker are needed only while a plan is built.
let contentsPages: Promise<typeof import('./contents/index')> | null = null;

function contents(ctx: AdminContext, draw: (pages: typeof import('./contents/index')) => void): Promise<void> {
  contentsPages ??= import('./contents/index');
  return contentsPages.then(
    (pages) => {
      if (!ctx.signal.aborted) draw(pages);
    },
    (error: unknown) => {
      contentsPages = null;
      throw error;
    },
  );
}

/** Draws the view `adminPath` (the address after /admin) names; a promise when its code is still to load. */
export function showAdminView(ctx: AdminContext, adminPath: string): void | Promise<void> {
  const view = adminViewFor(adminPath, ctx.url.search);
  switch (view.view) {
    case 'index':
      return showAdminIndex(ctx);
    case 'users':
      return showUsers(ctx);
    case 'email':
      // A chunk of its own: the outbox is looked at rarely.
      return import('./email').then((pages) => {
        if (!ctx.signal.aborted) pages.showEmail(ctx);
      });
    case 'userNew':
      return showUserForm(ctx, null);
    case 'userEdit':
      return showUserForm(ctx, view.userId);
    case 'userPassword':
      return showUserPassword(ctx, view.userId);
    case 'userDelete':
      return showUserDelete(ctx, view.userId);
    case 'userSessions':
      return showUserSessions(ctx, view.userId);
    case 'people':
      return showPeople(ctx);
    case 'personNew':
      return showPersonForm(ctx, null);
    case 'personEdit':
      return showPersonForm(ctx, view.personId);
    case 'personDelete':
      return showPersonDelete(ctx, view.personId);
    case 'personLink':
      return showPersonLink(ctx, view.personId);
    case 'scales':
      return showScales(ctx);
    case 'scaleNew':
      return showScaleForm(ctx, null);
    case 'scaleEdit':
      return showScaleForm(ctx, view.scaleId);
    case 'scaleDelete':
      return showScaleDelete(ctx, view.scaleId);
    case 'plans':
      return showPlans(ctx);
    case 'planNew':
      return showPlanForm(ctx, null);
    case 'planEdit':
      return showPlanForm(ctx, view.planId);
    case 'planDelete':
      return showPlanDelete(ctx, view.planId);
    case 'reviews':
      return showReviews(ctx, view.planId);
    case 'reviewNew':
      return showReviewForm(ctx, view.planId, null);
    case 'reviewEdit':
      return showReviewForm(ctx, view.planId, view.reviewId);
    case 'reviewDelete':
      return showReviewDelete(ctx, view.planId, view.reviewId);
    case 'inspections':
      return inspections(ctx, (p) => p.showInspections(ctx));
    case 'inspectionNew':
      return inspections(ctx, (p) => p.showInspectionForm(ctx, null));
    case 'inspectionEdit':
      return inspections(ctx, (p) => p.showInspectionForm(ctx, view.inspectionId));
    case 'inspectionDelete':
      return inspections(ctx, (p) => p.showInspectionDelete(ctx, view.inspectionId));
    case 'reportRecommendations':
      return inspections(ctx, (p) => p.showReportRecommendations(ctx, view.inspectionId));
    case 'reportRecommendationNew':
      return inspections(ctx, (p) => p.showReportRecommendationForm(ctx, view.inspectionId, null));
    case 'reportRecommendationEdit':
      return inspections(ctx, (p) => p.showReportRecommendationForm(ctx, view.inspectionId, view.recommendationId));
    case 'reportRecommendationDelete':
      return inspections(ctx, (p) => p.showReportRecommendationDelete(ctx, view.inspectionId, view.recommendationId));
    case 'reportRecommendationLinks':
      return inspections(ctx, (p) => p.showReportRecommendationLinks(ctx, view.inspectionId, view.recommendationId));
    case 'importStart':
      return imports(ctx, (p) => p.showImportStart(ctx));
    case 'importReview':
      return imports(ctx, (p) => p.showImportReview(ctx, view.importId));
    case 'importDiscard':
      return imports(ctx, (p) => p.showImportDiscard(ctx, view.importId));
    case 'sourceFiles':
      return imports(ctx, (p) => p.showSourceFiles(ctx, view.planId));
    case 'contents':
      return contents(ctx, (p) => p.showContents(ctx, view.planId));
    case 'contentNew':
      return contents(ctx, (p) => p.showContentForm(ctx, view.planId, view.kind, null, view.under));
    case 'contentEdit':
      return contents(ctx, (p) => p.showContentForm(ctx, view.planId, view.kind, view.itemId, null));
    case 'contentMove':
      return contents(ctx, (p) => p.showContentMove(ctx, view.planId, view.kind, view.itemId));
    case 'contentDelete':
      return contents(ctx, (p) => p.showContentDelete(ctx, view.planId, view.kind, view.itemId));
    case 'notFound': {
      const page = layout(ctx, 'Page not found', crumbsTo());
      page.body.append(emptyState('There is no administration page at this address.', 'Check the address, or start from the administration page.', { href: '/admin', text: 'Go to administration' }));
      return;
    }
  }
}
