// The plan contents editor's rules, without the DOM (plan-contents.test.ts): the outline read from the grid (levels,
// order, which items can go up or down, where each may move to, what may be added under it), what a delete takes with
// it in a sentence counted from the grid, the updates that reorder siblings, the request bodies built from what the API
// returned (so a change to one field never drops another: people, addressees and deadlines are sent back as they were),
// and what the tracker understood of a deadline as typed.

import type { ActionBody, ActionRecord, MeasureBody, MeasureRecord, PriorityBody, PriorityRecord, RecommendationBody, RecommendationRecord } from '../api/contents';
import type { GridItem, ItemKind, Plan } from '../api/client';
import { count } from './admin-words';
import { displayReference, formatDate, itemTitle, kindLabels, truncate } from './grid-rows';
import { understoodWords } from './item-find';

/** One item of the outline, knowing its parent and its place among the items of its own kind beside it. */
export interface OutlineNode {
  item: GridItem;
  /** 0 at the top of the plan. */
  depth: number;
  parent: OutlineNode | null;
  children: OutlineNode[];
}

/** The grid's tree with parent links: the plan's order, as the grid prints it. */
export function outline(items: readonly GridItem[]): OutlineNode[] {
  const build = (list: readonly GridItem[], parent: OutlineNode | null, depth: number): OutlineNode[] =>
    list.map((item) => {
      const node: OutlineNode = { item, depth, parent, children: [] };
      node.children = build(item.children, node, depth + 1);
      return node;
    });
  return build(items, null, 0);
}

/** Every node, depth first. */
export function allNodes(roots: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (list: readonly OutlineNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(roots);
  return out;
}

export function findNode(roots: readonly OutlineNode[], kind: ItemKind, id: number): OutlineNode | null {
  return allNodes(roots).find((n) => n.item.kind === kind && n.item.id === id) ?? null;
}

/**
 * The items of the same kind under the same parent, in order: what Move up and Move down move among. A priority's own
 * actions are not among its recommendations, since the API orders each kind on its own.
 */
export function sameKindSiblings(roots: readonly OutlineNode[], node: OutlineNode): OutlineNode[] {
  return (node.parent ? node.parent.children : roots).filter((n) => n.item.kind === node.item.kind);
}

/** "Action 2.3", or "Unnumbered action (the second under its recommendation)": how the editor names an item. */
export function nodeTitle(node: OutlineNode): string {
  return itemTitle(node.item, node.parent?.item.kind ?? null);
}

/** The same, inside a sentence: "action 2.3". */
export function nodeName(node: OutlineNode): string {
  const title = nodeTitle(node);
  return title[0]!.toLowerCase() + title.slice(1);
}

const articles: Record<ItemKind, string> = { priority: 'a priority', recommendation: 'a recommendation', action: 'an action', measure: 'a success measure' };

/** "a recommendation", for "Add a recommendation under it". */
export function kindWithArticle(kind: ItemKind): string {
  return articles[kind];
}

/** What can be added at the top of the plan: priorities in a plan grouped by priority, otherwise recommendations. */
export function topKinds(plan: Pick<Plan, 'groupedByPriority'>, roots: readonly OutlineNode[]): ItemKind[] {
  if (plan.groupedByPriority || roots.some((n) => n.item.kind === 'priority')) return ['priority'];
  return ['recommendation'];
}

/**
 * What can be added under an item, matching the plan's levels: under a priority its recommendations, and actions
 * directly under it unless the plan scores recommendations (then actions go under those); under a recommendation its
 * actions; under an action its success measures when the plan scores them or has some already.
 */
export function childKinds(plan: Pick<Plan, 'scoreLevel'>, roots: readonly OutlineNode[], node: OutlineNode): ItemKind[] {
  switch (node.item.kind) {
    case 'priority': {
      const kinds: ItemKind[] = ['recommendation'];
      const hasOwnActions = node.children.some((c) => c.item.kind === 'action');
      if (plan.scoreLevel !== 'recommendation' || hasOwnActions) kinds.push('action');
      return kinds;
    }
    case 'recommendation':
      return ['action'];
    case 'action':
      return plan.scoreLevel === 'measure' || allNodes(roots).some((n) => n.item.kind === 'measure') ? ['measure'] : [];
    case 'measure':
      return [];
  }
}

/** The empty state's words: where to start, by the plan's levels. */
export function emptyStartText(plan: Pick<Plan, 'groupedByPriority'>): { title: string; start: ItemKind; link: string } {
  const start: ItemKind = plan.groupedByPriority ? 'priority' : 'recommendation';
  return { title: 'This plan has no items yet.', start, link: `Start with its first ${kindLabels[start].toLowerCase()}` };
}

/** A choice of where an item may go: value "priority-3" (or "none" for no priority). */
export interface ParentChoice {
  value: string;
  kind: ItemKind | null;
  id: number | null;
  text: string;
}

function choiceText(node: OutlineNode): string {
  return `${kindLabels[node.item.kind]} ${displayReference(node.item)}: ${truncate(node.item.text, 80)}`;
}

/**
 * Where an item may move to, its present parent left out: a recommendation to another priority (or out of its
 * priority), an action to any recommendation or priority, a success measure to any other action. A priority does not
 * move (it sits at the top of the plan); Move up and Move down reorder it.
 */
export function parentChoices(roots: readonly OutlineNode[], node: OutlineNode): ParentChoice[] {
  const nodes = allNodes(roots);
  const current = node.parent;
  const others = (kinds: ItemKind[]) =>
    nodes
      .filter((n) => kinds.includes(n.item.kind) && n !== current && n !== node)
      .map((n) => ({ value: `${n.item.kind}-${n.item.id}`, kind: n.item.kind, id: n.item.id, text: choiceText(n) }));
  switch (node.item.kind) {
    case 'priority':
      return [];
    case 'recommendation': {
      const choices: ParentChoice[] = others(['priority']);
      if (current) choices.push({ value: 'none', kind: null, id: null, text: 'Not in a priority' });
      return choices;
    }
    case 'action':
      return others(['priority', 'recommendation']);
    case 'measure':
      return others(['action']);
  }
}

// What goes with a delete

export interface DeletionCounts {
  recommendations: number;
  actions: number;
  measures: number;
  scores: number;
  reviews: number;
  updates: number;
  /** A priority's recommendations, which stay in the plan ungrouped (with their actions). */
  keptRecommendations: number;
}

/**
 * What deleting an item takes with it, counted from the grid as the API deletes: a priority its own actions with their
 * measures (its recommendations stay, ungrouped); a recommendation its actions and their measures; an action its
 * measures; and every score (in any review) and progress update of what is deleted, the item's own included.
 */
export function deletionCounts(node: OutlineNode): DeletionCounts {
  const gone: OutlineNode[] = [];
  const take = (n: OutlineNode) => {
    gone.push(n);
    n.children.forEach(take);
  };
  let keptRecommendations = 0;
  if (node.item.kind === 'priority') {
    gone.push(node);
    for (const child of node.children) {
      if (child.item.kind === 'recommendation') keptRecommendations++;
      else take(child);
    }
  } else {
    take(node);
  }
  const below = gone.filter((n) => n !== node);
  const reviews = new Set<number>();
  let scores = 0;
  let updates = 0;
  for (const n of gone) {
    for (const score of n.item.scores) {
      scores++;
      reviews.add(score.reviewId);
    }
    updates += n.item.updateCount;
  }
  return {
    recommendations: below.filter((n) => n.item.kind === 'recommendation').length,
    actions: below.filter((n) => n.item.kind === 'action').length,
    measures: below.filter((n) => n.item.kind === 'measure').length,
    scores,
    reviews: reviews.size,
    updates,
    keptRecommendations,
  };
}

/** "a, b and c" */
export function listWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function goneParts(c: DeletionCounts): string[] {
  const parts: string[] = [];
  if (c.recommendations) parts.push(count(c.recommendations, 'recommendation'));
  if (c.actions) parts.push(count(c.actions, 'action'));
  if (c.measures) parts.push(count(c.measures, 'success measure'));
  if (c.scores) parts.push(`${count(c.scores, 'score')} in ${count(c.reviews, 'review')}`);
  if (c.updates) parts.push(count(c.updates, 'progress update'));
  return parts;
}

/**
 * The confirmation's statement: "Deleting recommendation 2 also deletes 3 actions, 5 success measures, 41 scores in 4
 * reviews and 6 progress updates. Its priority stays."
 */
export function deletionSentence(node: OutlineNode, c: DeletionCounts = deletionCounts(node)): string {
  const parts = goneParts(c);
  const first = parts.length ? `Deleting ${nodeName(node)} also deletes ${listWords(parts)}.` : `Deleting ${nodeName(node)} deletes nothing else.`;
  const parent = node.parent ? kindLabels[node.parent.item.kind].toLowerCase() : null;
  let stays = '';
  if (node.item.kind === 'priority') {
    stays = c.keptRecommendations
      ? ` Its ${count(c.keptRecommendations, 'recommendation')} ${c.keptRecommendations === 1 ? 'stays' : 'stay'} in the plan, not in a priority, with ${c.keptRecommendations === 1 ? 'its' : 'their'} actions.`
      : '';
  } else if (parent) {
    stays = ` Its ${parent} stays.`;
  }
  return first + stays;
}

/** The notice after a delete: "Deleted recommendation 2, with 3 actions and 5 success measures." */
export function deletedNotice(node: OutlineNode, c: DeletionCounts = deletionCounts(node)): string {
  const items: string[] = [];
  if (c.recommendations) items.push(count(c.recommendations, 'recommendation'));
  if (c.actions) items.push(count(c.actions, 'action'));
  if (c.measures) items.push(count(c.measures, 'success measure'));
  return `Deleted ${nodeName(node)}${items.length ? `, with ${listWords(items)}` : ''}.`;
}

// Order

/** An item as its kind's list endpoint returns it: enough to order it. */
export interface Ordered {
  id: number;
  sortOrder: number;
}

/**
 * The new sort orders that move `id` one place up (by -1) or down (by 1) among `siblings` (in their present order),
 * as few as possible: the two swap values when the values are distinct and increasing; otherwise (ties, which the API
 * breaks by id) every sibling is numbered afresh from 1. Null when it cannot move that way.
 */
export function reorder(siblings: readonly Ordered[], id: number, by: -1 | 1): Ordered[] | null {
  const from = siblings.findIndex((s) => s.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= siblings.length) return null;
  const order = [...siblings];
  [order[from], order[to]] = [order[to]!, order[from]!];
  const increasing = siblings.every((s, i) => i === 0 || s.sortOrder > siblings[i - 1]!.sortOrder);
  const values = increasing ? siblings.map((s) => s.sortOrder) : siblings.map((_, i) => i + 1);
  return order.map((s, i) => ({ id: s.id, sortOrder: values[i]! })).filter((s) => siblings.find((x) => x.id === s.id)!.sortOrder !== s.sortOrder);
}

/** The place after the last of these: a moved item goes last under its new parent. */
export function lastPlace(records: readonly Pick<Ordered, 'sortOrder'>[]): number {
  return records.reduce((max, r) => Math.max(max, r.sortOrder), 0) + 1;
}

/** What is announced after a move: "Moved action 2.3 above action 2.2." */
export function movedText(moved: OutlineNode, neighbour: OutlineNode, by: -1 | 1): string {
  return `Moved ${nodeName(moved)} ${by < 0 ? 'above' : 'below'} ${nodeName(neighbour)}.`;
}

// Request bodies, from what the API returned: every field sent back as it was, with the changes asked for.

const ids = (people: readonly { id: number }[]) => people.map((p) => p.id);

export function priorityBody(r: PriorityRecord, change: Partial<PriorityBody> = {}): PriorityBody {
  return { number: r.number, title: r.title, outcomeStatement: r.outcomeStatement, ...change };
}

export function recommendationBody(r: RecommendationRecord, change: Partial<RecommendationBody> = {}): RecommendationBody {
  return {
    priorityId: r.priorityId,
    number: r.number,
    text: r.text,
    judgementArea: r.judgementArea,
    sourceParagraphs: r.sourceParagraphs,
    addressees: [...r.addressees],
    leadIds: ids(r.leads),
    ownerIds: ids(r.owners),
    deadlineText: r.deadlineText,
    ...change,
  };
}

export function actionBody(r: ActionRecord, change: Partial<ActionBody> = {}): ActionBody {
  return {
    recommendationId: r.recommendationId,
    priorityId: r.priorityId,
    code: r.code,
    description: r.description,
    sourceReference: r.sourceReference,
    leadIds: ids(r.leads),
    ownerIds: ids(r.owners),
    deadlineText: r.deadlineText,
    ...change,
  };
}

export function measureBody(r: MeasureRecord, change: Partial<MeasureBody> = {}): MeasureBody {
  return { number: r.number, text: r.text, leadIds: ids(r.leads), ownerIds: ids(r.owners), deadlineText: r.deadlineText, ...change };
}

/** Where an action sits, as its body says it: under a recommendation or directly under a priority. */
export function actionParent(choice: Pick<ParentChoice, 'kind' | 'id'>): Pick<ActionBody, 'recommendationId' | 'priorityId'> {
  return choice.kind === 'recommendation' ? { recommendationId: choice.id, priorityId: null } : { recommendationId: null, priorityId: choice.id };
}

/** Addressees typed one a line, as printed; blank lines dropped. */
export function addresseeLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// Deadlines as typed

export interface DeadlineReading {
  dueBy: string | null;
  dueFrom: string | null;
  state: string;
  notes: string[];
  problems: string[];
  toConfirm: string[];
}

/**
 * What the tracker understood of a deadline as typed, line by line: the dates and state ("Due by 31 March 2027."),
 * anything it could not understand, what a person should confirm, and the choices it made reading it.
 */
export function deadlinePreview(reading: DeadlineReading): string[] {
  const lines: string[] = [];
  const understood = understoodWords(reading, formatDate);
  lines.push(understood ? `Understood as: ${understood}` : 'The tracker could not understand a date in this.');
  for (const problem of reading.problems) lines.push(`Could not understand: ${problem}`);
  for (const confirm of reading.toConfirm) lines.push(`To confirm: ${confirm}`);
  for (const note of reading.notes) if (!reading.toConfirm.includes(note)) lines.push(`Note: ${note}`);
  return lines;
}
