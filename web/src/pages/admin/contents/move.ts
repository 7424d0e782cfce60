// Moving an item to another parent: a recommendation to another priority (or out of its priority), an action to
// another recommendation or priority, a success measure to another action (UpdateMeasure's moveToActionId). The choices
// are the valid parents only, read from the outline. A moved item goes last under its new parent; its scores, updates
// and the items under it go with it.

import { getGrid, type ItemKind } from '../../../api/client';
import { getAction, getMeasure, getRecommendation, listActions, listRecommendations, updateAction, updateMeasure, updateRecommendation } from '../../../api/contents';
import { paragraph } from '../../../dom';
import { adminPaths } from '../../../domain/admin-routes';
import { kindLabels } from '../../../domain/grid-rows';
import { actionBody, actionParent, findNode, lastPlace, measureBody, nodeName, outline, parentChoices, recommendationBody } from '../../../domain/plan-contents';
import { navigate } from '../../../router';
import { addFields, adminForm, FormProblems, selectField } from '../form';
import { layout, load, setFlash, type AdminContext } from '../shell';
import { contentsCrumbs, noSuchPlan } from './index';

export function showContentMove(ctx: AdminContext, planId: number, kind: ItemKind, itemId: number): void {
  const what = kindLabels[kind].toLowerCase();
  const page = layout(ctx, `Move a ${what}`, contentsCrumbs(null, planId));
  void load(ctx, page.body, `the ${what}`, getGrid(planId, ctx.signal), (grid) => {
    const roots = outline(grid.items);
    const node = findNode(roots, kind, itemId);
    if (!node) {
      page.retitle(`No such ${what}`);
      page.body.append(paragraph(`This plan has no ${what} at this address. It may have been deleted.`));
      return;
    }
    page.retitle(`Move ${nodeName(node)}`);
    const choices = parentChoices(roots, node);
    const where = node.parent ? `It is now under ${nodeName(node.parent)}.` : 'It is now not in a priority.';
    if (choices.length === 0) {
      page.body.append(paragraph(`${where} There is nowhere else in this plan it can go.`));
      return;
    }
    const target = selectField({
      name: 'parent',
      label: 'Move it to',
      hint: `${where} It goes last there, with its scores, updates and everything under it.`,
      value: '',
      options: [{ value: '', text: 'Choose where it goes' }, ...choices.map((c) => ({ value: c.value, text: c.text }))],
    });
    const back = adminPaths.contents(planId);
    const form = adminForm({
      fields: () => [target],
      submitText: 'Move',
      progressText: 'Moving…',
      cancel: { href: back, text: 'Cancel' },
      thing: `This ${what}`,
      otherwise: 'parent',
      rename: (name) => (['priorityId', 'recommendationId', 'moveToActionId'].includes(name) ? 'parent' : name),
      submit: async () => {
        const choice = choices.find((c) => c.value === target.input.value);
        if (!choice) throw new FormProblems([{ field: 'parent', message: `Choose where to move ${nodeName(node)} to.` }]);
        switch (kind) {
          case 'recommendation': {
            const r = await getRecommendation(planId, itemId);
            const sortOrder = lastPlace((await listRecommendations(planId)).filter((x) => x.priorityId === choice.id));
            await updateRecommendation(planId, itemId, recommendationBody(r, { priorityId: choice.id, sortOrder }), node.item.version);
            break;
          }
          case 'action': {
            const a = await getAction(planId, itemId);
            const to = actionParent(choice);
            const sortOrder = lastPlace((await listActions(planId)).filter((x) => (to.recommendationId ? x.recommendationId === to.recommendationId : x.priorityId === to.priorityId)));
            await updateAction(planId, itemId, actionBody(a, { ...to, sortOrder }), node.item.version);
            break;
          }
          case 'measure': {
            const actionId = node.parent!.item.id;
            const m = await getMeasure(planId, actionId, itemId);
            await updateMeasure(planId, actionId, itemId, measureBody(m, { moveToActionId: choice.id }), node.item.version);
            break;
          }
          default:
            return;
        }
        const to = choice.kind ? findNode(roots, choice.kind, choice.id!) : null;
        setFlash(`Moved ${nodeName(node)} ${to ? `to ${nodeName(to)}` : 'out of its priority'}.`);
        navigate(back);
      },
    });
    addFields(form, target);
    page.body.append(paragraph(node.item.text, 'form-note'), form.element);
  }, noSuchPlan, () => page.retitle('No such plan'));
}
