// The board's pages, loaded on first use by ../board.ts once it knows who is signed in.

import '../admin/admin.css';
import './board.css';
import type { Route } from '../../domain/routes';
import { showDirectionPage } from './direction';
import { showPrintedFigures } from './printed-figures';
import { showScorePage } from './score';
import type { BoardContext } from './shell';

export function showBoardView(ctx: BoardContext, route: Route): Promise<void> {
  const planId = route.planId!;
  switch (route.page) {
    case 'itemScore':
      return showScorePage(ctx, planId, route.itemKind as 'recommendation' | 'action' | 'measure', route.itemId!);
    case 'itemDirection':
      return showDirectionPage(ctx, planId, route.itemKind as 'recommendation' | 'action' | 'measure', route.itemId!);
    default:
      return showPrintedFigures(ctx, planId, route.subPath ?? '');
  }
}
