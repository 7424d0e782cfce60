// Adding or changing one item of a plan: every field the API holds for its kind. A priority: number, title, outcome
// statement. A recommendation: number, text, priority, judgement area, report paragraphs, addressees, leads, owners,
// deadline. An action: code, description, source reference, leads, owners, deadline (where it sits is shown, and changed
// with Move to…). A success measure: number, text, and its own leads, owners and deadline (empty: its action's).
// Numbers are optional at every level: a row the plan printed without one stays unnumbered.
//
// A change sends the whole item back (the API replaces people and addressees lists) with If-Match from the item as read;
// a 412 says someone else changed it and offers to reload, as every administration form does.

import { getGrid, type Grid, type ItemKind } from '../../../api/client';
import {
  createAction,
  createMeasure,
  createPriority,
  createRecommendation,
  getAction,
  getMeasure,
  getPriority,
  getRecommendation,
  updateAction,
  updateMeasure,
  updatePriority,
  updateRecommendation,
  type ActionRecord,
  type MeasureRecord,
  type PriorityRecord,
  type RecommendationRecord,
} from '../../../api/contents';
import { paragraph } from '../../../dom';
import { optionalText } from '../../../domain/admin-forms';
import { adminPaths, type ContentParent } from '../../../domain/admin-routes';
import { columnHeadings } from '../../../domain/grid-cells';
import { kindLabels } from '../../../domain/grid-rows';
import { actionParent, addresseeLines, allNodes, findNode, kindWithArticle, nodeName, nodeTitle, outline, type OutlineNode } from '../../../domain/plan-contents';
import { navigate } from '../../../router';
import { addFields, adminForm, selectField, textAreaField, textField, type Field } from '../form';
import { layout, load, setFlash, type AdminContext } from '../shell';
import { deadlineField } from './deadline-field';
import { contentsCrumbs, noSuchPlan } from './index';
import { personPicker } from './picker';

type AnyRecord = PriorityRecord | RecommendationRecord | ActionRecord | MeasureRecord;

interface Loaded {
  grid: Grid;
  node: OutlineNode | null;
  parent: OutlineNode | null;
  record: AnyRecord | null;
}

/** Adds an item of `kind` (itemId null, under `under`) or changes one. */
export function showContentForm(ctx: AdminContext, planId: number, kind: ItemKind, itemId: number | null, under: ContentParent | null): void {
  const what = kindLabels[kind].toLowerCase();
  const page = layout(ctx, itemId === null ? `Add ${kindWithArticle(kind)}` : `Change a ${what}`, contentsCrumbs(null, planId));
  const loading = (async (): Promise<Loaded> => {
    const grid = await getGrid(planId, ctx.signal);
    const roots = outline(grid.items);
    if (itemId === null) {
      const parent = under ? findNode(roots, under.kind, under.id) : null;
      return { grid, node: null, parent, record: null };
    }
    const node = findNode(roots, kind, itemId);
    if (!node) return { grid, node: null, parent: null, record: null };
    const record = await readRecord(planId, node, ctx.signal);
    return { grid, node, parent: node.parent, record };
  })();
  void load(ctx, page.body, `the ${what}`, loading, ({ grid, node, parent, record }) => {
    if (itemId !== null && (!node || !record)) {
      page.retitle(`No such ${what}`);
      page.body.append(paragraph(`This plan has no ${what} at this address. It may have been deleted.`));
      return;
    }
    const needsParent = kind === 'action' || kind === 'measure';
    const parentFits = parent && (kind === 'measure' ? parent.item.kind === 'action' : kind === 'action' ? parent.item.kind !== 'action' && parent.item.kind !== 'measure' : kind === 'recommendation' ? parent.item.kind === 'priority' : false);
    if (itemId === null && ((needsParent && !parentFits) || (under && !parentFits))) {
      page.retitle(`Where should the ${what} go?`);
      page.body.append(paragraph(`A ${what} is added under the item it belongs to. Go back to the plan’s contents and choose “Add ${kindWithArticle(kind)} under it” beside that item.`));
      return;
    }
    if (node) page.retitle(`Change ${nodeName(node)}`);
    else if (parent) page.retitle(`Add ${kindWithArticle(kind)} under ${nodeName(parent)}`);
    page.body.append(itemForm(grid, kind, node, parent, record));
  }, noSuchPlan, () => page.retitle('No such plan'));
}

async function readRecord(planId: number, node: OutlineNode, signal: AbortSignal): Promise<AnyRecord> {
  switch (node.item.kind) {
    case 'priority':
      return getPriority(planId, node.item.id, signal);
    case 'recommendation':
      return getRecommendation(planId, node.item.id, signal);
    case 'action':
      return getAction(planId, node.item.id, signal);
    case 'measure':
      return getMeasure(planId, node.parent!.item.id, node.item.id, signal);
  }
}

const numberHint = (example: string) => `As the plan prints it, for example ${example}. Leave it blank when the plan prints none: the row stays unnumbered.`;

function itemForm(grid: Grid, kind: ItemKind, node: OutlineNode | null, parent: OutlineNode | null, record: AnyRecord | null): HTMLElement {
  const planId = grid.plan.id;
  const headings = columnHeadings(grid.plan);
  const fields: Field[] = [];
  const extras: HTMLElement[] = [];
  const what = kindLabels[kind].toLowerCase();
  const back = adminPaths.contents(planId);
  const peopleFields = (inherits: string | null, own: { leads: import('../../../api/client').PersonRef[]; owners: import('../../../api/client').PersonRef[] } | null) => {
    const leads = personPicker({
      name: 'leadIds',
      legend: `${headings.lead} (optional)`,
      hint: inherits ? `Leave it empty when it answers to its ${inherits}’s. In the order the plan prints them.` : 'In the order the plan prints them; often two people.',
      role: headings.lead.toLowerCase(),
      chosen: own?.leads ?? [],
    });
    const owners = personPicker({
      name: 'ownerIds',
      legend: `${headings.owners} (optional)`,
      hint: inherits ? `Leave it empty when they are its ${inherits}’s. In the order the plan prints them.` : 'In the order the plan prints them.',
      role: headings.owners.toLowerCase(),
      chosen: own?.owners ?? [],
    });
    return { leads, owners };
  };
  const deadline = (value: string | null, blank: string) =>
    deadlineField({
      label: 'Deadline (optional)',
      hint: 'As the plan writes it, for example 31 March 2027, Mar-27, June - Dec 26 or Ongoing. The words are kept; what the tracker understands is shown below as you type.',
      value: value ?? '',
      blank,
    });

  if (parent) extras.push(paragraph(`Under ${nodeName(parent)}: ${parent.item.text}`, 'form-note'));
  let submit: () => Promise<string | null>;

  switch (kind) {
    case 'priority': {
      const r = record as PriorityRecord | null;
      const number = textField({ name: 'number', label: 'Number (optional)', hint: numberHint('3 or 3b'), value: r?.number ?? '', width: 10, autocomplete: 'off' });
      const title = textField({ name: 'title', label: 'Title', value: r?.title ?? '', autocomplete: 'off' });
      const outcome = textAreaField({ name: 'outcomeStatement', label: 'Outcome statement (optional)', hint: 'The outcome the priority aims for, as the plan states it.', value: r?.outcomeStatement ?? '' });
      fields.push(number, title, outcome);
      submit = async () => {
        const body = { number: optionalText(number.input.value), title: title.input.value, outcomeStatement: optionalText(outcome.input.value) };
        const saved = r ? await updatePriority(planId, r.id, body, r.version) : await createPriority(planId, body);
        return saved.number;
      };
      break;
    }
    case 'recommendation': {
      const r = record as RecommendationRecord | null;
      const number = textField({ name: 'number', label: 'Number (optional)', hint: numberHint('7, or 7 (14) to keep the report’s own number'), value: r?.number ?? '', width: 10, autocomplete: 'off' });
      const text = textAreaField({ name: 'text', label: 'Recommendation', value: r?.text ?? '', rows: 4 });
      const priorities = allNodes(outline(grid.items)).filter((n) => n.item.kind === 'priority');
      const priorityValue = r ? (r.priorityId === null ? '' : String(r.priorityId)) : parent?.item.kind === 'priority' ? String(parent.item.id) : '';
      const priority = priorities.length
        ? selectField({
            name: 'priorityId',
            label: 'Priority',
            hint: 'The priority the plan groups it under.',
            value: priorityValue,
            options: [{ value: '', text: 'Not in a priority' }, ...priorities.map((p) => ({ value: String(p.item.id), text: `${nodeTitle(p)}: ${p.item.text}` }))],
          })
        : null;
      const area = textField({ name: 'judgementArea', label: 'Judgement area (optional)', hint: 'The inspection area it comes from, for example Children who need help and protection.', value: r?.judgementArea ?? '', autocomplete: 'off' });
      const paragraphs = textField({ name: 'sourceParagraphs', label: 'Report paragraphs (optional)', hint: 'The paragraphs of the report it is drawn from, as written, for example 12, 14, 31.', value: r?.sourceParagraphs ?? '', width: 20, autocomplete: 'off' });
      const addressees = textAreaField({ name: 'addressees', label: 'Addressed to (optional)', hint: 'Who the report addresses it to, one a line, as printed, for example the local authority.', value: (r?.addressees ?? []).join('\n'), rows: 2 });
      const { leads, owners } = peopleFields(null, r);
      const due = deadline(r?.deadlineText ?? null, 'No deadline.');
      fields.push(number, text, ...(priority ? [priority] : []), area, paragraphs, addressees, leads, owners, due);
      submit = async () => {
        const body = {
          priorityId: priority ? (priority.input.value === '' ? null : Number(priority.input.value)) : (r?.priorityId ?? null),
          number: optionalText(number.input.value),
          text: text.input.value,
          judgementArea: optionalText(area.input.value),
          sourceParagraphs: optionalText(paragraphs.input.value),
          addressees: addresseeLines(addressees.input.value),
          leadIds: leads.ids(),
          ownerIds: owners.ids(),
          deadlineText: optionalText(due.input.value),
        };
        const saved = r ? await updateRecommendation(planId, r.id, body, r.version) : await createRecommendation(planId, body);
        return saved.number;
      };
      break;
    }
    case 'action': {
      const r = record as ActionRecord | null;
      const code = textField({ name: 'code', label: 'Letter or number (optional)', hint: numberHint('A, or 1.2'), value: r?.code ?? '', width: 10, autocomplete: 'off' });
      const description = textAreaField({ name: 'description', label: 'Action', value: r?.description ?? '', rows: 4 });
      const source = textField({ name: 'sourceReference', label: 'Source reference (optional)', hint: 'Where it came from, as written, for example Ofsted rec 14.', value: r?.sourceReference ?? '', width: 20, autocomplete: 'off' });
      const inherits = parent?.item.kind === 'recommendation' ? 'recommendation' : null;
      const { leads, owners } = peopleFields(inherits, r);
      const due = deadline(r?.deadlineText ?? null, inherits ? 'No deadline of its own: it is due when its recommendation is.' : 'No deadline.');
      fields.push(code, description, source, leads, owners, due);
      submit = async () => {
        const where = r ? { recommendationId: r.recommendationId, priorityId: r.priorityId } : actionParent({ kind: parent!.item.kind, id: parent!.item.id });
        const body = {
          ...where,
          code: optionalText(code.input.value),
          description: description.input.value,
          sourceReference: optionalText(source.input.value),
          leadIds: leads.ids(),
          ownerIds: owners.ids(),
          deadlineText: optionalText(due.input.value),
        };
        const saved = r ? await updateAction(planId, r.id, body, r.version) : await createAction(planId, body);
        return saved.code;
      };
      break;
    }
    case 'measure': {
      const r = record as MeasureRecord | null;
      const number = textField({ name: 'number', label: 'Number (optional)', hint: numberHint('1.1.2'), value: r?.number ?? '', width: 10, autocomplete: 'off' });
      const text = textAreaField({ name: 'text', label: 'Success measure', hint: 'How the plan will know the action worked, for example 95% of plans up to date.', value: r?.text ?? '', rows: 3 });
      const { leads, owners } = peopleFields('action', r);
      const due = deadline(r?.deadlineText ?? null, 'No deadline of its own: it is due when its action is.');
      fields.push(number, text, leads, owners, due);
      submit = async () => {
        const actionId = parent!.item.id;
        const body = { number: optionalText(number.input.value), text: text.input.value, leadIds: leads.ids(), ownerIds: owners.ids(), deadlineText: optionalText(due.input.value) };
        const saved = r ? await updateMeasure(planId, actionId, r.id, body, r.version) : await createMeasure(planId, actionId, body);
        return saved.number;
      };
      break;
    }
  }

  const form = adminForm({
    fields: () => fields,
    submitText: node ? 'Save changes' : `Add ${what}`,
    progressText: 'Saving…',
    cancel: { href: back, text: 'Cancel' },
    thing: `This ${what}`,
    // "addressees[1]" and "leadIds[0]" belong to their lists' fields.
    rename: (name) => name.replace(/\[\d+\]$/, ''),
    submit: async () => {
      const number = await submit();
      const named = number ? `${kindLabels[kind]} ${number}` : `Unnumbered ${what}`;
      setFlash(node ? `Changes to ${nodeName(node)} saved.` : `${named} added.`);
      navigate(back);
    },
  });
  addFields(form, ...extras, ...fields);
  return form.element;
}
