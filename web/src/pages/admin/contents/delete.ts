// Deleting an item, on a confirmation page of its own (as every administration delete is): what goes with it, counted
// from the grid as the API deletes ("Deleting recommendation 2 also deletes 3 actions, 5 success measures, 41 scores
// in 4 reviews and 6 progress updates. Its priority stays."), and a red button. After the delete the contents page
// says what was deleted and offers Undo when the API gave an Undo-Location.

import { getGrid, type ItemKind } from '../../../api/client';
import { deleteItem, itemUrl } from '../../../api/contents';
import { element, paragraph } from '../../../dom';
import { adminPaths } from '../../../domain/admin-routes';
import { kindLabels } from '../../../domain/grid-rows';
import { deletedNotice, deletionCounts, deletionSentence, findNode, nodeName, outline } from '../../../domain/plan-contents';
import { navigate } from '../../../router';
import { addFields, adminForm } from '../form';
import { layout, load, type AdminContext } from '../shell';
import { contentsCrumbs, noSuchPlan, rememberDeletion } from './index';

export function showContentDelete(ctx: AdminContext, planId: number, kind: ItemKind, itemId: number): void {
  const what = kindLabels[kind].toLowerCase();
  const page = layout(ctx, `Delete a ${what}`, contentsCrumbs(null, planId));
  void load(ctx, page.body, `the ${what}`, getGrid(planId, ctx.signal), (grid) => {
    const node = findNode(outline(grid.items), kind, itemId);
    if (!node) {
      page.retitle(`No such ${what}`);
      page.body.append(paragraph(`This plan has no ${what} at this address. It may have been deleted.`));
      return;
    }
    const name = nodeName(node);
    page.retitle(`Delete ${name}?`);
    const counts = deletionCounts(node);
    const back = adminPaths.contents(planId);
    const form = adminForm({
      fields: () => [],
      submitText: `Delete ${name}`,
      progressText: 'Deleting…',
      cancel: { href: back, text: 'No, keep it' },
      thing: `This ${what}`,
      warningButton: true,
      submit: async () => {
        const undo = await deleteItem(itemUrl(planId, kind, itemId, node.parent?.item.id), node.item.version);
        rememberDeletion({ planId, message: deletedNotice(node, counts), undo, what: name });
        navigate(back);
      },
    });
    const quote = element('blockquote', 'contents-quote', node.item.text);
    const statement = element('p', 'contents-deletion');
    statement.textContent = deletionSentence(node, counts);
    addFields(form, quote, statement, paragraph('The history of changes keeps what it was. Straight after deleting, the plan’s contents page offers to undo it.'));
    page.body.append(form.element);
  }, noSuchPlan, () => page.retitle('No such plan'));
}
