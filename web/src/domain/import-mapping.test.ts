import { describe, expect, it } from 'vitest';
import { developmentPlanTable, proposedMapping } from '../test-support/import-fixtures';
import { formFieldName, headerText, isFill, levelChoices, mappingFormFrom, mappingFromForm, renameReview } from './import-mapping';

describe('mappingFormFrom and mappingFromForm', () => {
  it('a mapping read into the form and sent back unchanged is the same mapping', () => {
    const mapping = proposedMapping();
    const sent = mappingFromForm(mappingFormFrom(mapping, [developmentPlanTable()]));
    expect(sent).toEqual({ ok: true, request: mapping });
  });

  it('an existing scale round-trips as its id with no new scale', () => {
    const mapping = { ...proposedMapping(), scale: { scaleId: 2, new: null } };
    const form = mappingFormFrom(mapping, [developmentPlanTable()]);
    expect(form.scale.choice).toBe('existing');
    expect(mappingFromForm(form)).toEqual({ ok: true, request: mapping });
  });

  it('holds dates as three boxes, a blank score as "no score" and a new person as no id', () => {
    const form = mappingFormFrom(proposedMapping(), [developmentPlanTable()]);
    expect(form.planDate).toEqual({ day: '15', month: '1', year: '2018' });
    expect(form.reviews[1]!.date).toEqual({ day: '31', month: '3', year: '2018' });
    expect(form.reviews[0]!.date).toEqual({ day: '', month: '', year: '' });
    expect(form.values.find((v) => v.seen === '0')!.level).toBe('');
    expect(form.people[1]!.personId).toBe('');
    expect(form.scale.direction).toBe('notStated');
  });

  it('offers every column of the first table, those the mapping does not name as not imported, headed as printed', () => {
    const mapping = proposedMapping();
    mapping.columns = mapping.columns.filter((c) => c.column !== 6);
    const form = mappingFormFrom(mapping, [developmentPlanTable()]);
    expect(form.columns.map((c) => c.column)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(form.columns[5]).toEqual({ column: 6, header: 'RAG 03/18', role: 'ignore', level: '', review: '' });
  });

  it('a column changed to another role sends that role, and drops a level or review the role does not have', () => {
    const form = mappingFormFrom(proposedMapping(), [developmentPlanTable()]);
    form.columns[3]!.role = 'update';
    form.columns[3]!.review = 'RAG 03/18';
    form.columns[4]!.role = 'ignore';
    const sent = mappingFromForm(form);
    if (!sent.ok) throw new Error('expected a mapping');
    expect(sent.request.columns[3]).toEqual({ column: 4, header: 'Time', role: 'update', level: null, review: 'RAG 03/18' });
    expect(sent.request.columns[4]).toEqual({ column: 5, header: 'RAG 01/18', role: 'ignore', level: null, review: null });
  });

  it('levels, score level, hierarchy and the plan details come from the boxes, blank optional text as null', () => {
    const form = mappingFormFrom(proposedMapping(), [developmentPlanTable()]);
    form.levels.measure = true;
    form.levels.priority = false;
    form.scoreLevel = 'measure';
    form.hierarchy = 'columns';
    form.planVersion = '  ';
    form.title = '  SDP  ';
    form.openReview = 'RAG 01/18';
    const sent = mappingFromForm(form);
    if (!sent.ok) throw new Error('expected a mapping');
    expect(sent.request.levels).toEqual(['action', 'measure']);
    expect(sent.request.scoreLevel).toBe('measure');
    expect(sent.request.hierarchy).toBe('columns');
    expect(sent.request.plan.planVersion).toBeNull();
    expect(sent.request.plan.title).toBe('SDP');
    expect(sent.request.openReview).toBe('RAG 01/18');
  });

  it('a table ticked is read, in the order offered, and one unticked is not', () => {
    const second = { ...developmentPlanTable(), index: 1, name: 'Priority 2' };
    const form = mappingFormFrom(proposedMapping(), [developmentPlanTable(), second]);
    expect(form.tables.map((t) => [t.table, t.chosen])).toEqual([[0, true], [1, false]]);
    form.tables[1]!.chosen = true;
    form.tables[1]!.headerFrom = '2';
    form.tables[1]!.headerTo = '2';
    const sent = mappingFromForm(form);
    if (!sent.ok) throw new Error('expected a mapping');
    expect(sent.request.tables).toEqual([{ table: 0, headerFrom: 3, headerTo: 4 }, { table: 1, headerFrom: 2, headerTo: 2 }]);
  });

  it('choosing an existing scale sends its id; choosing a new one sends the levels as typed and its direction', () => {
    const form = mappingFormFrom(proposedMapping(), [developmentPlanTable()]);
    form.scale.choice = 'existing';
    form.scale.scaleId = '3';
    let sent = mappingFromForm(form);
    if (!sent.ok) throw new Error('expected a mapping');
    expect(sent.request.scale).toEqual({ scaleId: 3, new: null });

    form.scale.choice = 'new';
    form.scale.direction = 'lower';
    form.scale.levels[0]!.colour = '';
    sent = mappingFromForm(form);
    if (!sent.ok) throw new Error('expected a mapping');
    expect(sent.request.scale.scaleId).toBeNull();
    expect(sent.request.scale.new!.higherIsBetter).toBe(false);
    expect(sent.request.scale.new!.levels[0]).toEqual({ value: 1, label: 'Red', colour: null, meansComplete: false });
  });

  it.each([
    ['a header row that is not a number', (f: ReturnType<typeof mappingFormFrom>) => (f.tables[0]!.headerFrom = 'three'), 'tables.0.headerFrom', 'The first header row of table 1 must be a row number, like 3.'],
    ['a review date that is not a date', (f: ReturnType<typeof mappingFormFrom>) => (f.reviews[0]!.date = { day: '31', month: '2', year: '2018' }), 'reviews.0.date', 'The date of RAG 01/18 must be a real date.'],
    ['a plan date missing its year', (f: ReturnType<typeof mappingFormFrom>) => (f.planDate = { day: '1', month: '2', year: '' }), 'plan.planDate', 'The date of this version must include a year.'],
    ['a scale level value that is not whole', (f: ReturnType<typeof mappingFormFrom>) => (f.scale.levels[1]!.value = '2.5'), 'scale.new.levels.1.value', 'Level 2’s value must be a whole number, like 3.'],
  ])('%s is caught before sending, naming its box', (_, change, field, message) => {
    const form = mappingFormFrom(proposedMapping(), [developmentPlanTable()]);
    change(form);
    expect(mappingFromForm(form)).toEqual({ ok: false, errors: [{ field, message }] });
  });
});

describe('headerText', () => {
  it('joins a column’s header rows as printed, leaving out empty ones', () => {
    expect(headerText(developmentPlanTable(), 3, 4, 6)).toBe('RAG 03/18');
    expect(headerText(developmentPlanTable(), 3, 4, 2)).toBe('Action');
    expect(headerText(developmentPlanTable(), 3, 4, 9)).toBe('');
  });
});

describe('levelChoices', () => {
  const scales = [{ id: 1, levels: [{ value: 1, label: 'Not started' }, { value: 2, label: '2' }] }];

  it('offers the new scale’s levels as typed, leaving out a value that is not yet a number', () => {
    const form = mappingFormFrom(proposedMapping(), [developmentPlanTable()]);
    form.scale.levels[2]!.value = '';
    expect(levelChoices(form, scales)).toEqual([
      { value: '1', text: '1 Red' },
      { value: '2', text: '2 Amber' },
    ]);
  });

  it('offers an existing scale’s levels, a label that is the number said once', () => {
    const form = mappingFormFrom(proposedMapping(), [developmentPlanTable()]);
    form.scale.choice = 'existing';
    form.scale.scaleId = '1';
    expect(levelChoices(form, scales)).toEqual([
      { value: '1', text: '1 Not started' },
      { value: '2', text: '2' },
    ]);
    form.scale.scaleId = '9';
    expect(levelChoices(form, scales)).toEqual([]);
  });
});

describe('renameReview', () => {
  it('moves the columns and the open review that named the old label', () => {
    const form = mappingFormFrom({ ...proposedMapping(), openReview: 'RAG 03/18' }, [developmentPlanTable()]);
    renameReview(form, 'RAG 03/18', 'RAG March 2018');
    expect(form.columns[5]!.review).toBe('RAG March 2018');
    expect(form.columns[4]!.review).toBe('RAG 01/18');
    expect(form.openReview).toBe('RAG March 2018');
  });
});

describe('isFill', () => {
  it.each([
    ['#92d050', true],
    ['#FFCC00', true],
    ['AMBER', false],
    ['#92d05', false],
    ['3', false],
  ])('%s is a fill: %s', (seen, expected) => {
    expect(isFill(seen)).toBe(expected);
  });
});

describe('formFieldName', () => {
  const form = () => {
    const second = { ...developmentPlanTable(), index: 1, name: 'Priority 2' };
    const third = { ...developmentPlanTable(), index: 2, name: 'Priority 3' };
    const mapping = { ...proposedMapping(), tables: [{ table: 0, headerFrom: 3, headerTo: 4 }, { table: 2, headerFrom: 1, headerTo: 1 }] };
    return mappingFormFrom(mapping, [developmentPlanTable(), second, third]);
  };

  it.each([
    ['columns[3].review', 'columns.3.review'],
    ['scale.new.levels[1].label', 'scale.new.levels.1.label'],
    ['plan.title', 'plan.title'],
    ['title', 'plan.title'],
    ['values[0].level', 'values.0.level'],
    ['tables[0].headerTo', 'tables.0.headerTo'],
    ['tables[1].headerFrom', 'tables.2.headerFrom'],
    ['tables[5]', 'tables'],
    ['tables', 'tables'],
  ])('%s is the box %s', (api, expected) => {
    expect(formFieldName(api, form())).toBe(expected);
  });
});
