// Starts the app: the styles, the demonstration notice, the header's account area, then the page the address names.
import './styles.css';
import type { Session } from './api/client';
import { showDemoBanner } from './components/demo-banner';
import { errorState, loadingState } from './components/page-states';
import { element, pageHeading, serviceName } from './dom';
import { accountArea } from './components/header';
import { routeFor, safeReturnPath } from './domain/routes';
import { showAdminPage } from './pages/admin';
import { showBoardPage } from './pages/board';
import { showDashboardPage } from './pages/dashboard';
import { showGridPage } from './pages/grid';
import { showItemPage } from './pages/item';
import { showMyActionsPage } from './pages/my-actions';
import { showNotFound } from './pages/not-found';
import { showPlansPage } from './pages/plans';
import { showReportPage } from './pages/report';
import { showReturnPage } from './pages/returns';
import { showScorecardPage } from './pages/scorecard';
import { showBoardReviewPage } from './pages/reviews';
import { showSignIn } from './pages/sign-in';
import { navigate, startRouter } from './router';
import { getSession, onSessionChange, setSession } from './session';

const main = document.getElementById('main-content')!;
// Shown once on the next sign-in page, then forgotten.
let notice: string | null = null;
// Until GET /api/session answers, the account area stays empty rather than offering "Sign in" to someone signed in.
let sessionKnown = false;
const demoSlot = document.getElementById('demo-notice');
const account = accountArea(document.getElementById('account')!, () => {
  setSession(null);
  notice = 'You have signed out.';
  navigate('/sign-in');
});
const here = () => location.pathname + location.search;

if (demoSlot) void showDemoBanner(demoSlot);
onSessionChange((session) => {
  sessionKnown = true;
  account.update(session, here());
  showNavigationFor(session);
});

/** Navigation items marked data-roles="a b" show only to those roles (the API refuses the others anyway). */
function showNavigationFor(session: Session | null): void {
  for (const item of document.querySelectorAll<HTMLElement>('.site-header__nav [data-roles]')) {
    item.hidden = !session || !(item.dataset.roles ?? '').split(' ').includes(session.role);
  }
}

startRouter((page, url) => {
  const route = routeFor(url.pathname);
  if (sessionKnown) account.update(getSession(), here());
  // Tells screen readers (and, in bold, everyone) which section of the header's navigation they are in.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.site-header__nav a')) {
    // A section's sub-pages (/admin/users) count as the section; "/" only as itself.
    const inSection = a.pathname === url.pathname || (a.pathname !== '/' && url.pathname.startsWith(`${a.pathname}/`));
    if (inSection) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  // Pages built around wide tables use the width of a wide screen; reading pages keep a comfortable line length.
  main.classList.toggle('page--wide', page === 'plans' || page === 'grid' || page === 'report' || page === 'dashboard' || page === 'returnUploaded' || page === 'printedFigures' || page === 'scorecard' || page === 'scorecardImport' || page === 'indicator');
  switch (page) {
    case 'plans':
      showPlansPage(main);
      break;
    case 'grid':
      showGridPage(main, route.planId!);
      break;
    case 'dashboard':
      showDashboardPage(main, url, route.planId!);
      break;
    case 'report':
      showReportPage(main, url, route.planId!);
      break;
    case 'item':
      showItemPage(main, url, route.planId!, route.itemKind!, route.itemId!);
      break;
    case 'itemScore':
    case 'itemDirection':
    case 'printedFigures':
      showBoardPage(main, url, route);
      break;
    case 'myActions':
      showMyActionsPage(main, url);
      break;
    case 'reminderSettings': {
      // The heading now (the router focuses it); the form is a chunk of its own, as most visits never open it.
      document.title = `Reminder emails – ${serviceName}`;
      const view = element('div');
      view.append(loadingState('Loading your reminder settings…'));
      main.replaceChildren(pageHeading('Reminder emails'), view);
      void import('./pages/reminder-settings').then(
        (page) => page.showReminderSettings(view),
        (error: unknown) => view.replaceChildren(errorState(error, 'your reminder settings')),
      );
      break;
    }
    case 'scorecard':
    case 'scorecardValues':
    case 'scorecardImport':
    case 'indicator':
    case 'indicatorNew':
    case 'indicatorEdit':
    case 'indicatorDelete':
    case 'indicatorYear':
      showScorecardPage(main, url, route);
      break;
    case 'returnUpload':
    case 'returnUploaded':
      showReturnPage(main, url, route);
      break;
    case 'reviews':
    case 'reviewOpen':
    case 'reviewClose':
      showBoardReviewPage(main, url, route);
      break;
    case 'admin':
      showAdminPage(main, url, route.adminPath!);
      break;
    case 'signIn': {
      const returnTo = safeReturnPath(url.searchParams.get('returnTo'));
      showSignIn(main, {
        returnTo,
        // Back from the council provider's sign-out (issue 16): the tracker's session already ended before it.
        notice: notice ?? (url.searchParams.get('signedOut') === '1' ? 'You have signed out.' : null),
        singleSignOnError: url.searchParams.get('ssoError'),
        onSignedIn: (session: Session) => {
          setSession(session);
          // Replace the sign-in page in the history, so Back goes to where the person was before it.
          navigate(returnTo, true);
        },
      });
      notice = null;
      break;
    }
    default:
      showNotFound(main);
  }
});
