// A plan's contents (/admin/plans/{planId}/contents): its priorities, recommendations, actions and success measures as
// a nested outline in the plan's order, each with its number, text, people and deadline, and per item: Change, Add …
// under it, Move up, Move down, Move to…, Delete. A chunk of its own, loaded the first time one of its pages is opened
// (views.ts), so nobody else downloads it.
//
// The outline is read from the grid (GET /api/plans/{planId}/grid), the one read that holds the whole tree with every
// item's version, scores and update count. Reordering is by buttons, never by dragging alone: each press reads the
// siblings' places from the API (the grid does not carry them), changes as few as it can, reads the grid again and puts
// focus back on the moved item's button, saying what moved in a status region.

import './contents.css';
import { getGrid, type Grid, type ItemKind, type PersonRef } from '../../../api/client';
import { listActions, listMeasures, listPriorities, listRecommendations, restoreDeletion, updateAction, updateMeasure, updatePriority, updateRecommendation } from '../../../api/contents';
import { element, link, paragraph } from '../../../dom';
import { adminPaths } from '../../../domain/admin-routes';
import { columnHeadings } from '../../../domain/grid-cells';
import { displayReference, formatDate, inheritedFrom, kindLabels } from '../../../domain/grid-rows';
import { understoodWords } from '../../../domain/item-find';
import { personWords } from '../../../domain/person-picker';
import {
  actionBody,
  childKinds,
  emptyStartText,
  findNode,
  kindWithArticle,
  measureBody,
  movedText,
  nodeTitle,
  outline,
  parentChoices,
  priorityBody,
  recommendationBody,
  reorder,
  sameKindSiblings,
  topKinds,
  type OutlineNode,
} from '../../../domain/plan-contents';
import { gridPath } from '../../../domain/routes';
import { actionLink, buttonLink, crumbsTo, layout, load, type AdminContext, type Crumb } from '../shell';
import { problemBox, problemReason } from './parts';

export { showContentForm } from './item-form';
export { showContentMove } from './move';
export { showContentDelete } from './delete';

/** The last delete, kept for the contents page drawn next, which offers to undo it. */
interface LastDeletion {
  planId: number;
  message: string;
  /** The API's Undo-Location; null when the server offers no undo. */
  undo: string | null;
  what: string;
}

let lastDeletion: LastDeletion | null = null;

export function rememberDeletion(deletion: LastDeletion): void {
  lastDeletion = deletion;
}

export const noSuchPlan = 'There is no plan at this address. It may have been deleted.';

export function contentsCrumbs(grid: Grid | null, planId: number): Crumb[] {
  return crumbsTo({ href: adminPaths.plans(), text: 'Plans and reviews' }, { href: adminPaths.contents(planId), text: grid ? `Contents of ${grid.plan.title}` : 'The plan’s contents' });
}

export function showContents(ctx: AdminContext, planId: number): void {
  const page = layout(ctx, 'Plan contents', crumbsTo({ href: adminPaths.plans(), text: 'Plans and reviews' }));
  const deletion = lastDeletion?.planId === planId ? lastDeletion : null;
  lastDeletion = null;
  void load(
    ctx,
    page.body,
    'the plan’s contents',
    getGrid(planId, ctx.signal),
    (grid) => {
      page.retitle(`Contents of ${grid.plan.title}`);
      new ContentsScreen(ctx, page.body, grid, deletion).draw();
    },
    noSuchPlan,
    () => page.retitle('No such plan'),
  );
}

class ContentsScreen {
  private readonly announcer = element('div', 'admin-announcer');
  private readonly problem = element('div');
  private readonly outlineSlot = element('div', 'contents-outline-slot');
  private readonly planId: number;

  constructor(
    private readonly ctx: AdminContext,
    body: HTMLElement,
    private grid: Grid,
    deletion: LastDeletion | null,
  ) {
    this.planId = grid.plan.id;
    this.announcer.setAttribute('role', 'status');
    const intro = element('p');
    intro.append(
      'Add, change, reorder, move and delete the plan’s items. Each change is saved at once and shows in ',
      link(gridPath(this.planId), 'the plan’s grid'),
      '.',
    );
    const more = element('p', 'admin-more contents-links');
    more.append(
      link(gridPath(this.planId), 'Back to the plan’s grid'),
      ' · ',
      link(adminPaths.planEdit(this.planId), 'Change the plan’s details'),
      ' · ',
      link(adminPaths.reviews(this.planId), 'Reviews of this plan'),
    );
    body.append(intro, more);
    if (deletion) body.append(this.undoNotice(deletion));
    body.append(this.problem, this.announcer, this.outlineSlot);
  }

  draw(focus?: { key: string; move: 'up' | 'down' }): void {
    const roots = outline(this.grid.items);
    const plan = this.grid.plan;
    const parts: HTMLElement[] = [];
    const adds = element('p', 'admin-actions-bar');
    for (const kind of topKinds(plan, roots)) adds.append(buttonLink(adminPaths.contentNew(this.planId, kind), `Add ${kindWithArticle(kind)}`), ' ');
    if (roots.length === 0) {
      const start = emptyStartText(plan);
      const empty = element('div', 'empty-state');
      empty.append(element('h2', 'empty-state__title', start.title));
      const p = element('p');
      p.append(link(adminPaths.contentNew(this.planId, start.start), start.link), '.');
      empty.append(p);
      parts.push(empty);
    } else {
      parts.push(adds, this.list(roots, roots));
    }
    this.outlineSlot.replaceChildren(...parts);
    if (focus) {
      const buttons = [...this.outlineSlot.querySelectorAll<HTMLButtonElement>(`button[data-key="${focus.key}"]`)];
      (buttons.find((b) => b.dataset.move === focus.move) ?? buttons[0])?.focus();
    }
  }

  private list(nodes: readonly OutlineNode[], roots: readonly OutlineNode[]): HTMLElement {
    const list = element('ol', 'contents-outline');
    for (const node of nodes) list.append(this.itemElement(node, roots));
    return list;
  }

  private itemElement(node: OutlineNode, roots: readonly OutlineNode[]): HTMLLIElement {
    const { item } = node;
    const li = element('li', `contents-item contents-item--${item.kind}`);
    li.id = `item-${item.kind}-${item.id}`;
    const level = Math.min(node.depth + 2, 6);
    const heading = element(`h${level}` as 'h2', 'contents-item__title');
    heading.append(nodeTitle(node));
    if (item.number && item.reference && item.reference !== item.number) heading.append(element('span', 'contents-item__ref', ` (${displayReference(item)})`));
    li.append(heading, paragraph(item.text, 'contents-item__text'));
    const details = this.details(node);
    if (details) li.append(details);
    li.append(this.controls(node, roots));
    if (node.children.length > 0) li.append(this.list(node.children, roots));
    return li;
  }

  /** The item's fields as a description list: only those it has, people and deadline marked when they come from above. */
  private details(node: OutlineNode): HTMLElement | null {
    const { item } = node;
    const headings = columnHeadings(this.grid.plan);
    const rows: [string, string][] = [];
    if (item.outcomeStatement) rows.push(['Outcome', item.outcomeStatement]);
    if (item.judgementArea) rows.push(['Judgement area', item.judgementArea]);
    if (item.sourceParagraphs) rows.push(['Report paragraphs', item.sourceParagraphs]);
    if (item.addressees.length) rows.push(['Addressed to', item.addressees.join('; ')]);
    if (item.sourceReference) rows.push(['Source reference', item.sourceReference]);
    if (item.answersReportRecommendations.length) rows.push(['Answers report recommendation', item.answersReportRecommendations.map((r) => r.number ?? 'unnumbered').join(', ')]);
    if (item.kind !== 'priority') {
      rows.push([headings.lead, peopleText(item.leads, item.inheritedLeads)]);
      rows.push([headings.owners, peopleText(item.owners, item.inheritedOwners)]);
      rows.push(['Deadline', deadlineText(node)]);
    }
    if (rows.length === 0) return null;
    const dl = element('dl', 'contents-item__details');
    for (const [term, value] of rows) {
      const div = element('div');
      div.append(element('dt', undefined, term), element('dd', undefined, value));
      dl.append(div);
    }
    return dl;
  }

  private controls(node: OutlineNode, roots: readonly OutlineNode[]): HTMLElement {
    const { item } = node;
    const title = nodeTitle(node);
    const list = element('ul', 'admin-actions contents-item__actions');
    const add = (control: HTMLElement) => {
      const li = element('li');
      li.append(control);
      list.append(li);
    };
    add(actionLink(adminPaths.contentEdit(this.planId, item.kind, item.id), 'Change', title));
    for (const kind of childKinds(this.grid.plan, roots, node)) {
      add(actionLink(adminPaths.contentNew(this.planId, kind, { kind: item.kind, id: item.id }), `Add ${kindWithArticle(kind)} under it`, `(${title})`));
    }
    const siblings = sameKindSiblings(roots, node);
    const at = siblings.indexOf(node);
    if (at > 0) add(this.moveButton(node, siblings[at - 1]!, -1));
    if (at < siblings.length - 1) add(this.moveButton(node, siblings[at + 1]!, 1));
    if (parentChoices(roots, node).length > 0) add(actionLink(adminPaths.contentMove(this.planId, item.kind, item.id), 'Move to…', title));
    add(actionLink(adminPaths.contentDelete(this.planId, item.kind, item.id), 'Delete', title));
    return list;
  }

  /** "Move up<hidden> action 2.3</hidden>"; none at either end, rather than a disabled button focus could land on. */
  private moveButton(node: OutlineNode, neighbour: OutlineNode, by: -1 | 1): HTMLButtonElement {
    const which = by < 0 ? 'up' : 'down';
    const button = element('button', 'button button--secondary button--small');
    button.type = 'button';
    button.dataset.key = `${node.item.kind}-${node.item.id}`;
    button.dataset.move = which;
    button.append(`Move ${which}`, element('span', 'visually-hidden', ` ${nodeTitle(node)}`));
    let pending = false;
    button.addEventListener('click', async () => {
      if (pending) return;
      pending = true;
      button.setAttribute('aria-disabled', 'true');
      this.problem.replaceChildren();
      this.announcer.textContent = '';
      try {
        await this.reorder(node, by);
        this.grid = await getGrid(this.planId, this.ctx.signal);
        if (this.ctx.signal.aborted) return;
        this.draw({ key: button.dataset.key!, move: which });
        this.announcer.textContent = movedText(node, neighbour, by);
      } catch (error) {
        this.problem.replaceChildren(problemBox(error, `${nodeTitle(node)} has been changed by someone else since you opened this page, so it has not moved.`));
      } finally {
        pending = false;
        button.removeAttribute('aria-disabled');
      }
    });
    return button;
  }

  /** Reads the places of the item's siblings and saves the fewest changes that move it one place. */
  private async reorder(node: OutlineNode, by: -1 | 1): Promise<void> {
    const planId = this.planId;
    const parent = node.parent?.item ?? null;
    const byPlace = <T extends { sortOrder: number; id: number }>(list: T[]) => [...list].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
    switch (node.item.kind) {
      case 'priority': {
        const records = byPlace(await listPriorities(planId));
        for (const u of reorder(records, node.item.id, by) ?? []) {
          const r = records.find((x) => x.id === u.id)!;
          await updatePriority(planId, r.id, priorityBody(r, { sortOrder: u.sortOrder }), r.version);
        }
        return;
      }
      case 'recommendation': {
        const records = byPlace((await listRecommendations(planId)).filter((r) => r.priorityId === (parent?.kind === 'priority' ? parent.id : null)));
        for (const u of reorder(records, node.item.id, by) ?? []) {
          const r = records.find((x) => x.id === u.id)!;
          await updateRecommendation(planId, r.id, recommendationBody(r, { sortOrder: u.sortOrder }), r.version);
        }
        return;
      }
      case 'action': {
        const under = (a: { recommendationId: number | null; priorityId: number | null }) =>
          parent?.kind === 'recommendation' ? a.recommendationId === parent.id : a.priorityId === parent?.id;
        const records = byPlace((await listActions(planId)).filter(under));
        for (const u of reorder(records, node.item.id, by) ?? []) {
          const r = records.find((x) => x.id === u.id)!;
          await updateAction(planId, r.id, actionBody(r, { sortOrder: u.sortOrder }), r.version);
        }
        return;
      }
      case 'measure': {
        const actionId = parent!.id;
        const records = byPlace(await listMeasures(planId, actionId));
        for (const u of reorder(records, node.item.id, by) ?? []) {
          const r = records.find((x) => x.id === u.id)!;
          await updateMeasure(planId, actionId, r.id, measureBody(r, { sortOrder: u.sortOrder }), r.version);
        }
        return;
      }
    }
  }

  /** "Deleted recommendation 2 … [Undo]": focused, like a success message, so the person hears it and can undo at once. */
  private undoNotice(deletion: LastDeletion): HTMLElement {
    const notice = element('div', 'success-banner undo-notice');
    notice.setAttribute('role', 'status');
    notice.tabIndex = -1;
    const text = element('p', 'success-banner__text', deletion.message);
    notice.append(text);
    if (deletion.undo) {
      const undo = deletion.undo;
      const button = element('button', 'button button--secondary undo-notice__button');
      button.type = 'button';
      button.append('Undo', element('span', 'visually-hidden', ` deleting ${deletion.what}`));
      const why = element('p', 'undo-notice__problem');
      let pending = false;
      button.addEventListener('click', async () => {
        if (pending) return;
        pending = true;
        button.setAttribute('aria-disabled', 'true');
        why.textContent = '';
        try {
          await restoreDeletion(undo);
          this.grid = await getGrid(this.planId, this.ctx.signal);
          if (this.ctx.signal.aborted) return;
          this.draw();
          button.remove();
          text.textContent = `Restored ${deletion.what} and everything deleted with it.`;
          notice.focus();
        } catch (error) {
          why.textContent = `It could not be undone: ${problemReason(error)}`;
          button.remove();
          notice.focus();
        } finally {
          pending = false;
          button.removeAttribute('aria-disabled');
        }
      });
      notice.append(button, why);
    }
    queueMicrotask(() => {
      if (notice.isConnected) notice.focus();
    });
    return notice;
  }
}

/** "Dana Whitfield, Head of Service; Sam Okafor", or "None of its own: Dana Whitfield (from action 1.1)". */
function peopleText(own: readonly PersonRef[], inherited: { from: string; fromReference: string | null; people: PersonRef[] } | null): string {
  if (own.length) return own.map(personWords).join('; ');
  if (inherited?.people.length) return `None of its own: ${inherited.people.map(personWords).join('; ')} (from ${inheritedFrom(inherited)})`;
  return 'None';
}

function deadlineText(node: OutlineNode): string {
  const { item } = node;
  if (item.deadline) {
    const understood = understoodWords(item.deadline, formatDate);
    return understood ? `${item.deadline.text} (${understood.replace(/\.$/, '')})` : item.deadline.text;
  }
  if (item.inheritedDeadline) return `None of its own: ${item.inheritedDeadline.deadline.text} (from ${inheritedFrom(item.inheritedDeadline)})`;
  return 'None';
}

/** Kept for the other pages of the chunk. */
export function kindWord(kind: ItemKind): string {
  return kindLabels[kind].toLowerCase();
}

export { findNode };
