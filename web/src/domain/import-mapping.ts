// The mapping screen's form and the ImportMapping JSON the API reads a file by, each to the other. DOM-free
// (import-mapping.test.ts). The form holds what the boxes hold (text as typed, dates as three boxes), so nothing a
// person typed is lost when a check fails; the mapping is what PUT /api/imports/{id}/mapping takes.
//
// The only checks made here are ones a request cannot carry (as on the other administration forms): a header row that
// is not a whole number, a date that is not a date, a level value that is not a whole number. Everything else (a
// score column without a review, a level the plan does not have) the API judges and says in its own words.

import type {
  ColumnMapping,
  ColumnRoleWord,
  ImportMapping,
  ItemLevelWord,
  NewScaleLevel,
  PersonMapping,
  RowRef,
  SourceTableSummary,
  ValueMapping,
} from '../api/imports';
import type { FieldError } from '../api/problems';
import { dateFromParts, datePartsFrom, optionalText, type DateParts, type Prepared } from './admin-forms';

export const itemLevels: readonly ItemLevelWord[] = ['priority', 'recommendation', 'action', 'measure'];

export interface TableRowForm {
  table: number;
  chosen: boolean;
  headerFrom: string;
  headerTo: string;
}

export interface ColumnForm {
  column: number;
  header: string;
  role: ColumnRoleWord;
  /** "" is "the deepest item the row starts" (the mapping's null). */
  level: ItemLevelWord | '';
  /** A review's label; "" for none. */
  review: string;
}

export interface ReviewForm {
  label: string;
  date: DateParts;
}

export interface ScaleLevelForm {
  value: string;
  label: string;
  colour: string;
  meansComplete: boolean;
}

export interface ScaleForm {
  choice: 'existing' | 'new';
  scaleId: string;
  name: string;
  direction: 'higher' | 'lower' | 'notStated';
  levels: ScaleLevelForm[];
}

export interface ValueForm {
  seen: string;
  /** A level's value as text; "" is "no score". */
  level: string;
}

export interface PersonForm {
  seen: string;
  /** An existing person's id; "" is "a new person". */
  personId: string;
  name: string;
  jobTitle: string;
  email: string;
}

export interface MappingForm {
  tables: TableRowForm[];
  title: string;
  sourceType: string;
  planVersion: string;
  planDate: DateParts;
  leadHeading: string;
  ownerHeading: string;
  levels: Record<ItemLevelWord, boolean>;
  scoreLevel: ItemLevelWord;
  hierarchy: 'columns' | 'numbering';
  numbersInText: boolean;
  sectionRows: 'priority' | 'ignore';
  tableHeadingsArePriorities: boolean;
  splitLetteredActions: boolean;
  columns: ColumnForm[];
  reviews: ReviewForm[];
  /** The review left open; "" is the last one. */
  openReview: string;
  scale: ScaleForm;
  values: ValueForm[];
  people: PersonForm[];
  /** Not shown as boxes (rows are skipped through the API); carried through unchanged. */
  skipRows: RowRef[];
}

/** The roles whose level matters (which item's number, text, people or deadline), and those that belong to a review. */
export const rolesWithLevel: readonly ColumnRoleWord[] = ['number', 'text', 'lead', 'owner', 'deadline'];
export const rolesWithReview: readonly ColumnRoleWord[] = ['score', 'printedDirection', 'update', 'updateDate', 'evidence'];

/** The form for a mapping. `tables` are the file's tables, so every one can be offered, chosen or not. */
export function mappingFormFrom(mapping: ImportMapping, tables: readonly SourceTableSummary[]): MappingForm {
  const scale = mapping.scale;
  const newScale = scale.new;
  return {
    tables: tableRows(mapping, tables),
    title: mapping.plan.title,
    sourceType: mapping.plan.sourceType,
    planVersion: mapping.plan.planVersion ?? '',
    planDate: datePartsFrom(mapping.plan.planDate),
    leadHeading: mapping.plan.leadHeading ?? '',
    ownerHeading: mapping.plan.ownerHeading ?? '',
    levels: Object.fromEntries(itemLevels.map((l) => [l, mapping.levels.includes(l)])) as Record<ItemLevelWord, boolean>,
    scoreLevel: mapping.scoreLevel,
    hierarchy: mapping.hierarchy,
    numbersInText: mapping.numbersInText,
    sectionRows: mapping.sectionRows,
    tableHeadingsArePriorities: mapping.tableHeadingsArePriorities,
    splitLetteredActions: mapping.splitLetteredActions,
    columns: columnRows(mapping, tables),
    reviews: mapping.reviews.map((r) => ({ label: r.label, date: datePartsFrom(r.date) })),
    openReview: mapping.openReview ?? '',
    scale: {
      choice: newScale && scale.scaleId === null ? 'new' : 'existing',
      scaleId: scale.scaleId === null ? '' : String(scale.scaleId),
      name: newScale?.name ?? '',
      direction: newScale?.higherIsBetter === true ? 'higher' : newScale?.higherIsBetter === false ? 'lower' : 'notStated',
      levels: (newScale?.levels ?? []).map((l) => ({ value: String(l.value), label: l.label, colour: l.colour ?? '', meansComplete: l.meansComplete })),
    },
    values: mapping.values.map((v) => ({ seen: v.seen, level: v.level === null ? '' : String(v.level) })),
    people: mapping.people.map((p) => ({
      seen: p.seen,
      personId: p.personId === null ? '' : String(p.personId),
      name: p.name ?? '',
      jobTitle: p.jobTitle ?? '',
      email: p.email ?? '',
    })),
    skipRows: mapping.skipRows.map((r) => ({ ...r })),
  };
}

function tableRows(mapping: ImportMapping, tables: readonly SourceTableSummary[]): TableRowForm[] {
  const rows: TableRowForm[] = tables.map((t) => {
    const chosen = mapping.tables.find((c) => c.table === t.index);
    return chosen
      ? { table: t.index, chosen: true, headerFrom: String(chosen.headerFrom), headerTo: String(chosen.headerTo) }
      : { table: t.index, chosen: false, headerFrom: '1', headerTo: '1' };
  });
  // A chosen table the file summary does not list (it should) is still kept, so the mapping survives unchanged.
  for (const c of mapping.tables) {
    if (!rows.some((r) => r.table === c.table)) rows.push({ table: c.table, chosen: true, headerFrom: String(c.headerFrom), headerTo: String(c.headerTo) });
  }
  // The chosen tables in the mapping's order first, since the first decides the columns.
  const order = (r: TableRowForm) => {
    const i = mapping.tables.findIndex((c) => c.table === r.table);
    return i === -1 ? mapping.tables.length + r.table : i;
  };
  return rows.sort((a, b) => order(a) - order(b));
}

/** The mapping's columns, and any other column of the first chosen table as "not imported", so every column is offered. */
function columnRows(mapping: ImportMapping, tables: readonly SourceTableSummary[]): ColumnForm[] {
  const columns: ColumnForm[] = mapping.columns.map((c) => ({ column: c.column, header: c.header, role: c.role, level: c.level ?? '', review: c.review ?? '' }));
  const first = mapping.tables[0];
  const table = first ? tables.find((t) => t.index === first.table) : undefined;
  if (!first || !table) return columns;
  for (let column = 1; column <= table.columnCount; column++) {
    if (columns.some((c) => c.column === column)) continue;
    columns.push({ column, header: headerText(table, first.headerFrom, first.headerTo, column), role: 'ignore', level: '', review: '' });
  }
  return columns.sort((a, b) => a.column - b.column);
}

/** A column's header as printed: its header rows' texts joined with a space (as the API's ColumnMapping.Header is). */
export function headerText(table: SourceTableSummary, from: number, to: number, column: number): string {
  return table.sampleRows
    .filter((r) => r.number >= from && r.number <= to)
    .map((r) => (r.cells[column - 1] ?? '').trim())
    .filter((t) => t !== '')
    .join(' ');
}

/** The mapping the form says, or the errors that stop it being sent. */
export function mappingFromForm(form: MappingForm): Prepared<ImportMapping> {
  const errors: FieldError[] = [];
  const whole = (text: string, field: string, message: string): number => {
    const t = text.trim();
    if (!/^-?\d{1,9}$/.test(t)) {
      errors.push({ field, message });
      return 0;
    }
    return Number(t);
  };

  const tables = form.tables
    .filter((t) => t.chosen)
    .map((t) => ({
      table: t.table,
      headerFrom: whole(t.headerFrom, `tables.${t.table}.headerFrom`, `The first header row of ${tableWords(t.table)} must be a row number, like 3.`),
      headerTo: whole(t.headerTo, `tables.${t.table}.headerTo`, `The last header row of ${tableWords(t.table)} must be a row number, like 4.`),
    }));

  const planDate = dateFromParts(form.planDate, 'The date of this version');
  if (!planDate.ok) errors.push({ field: 'plan.planDate', message: planDate.message });

  const reviews = form.reviews.map((r, i) => {
    const date = dateFromParts(r.date, `The date of ${r.label.trim() || `review ${i + 1}`}`);
    if (!date.ok) errors.push({ field: `reviews.${i}.date`, message: date.message });
    return { label: r.label.trim(), date: date.ok ? date.value : null };
  });

  const levels: NewScaleLevel[] = form.scale.levels.map((l, i) => ({
    value: whole(l.value, `scale.new.levels.${i}.value`, `Level ${i + 1}’s value must be a whole number, like 3.`),
    label: l.label.trim(),
    colour: optionalText(l.colour),
    meansComplete: l.meansComplete,
  }));

  const values: ValueMapping[] = form.values.map((v, i) => ({
    seen: v.seen,
    level: v.level === '' ? null : whole(v.level, `values.${i}.level`, `Choose a level for ${v.seen}, or No score.`),
  }));

  const people: PersonMapping[] = form.people.map((p) => ({
    seen: p.seen,
    personId: /^[1-9][0-9]*$/.test(p.personId) ? Number(p.personId) : null,
    name: optionalText(p.name),
    jobTitle: optionalText(p.jobTitle),
    email: optionalText(p.email),
  }));

  if (errors.length > 0) return { ok: false, errors };

  const columns: ColumnMapping[] = form.columns.map((c) => ({
    column: c.column,
    header: c.header,
    role: c.role,
    level: rolesWithLevel.includes(c.role) && c.level !== '' ? c.level : null,
    review: rolesWithReview.includes(c.role) && c.review !== '' ? c.review : null,
  }));

  const newScale = form.scale.choice === 'new';
  return {
    ok: true,
    request: {
      tables,
      columns,
      levels: itemLevels.filter((l) => form.levels[l]),
      scoreLevel: form.scoreLevel,
      hierarchy: form.hierarchy,
      numbersInText: form.numbersInText,
      sectionRows: form.sectionRows,
      tableHeadingsArePriorities: form.tableHeadingsArePriorities,
      splitLetteredActions: form.splitLetteredActions,
      reviews,
      openReview: form.openReview === '' ? null : form.openReview,
      scale: {
        scaleId: newScale ? null : /^[1-9][0-9]*$/.test(form.scale.scaleId) ? Number(form.scale.scaleId) : null,
        new: newScale
          ? { name: form.scale.name.trim(), higherIsBetter: form.scale.direction === 'notStated' ? null : form.scale.direction === 'higher', levels }
          : null,
      },
      values,
      people,
      skipRows: form.skipRows.map((r) => ({ ...r })),
      plan: {
        title: form.title.trim(),
        sourceType: form.sourceType.trim(),
        planVersion: optionalText(form.planVersion),
        planDate: planDate.ok ? planDate.value : null,
        leadHeading: optionalText(form.leadHeading),
        ownerHeading: optionalText(form.ownerHeading),
      },
    },
  };
}

function tableWords(table: number): string {
  return `table ${table + 1}`;
}

/** The levels a score value can be mapped to, from the scale the form has chosen: existing by id, or the new one as typed. */
export function levelChoices(form: MappingForm, scales: readonly { id: number; levels: readonly { value: number; label: string }[] }[]): { value: string; text: string }[] {
  if (form.scale.choice === 'new') {
    return form.scale.levels
      .filter((l) => /^-?\d+$/.test(l.value.trim()))
      .map((l) => ({ value: l.value.trim(), text: levelChoiceText(Number(l.value), l.label.trim()) }));
  }
  const scale = scales.find((s) => String(s.id) === form.scale.scaleId);
  return (scale?.levels ?? []).map((l) => ({ value: String(l.value), text: levelChoiceText(l.value, l.label) }));
}

/** "3 Green"; a label that is just the number is said once ("3"). */
export function levelChoiceText(value: number, label: string): string {
  return label === '' || label === String(value) ? String(value) : `${value} ${label}`;
}

/** A review renamed in the form: every column and the open review that named it follow, so nothing is left pointing nowhere. */
export function renameReview(form: MappingForm, from: string, to: string): void {
  for (const c of form.columns) if (c.review === from) c.review = to;
  if (form.openReview === from) form.openReview = to;
}

/** Is this seen value a fill colour ("#92d050") rather than text? */
export function isFill(seen: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(seen);
}

/**
 * The form's name for a field the API names: "columns[3].review" is "columns.3.review". The API names a table by its
 * place among those the mapping chose ("tables[0].headerTo"); the form names its boxes by the table's own index, so
 * that is translated. The plan's details may come bare ("title") or under "plan".
 */
export function formFieldName(apiName: string, form: MappingForm): string {
  const name = apiName.replace(/\[(\d+)\]/g, '.$1');
  const table = /^tables\.(\d+)(.*)$/i.exec(name);
  if (table) {
    const chosen = form.tables.filter((t) => t.chosen)[Number(table[1])];
    return chosen ? `tables.${chosen.table}${table[2] ?? ''}` : 'tables';
  }
  if (/^(title|sourceType|planVersion|planDate|leadHeading|ownerHeading)$/i.test(name)) return `plan.${name}`;
  return name;
}
