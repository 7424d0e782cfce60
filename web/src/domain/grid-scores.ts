// The grid is sent small (issue 14): people once, by id; properties that are null, false, zero or empty left out; older
// reviews' scores (before the current review's column less one) as arrays of levels, directions and versions, without
// their words; a latest update that is a score's narrative named by its review. These read the grid back into the shape
// the pages use (every property present), and put an item's older words back from
// GET /plans/{planId}/items/{kind}/{itemId}/narratives when the item page has them.

import type { AnsweredReportRecommendation, Deadline, DeadlineStatus, Direction, Grid, GridDirection, GridItem, GridScore, GridUpdate, InheritedPeople, ItemKind, PersonRef, StaleReason } from '../api/client';

/** One review's words for an item, as the narratives request returns them. */
export interface ItemNarrative {
  reviewId: number;
  narrative: string | null;
  narrativeDate: string | null;
  evidence: string | null;
  signOffBy: string | null;
  signOffAt: string | null;
  updatedBy: string;
  updatedAt: string;
}

/** A score as sent: everything but reviewId, level, direction and version may be missing. */
export type GridScoreSent = Pick<GridScore, 'reviewId' | 'direction' | 'version'> & Partial<Omit<GridScore, 'updatedBy' | 'updatedAt'>>
  & { updatedBy?: string | null; updatedAt?: string | null };

/** Fills what the grid left out: null for missing values, false for missing flags, the scale's label for a level. */
export function completeScore(sent: GridScoreSent, labels: ReadonlyMap<number, string>): GridScore {
  const level = sent.level ?? null;
  return {
    reviewId: sent.reviewId,
    level,
    label: sent.label ?? (level === null ? null : (labels.get(level) ?? null)),
    recordedAs: sent.recordedAs ?? null,
    narrative: sent.narrative ?? null,
    narrativeDate: sent.narrativeDate ?? null,
    direction: sent.direction,
    directionOverride: sent.directionOverride ?? null,
    evidence: sent.evidence ?? null,
    signOffStatus: sent.signOffStatus ?? null,
    signOffBy: sent.signOffBy ?? null,
    signOffAt: sent.signOffAt ?? null,
    sourceDocument: sent.sourceDocument ?? null,
    completeAsPrinted: sent.completeAsPrinted ?? false,
    printedDirection: sent.printedDirection ?? null,
    printedDirectionText: sent.printedDirectionText ?? null,
    updatedBy: sent.updatedBy ?? '',
    updatedAt: sent.updatedAt ?? '',
    textOmitted: sent.textOmitted ?? false,
    version: sent.version,
  };
}

/** A person as the grid sends them once, in its `people`: items name them by id. */
export interface GridPersonSent {
  id: number;
  name?: string | null;
  jobTitle?: string | null;
}

/** A deadline as sent: nulls and empty lists left out. */
export interface DeadlineSent {
  text: string;
  dueFrom?: string | null;
  dueBy?: string | null;
  state: string;
  notes?: string[] | null;
  problems?: string[] | null;
  toConfirm?: string[] | null;
}

/** People taken from the row above, by id. */
export interface InheritedPeopleSent {
  from: string;
  fromReference?: string | null;
  people: number[];
}

/** Older reviews' scores as arrays aligned with the grid's reviews (see docs/api.md, "The grid's shape"). */
export interface OlderScoresSent {
  levels: (number | null)[];
  /** null where the item has no score in that review, or where its score is sent whole in `scores`. */
  directions: (Direction | null)[];
  versions: number[];
  /** Sent only when one is not null: the sign-off status (pending, signedOff, rejected) of each older score. */
  signOffStatuses?: (string | null)[] | null;
  /** Sent only when one is not null: what was recorded in place of a level ("update not available"). */
  recordedAs?: (string | null)[] | null;
}

/** The latest update as sent: only reviewId and source when it is the narrative of a score sent whole. */
export interface GridUpdateSent {
  reviewId?: number | null;
  reviewLabel?: string | null;
  narrative?: string | null;
  narrativeDate?: string | null;
  updatedBy?: string | null;
  source: 'score' | 'log';
  updateId?: number | null;
  author?: string | null;
  undated?: boolean;
}

/** A grid row as sent: what is null, false, zero or empty is left out. */
export interface GridItemSent {
  kind: ItemKind;
  id: number;
  number?: string | null;
  position: number;
  reference: string;
  text: string;
  outcomeStatement?: string | null;
  judgementArea?: string | null;
  sourceParagraphs?: string | null;
  sourceReference?: string | null;
  answersReportRecommendations?: AnsweredReportRecommendation[] | null;
  addressees?: string[] | null;
  leads?: number[] | null;
  owners?: number[] | null;
  inheritedLeads?: InheritedPeopleSent | null;
  inheritedOwners?: InheritedPeopleSent | null;
  deadline?: DeadlineSent | null;
  inheritedDeadline?: { from: string; fromReference?: string | null; deadline: DeadlineSent } | null;
  deadlineStatus?: DeadlineStatus | null;
  isScored?: boolean;
  scores: GridScoreSent[];
  older?: OlderScoresSent | null;
  direction?: Partial<GridDirection> & Pick<GridDirection, 'computed'> | null;
  latestUpdate?: GridUpdateSent | null;
  updateCount?: number;
  stale?: StaleReason[] | null;
  version: number;
  children: GridItemSent[];
}

/** The grid as GET /api/plans/{planId}/grid sends it. */
export type GridSent = Omit<Grid, 'items'> & { people: GridPersonSent[]; items: GridItemSent[] };

function completeDeadline(d: DeadlineSent): Deadline {
  return {
    text: d.text, dueFrom: d.dueFrom ?? null, dueBy: d.dueBy ?? null, state: d.state,
    notes: d.notes ?? [], problems: d.problems ?? [], toConfirm: d.toConfirm ?? [],
  };
}

function completeDirection(d: NonNullable<GridItemSent['direction']>): GridDirection {
  return {
    computed: d.computed, comparedWithReviewId: d.comparedWithReviewId ?? null, skippedGap: d.skippedGap ?? false,
    override: d.override ?? null, overrideReason: d.overrideReason ?? null, overrideBy: d.overrideBy ?? null, overrideAt: d.overrideAt ?? null,
    overrideContradicts: d.overrideContradicts ?? false, printed: d.printed ?? null, printedText: d.printedText ?? null,
    printedContradicts: d.printedContradicts ?? false, ifHigherIsBetter: d.ifHigherIsBetter ?? null, ifLowerIsBetter: d.ifLowerIsBetter ?? null,
  };
}

/**
 * The grid read back into the shape the pages use: people by id made whole, every property present (null, false, 0 or
 * [] where nothing was sent), older reviews' scores rebuilt from their arrays (their words left to the narratives
 * request: textOmitted), and a latest update that names a score filled from that score.
 */
export function completeGrid(sent: GridSent): Grid {
  const labels = new Map(sent.scale.levels.map((l) => [l.value, l.label]));
  const reviewLabels = new Map(sent.reviews.map((r) => [r.id, r.label]));
  const people = new Map<number, PersonRef>(sent.people.map((p) => {
    const name = p.name ?? null;
    const jobTitle = p.jobTitle ?? null;
    return [p.id, { id: p.id, name, jobTitle, displayName: name ?? jobTitle ?? '' }];
  }));
  const person = (id: number): PersonRef => people.get(id) ?? { id, name: null, jobTitle: null, displayName: '' };
  const inherited = (i: InheritedPeopleSent | null | undefined): InheritedPeople | null =>
    i ? { from: i.from, fromReference: i.fromReference ?? null, people: i.people.map(person) } : null;

  const scoresOf = (item: GridItemSent): GridScore[] => {
    const whole = item.scores.map((s) => completeScore(s, labels));
    const older = item.older;
    if (!older) return whole;
    const rebuilt: GridScore[] = [];
    older.directions.forEach((direction, column) => {
      const review = sent.reviews[column];
      if (direction === null || direction === undefined || !review) return;
      rebuilt.push(completeScore({
        reviewId: review.id, level: older.levels[column] ?? null, direction, version: older.versions[column] ?? 0, textOmitted: true,
        signOffStatus: older.signOffStatuses?.[column] ?? null, recordedAs: older.recordedAs?.[column] ?? null,
      }, labels));
    });
    // In column order, as the grid always sent them.
    const column = new Map(sent.reviews.map((r, i) => [r.id, i]));
    return [...rebuilt, ...whole].sort((a, b) => (column.get(a.reviewId) ?? 0) - (column.get(b.reviewId) ?? 0));
  };

  const latestOf = (u: GridUpdateSent | null | undefined, scores: readonly GridScore[]): GridUpdate | null => {
    if (!u) return null;
    if (u.source === 'score' && (u.narrative === undefined || u.narrative === null)) {
      const score = scores.find((s) => s.reviewId === u.reviewId);
      return {
        reviewId: u.reviewId ?? null, reviewLabel: u.reviewId == null ? null : (reviewLabels.get(u.reviewId) ?? null),
        narrative: score?.narrative ?? '', narrativeDate: score?.narrativeDate ?? null, updatedBy: score?.updatedBy ?? '',
        source: 'score', updateId: null, author: null, undated: (score?.narrativeDate ?? null) === null,
      };
    }
    return {
      reviewId: u.reviewId ?? null, reviewLabel: u.reviewLabel ?? null, narrative: u.narrative ?? '', narrativeDate: u.narrativeDate ?? null,
      updatedBy: u.updatedBy ?? '', source: u.source, updateId: u.updateId ?? null, author: u.author ?? null, undated: u.undated ?? false,
    };
  };

  const item = (s: GridItemSent): GridItem => {
    const scores = scoresOf(s);
    return {
      kind: s.kind, id: s.id, number: s.number ?? null, position: s.position, reference: s.reference, text: s.text,
      outcomeStatement: s.outcomeStatement ?? null, judgementArea: s.judgementArea ?? null, sourceParagraphs: s.sourceParagraphs ?? null,
      sourceReference: s.sourceReference ?? null, answersReportRecommendations: s.answersReportRecommendations ?? [],
      addressees: s.addressees ?? [], leads: (s.leads ?? []).map(person), owners: (s.owners ?? []).map(person),
      inheritedLeads: inherited(s.inheritedLeads), inheritedOwners: inherited(s.inheritedOwners),
      deadline: s.deadline ? completeDeadline(s.deadline) : null,
      inheritedDeadline: s.inheritedDeadline
        ? { from: s.inheritedDeadline.from, fromReference: s.inheritedDeadline.fromReference ?? null, deadline: completeDeadline(s.inheritedDeadline.deadline) }
        : null,
      deadlineStatus: s.deadlineStatus ?? null, isScored: s.isScored ?? false, scores,
      direction: s.direction ? completeDirection(s.direction) : null, latestUpdate: latestOf(s.latestUpdate, scores),
      stale: s.stale ?? [], updateCount: s.updateCount ?? 0, version: s.version, children: s.children.map(item),
    };
  };

  const { people: _people, items, ...rest } = sent;
  return { ...rest, items: items.map(item) };
}

/** An item's scores with the words the grid left out put back from the narratives request. */
export function withNarratives(scores: readonly GridScore[], narratives: readonly ItemNarrative[]): GridScore[] {
  const byReview = new Map(narratives.map((n) => [n.reviewId, n]));
  return scores.map((score) => {
    const words = byReview.get(score.reviewId);
    if (!words || !score.textOmitted) return score;
    return {
      ...score, narrative: words.narrative, narrativeDate: words.narrativeDate, evidence: words.evidence,
      signOffBy: words.signOffBy, signOffAt: words.signOffAt, updatedBy: words.updatedBy, updatedAt: words.updatedAt, textOmitted: false,
    };
  });
}
