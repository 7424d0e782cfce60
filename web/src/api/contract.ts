// The client's hand-written types (client.ts and the area modules beside it) checked against the types generated
// from the OpenAPI document (openapi.gen.ts, written by `npm run api-types` from docs/openapi.json on every build).
// Nothing here runs: `tsc --noEmit` fails the build when a type below stops fitting what the API documents, and
// names the property at fault. docs/openapi.json itself is kept true to the server by tests/Api/OpenApiTests.cs.
//
// The hand-written types stay, because they say more than the document can: a plan's status is one of three words,
// an item's kind one of four. The check allows that narrowing (words for strings), and allows a type to leave out
// properties the page has no use for; it does not allow a property the API does not send, a missing `| null`, or a
// different shape.

import type { About, AnsweredReportRecommendation, Deadline, GridLevel, PersonRef, Plan, Problem, Review, Session, SignInProviders, SignOutResult } from './client';
import type { components } from './openapi.gen';
import type { DeadlineSent, GridItemSent, GridPersonSent, GridScoreSent, GridSent, GridUpdateSent, InheritedPeopleSent, ItemNarrative, OlderScoresSent } from '../domain/grid-scores';
import type { AdminReview, Coverage, CreateUserRequest, Inspection, InspectionRecommendation, InspectionRecommendationRequest, InspectionRequest, Judgement, LinkedItem, LinkPersonResult, LinkRequest, Person, PersonRequest, PlanRequest, ReviewRequest, Scale, ScaleLevel, ScaleLevelRequest, ScaleRequest, UpdateUserRequest, User } from './admin';
import type { AuditEntry, AuditPage, ItemUpdate } from './items';
import type { Report, ReportAddresseeCount, ReportAverage, ReportPrintedAverage, ReportReconciliation, ReportScaleDirection, ReportDirectionCounts, ReportException, ReportExceptionItem, ReportLevel, ReportLevelCount, ReportPlan, ReportPriority, ReportReview, ReportRow, ReportScore, ReportSummary, ReportScorecard, ReportIndicator } from './report';
import type { MyItem, MyItemPrevious, MyItems, MyItemsPlan, MyItemsReview } from './my-items';
import type { PersonProgress, ProgressItem, ReviewProgress } from './reviews';
import type { SaveScoreBody, ScoreResponse, ScoreWithOverride } from './scores';
import type { CommitResult, DecisionChoice, ImportMapping, ImportResponse, ImportSummary, SavedMapping, VersionApplied, VersionDecision, VersionFieldChange, VersionOf, VersionSummary } from './imports';
import type { ReturnChange, ReturnCounts, ReturnFinding, ReturnRow, ReturnUpload, ReturnValues } from './returns';
import type { ActionBody, ActionRecord, MeasureBody, MeasureRecord, PriorityBody, PriorityRecord, RecommendationBody, RecommendationRecord } from './contents';
import type { AverageFigure, LevelCount, PrintedFigureCheck, PriorityAverage, Summary, SummaryIndicator, SummaryIndicators, SummaryItem } from './summary';
import type { PrintedFigure, PrintedFigureRequest, ReportedAverage, ReportedAverageRequest } from './printed-figures';
import type { ImportedValue, ImportReport, ImportRowOutcome } from './scorecard-import';
import type { Comparator, Indicator, IndicatorHistory, IndicatorHistoryDetail, IndicatorHistoryEntry, IndicatorHistoryValue, IndicatorValue, IndicatorValueBody, IndicatorYear, ScorecardIndicator, ScorecardLatest, ScorecardRead, ScorecardTravel } from './scorecard';

import type { ComparatorBody, IndicatorBody, YearBody } from '../domain/indicator-form';
import type { CalendarFeed, CalendarFeedRequest, CalendarFeeds, NewCalendarFeed } from './calendar';
import type { ReminderDefaults, ReminderDefaultsRequest } from './mail';

type Schemas = components['schemas'];

/** A type with its string, number and boolean literals widened, all the way down: "draft" fits where string is sent. */
type Widen<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends null | undefined
        ? T
        : T extends readonly (infer E)[]
          ? Widen<E>[]
          : T extends object
            ? { [K in keyof T]: Widen<T[K]> }
            : T;

/** The properties of `Ours` that the API does not send, or sends in a shape `Ours` does not accept. */
type Misfits<Ours, Sent> =
  | Exclude<keyof Ours, keyof Sent>
  | { [K in keyof Ours & keyof Sent]-?: [Sent[K]] extends [Widen<Ours[K]>] ? never : K }[keyof Ours & keyof Sent];

/** The properties of a body `Ours` that the API does not accept, or accepts in another shape. */
type RequestMisfits<Ours, Accepted> =
  | Exclude<keyof Ours, keyof Accepted>
  | { [K in keyof Ours & keyof Accepted]-?: [Ours[K]] extends [Accepted[K] | undefined] ? never : K }[keyof Ours & keyof Accepted];

/** Compiles only when nothing misfits; otherwise the error names the property. */
type Fits<T extends never> = T;

export type ContractChecks = [
  // Calendar feeds (issue 17): the person's and the plan's share their shapes.
  Fits<Misfits<CalendarFeed, Schemas['Calendar.CalendarFeedResponse']>>,
  Fits<Misfits<NewCalendarFeed, Schemas['Calendar.NewCalendarFeedResponse']>>,
  Fits<Misfits<CalendarFeeds, Schemas['Calendar.CalendarFeedsResponse']>>,
  Fits<RequestMisfits<CalendarFeedRequest, Schemas['Calendar.CreateMyCalendarFeedRequest']>>,
  Fits<RequestMisfits<CalendarFeedRequest, Schemas['Calendar.CreatePlanCalendarFeedRequest']>>,
  Fits<Misfits<ReminderDefaults, Schemas['Mail.ReminderDefaultsResponse']>>,
  Fits<RequestMisfits<ReminderDefaultsRequest, Schemas['Mail.SetReminderDefaultsRequest']>>,
  // The mapping is both sent and accepted (PUT .../mapping), so its schema marks nothing required: checked as a body.
  Fits<Misfits<Omit<ImportResponse, 'mapping'>, Schemas['Import.ImportResponse']>>,
  Fits<RequestMisfits<ImportMapping, Schemas['ActionPlanTracker.Domain.Import.ImportMapping']>>,
  Fits<Misfits<CommitResult, Schemas['Import.CommitImportResponse']>>,
  Fits<Misfits<ImportSummary, Schemas['Import.ImportSummary']>>,
  Fits<Misfits<VersionOf, Schemas['Import.Versions.VersionOf']>>,
  Fits<Misfits<VersionSummary, Schemas['Import.Versions.VersionSummary']>>,
  Fits<Misfits<VersionDecision, Schemas['Import.Versions.VersionDecision']>>,
  Fits<Misfits<VersionFieldChange, Schemas['Import.Versions.VersionFieldChange']>>,
  Fits<Misfits<VersionApplied, Schemas['Import.Versions.VersionApplied']>>,
  Fits<RequestMisfits<DecisionChoice, Schemas['Import.Versions.DecisionChoice']>>,
  Fits<Misfits<SavedMapping, Schemas['Import.Mappings.SavedMappingSummary']>>,
  Fits<Misfits<ReturnUpload, Schemas['Import.Returns.ReturnResponse']>>,
  Fits<Misfits<ReturnCounts, Schemas['Import.Returns.ReturnCounts']>>,
  Fits<Misfits<ReturnRow, Schemas['Import.Returns.ReturnRowView']>>,
  Fits<Misfits<ReturnValues, Schemas['Import.Returns.ReturnValues']>>,
  Fits<Misfits<ReturnChange, Schemas['Import.Returns.ReturnChange']>>,
  Fits<Misfits<ReturnFinding, Schemas['ActionPlanTracker.Domain.Import.Returns.ReturnFinding']>>,
  Fits<Misfits<Plan, Schemas['Plans.PlanResponse']>>,
  Fits<Misfits<PersonRef, Schemas['People.PersonRef']>>,
  Fits<Misfits<Review, Schemas['Reviews.ReviewResponse']>>,
  Fits<Misfits<Deadline, Schemas['Deadlines.DeadlineResponse']>>,
  Fits<Misfits<GridLevel, Schemas['Grid.GridLevel']>>,
  Fits<Misfits<GridScoreSent, Schemas['Grid.GridScore']>>,
  Fits<Misfits<ItemNarrative, Schemas['Grid.ItemNarrative']>>,
  // The grid arrives small (GridSent) and getGrid completes it (domain/grid-scores.ts): the sent shapes are checked.
  Fits<Misfits<NonNullable<GridItemSent['direction']>, Schemas['Grid.GridDirectionSent']>>,
  Fits<Misfits<GridUpdateSent, Schemas['Grid.GridUpdateSent']>>,
  Fits<Misfits<Omit<GridItemSent, 'scores' | 'children' | 'older' | 'direction' | 'latestUpdate' | 'deadline' | 'inheritedDeadline' | 'inheritedLeads' | 'inheritedOwners'>, Schemas['Grid.GridItemSent']>>,
  Fits<Misfits<GridPersonSent, Schemas['Grid.GridPerson']>>,
  Fits<Misfits<DeadlineSent, Schemas['Grid.GridDeadline']>>,
  Fits<Misfits<InheritedPeopleSent, Schemas['Grid.InheritedPeopleSent']>>,
  Fits<Misfits<OlderScoresSent, Schemas['Grid.OlderScores']>>,
  Fits<Misfits<AnsweredReportRecommendation, Schemas['Grid.AnsweredReportRecommendation']>>,
  Fits<Misfits<Omit<GridSent, 'items' | 'people'>, Schemas['Grid.GridResponse']>>,
  Fits<Misfits<Session, Schemas['Accounts.SessionResponse']>>,
  Fits<Misfits<SignInProviders, Schemas['Accounts.SignInProvidersResponse']>>,
  Fits<Misfits<SignOutResult, Schemas['Accounts.SignOutResponse']>>,
  Fits<Misfits<About, Schemas['About.AboutResponse']>>,
  Fits<Misfits<Problem, Schemas['ActionPlanTracker.OpenApi.ProblemDocument']>>,
  Fits<Misfits<AverageFigure, Schemas['Summary.AverageFigure']>>,
  Fits<Misfits<PriorityAverage, Schemas['Summary.PriorityAverage']>>,
  Fits<Misfits<LevelCount, Schemas['Summary.LevelCount']>>,
  Fits<Misfits<SummaryItem, Schemas['Summary.SummaryItem']>>,
  Fits<Misfits<SummaryIndicators, Schemas['Summary.SummaryIndicators']>>,
  Fits<Misfits<SummaryIndicator, Schemas['Summary.SummaryIndicator']>>,
  Fits<Misfits<Summary, Schemas['Summary.SummaryResponse']>>,
  Fits<Misfits<ScoreResponse, Schemas['Scores.ScoreResponse']>>,
  Fits<Misfits<ScoreWithOverride, Schemas['Scores.ScoreResponse']>>,
  Fits<Misfits<PrintedFigureCheck, Schemas['Summary.PrintedFigureCheck']>>,
  Fits<Misfits<PrintedFigure, Schemas['PrintedFigures.PrintedFigureResponse']>>,
  Fits<RequestMisfits<PrintedFigureRequest, Schemas['PrintedFigures.PrintedFigureRequest']>>,
  Fits<Misfits<ReportedAverage, Schemas['ReportedAverages.ReportedAverageResponse']>>,
  Fits<RequestMisfits<ReportedAverageRequest, Schemas['ReportedAverages.ReportedAverageRequest']>>,
  Fits<Misfits<MyItems, Schemas['MyItems.MyItemsResponse']>>,
  Fits<Misfits<MyItemsPlan, Schemas['MyItems.MyItemsPlan']>>,
  Fits<Misfits<MyItemsReview, Schemas['MyItems.MyItemsReview']>>,
  Fits<Misfits<MyItem, Schemas['MyItems.MyItem']>>,
  Fits<Misfits<MyItemPrevious, Schemas['MyItems.MyItemPreviousScore']>>,
  Fits<Misfits<ReviewProgress, Schemas['Reviews.ReviewProgressResponse']>>,
  Fits<Misfits<PersonProgress, Schemas['ActionPlanTracker.Domain.PersonProgress']>>,
  Fits<Misfits<ProgressItem, Schemas['ActionPlanTracker.Domain.ProgressItem']>>,
  // before and after are the item as the API returned it at the time: any JSON object, which the document can only call
  // "anything"; the rest of the entry is checked.
  Fits<Misfits<Omit<AuditEntry, 'before' | 'after'>, Schemas['Audit.AuditEntry']>>,
  Fits<Misfits<Omit<AuditPage, 'items'>, Schemas['Audit.AuditPage']>>,
  Fits<Misfits<ItemUpdate, Schemas['Updates.ItemUpdateResponse']>>,
  Fits<Misfits<User, Schemas['Accounts.UserResponse']>>,
  Fits<Misfits<Person, Schemas['People.PersonResponse']>>,
  Fits<Misfits<LinkPersonResult, Schemas['People.LinkPersonResponse']>>,
  Fits<Misfits<Inspection, Schemas['Inspections.InspectionResponse']>>,
  Fits<Misfits<Judgement, Schemas['Inspections.JudgementResponse']>>,
  Fits<Misfits<InspectionRecommendation, Schemas['Inspections.InspectionRecommendationResponse']>>,
  Fits<Misfits<LinkedItem, Schemas['Inspections.LinkedItemResponse']>>,
  Fits<Misfits<Coverage, Schemas['Inspections.CoverageResponse']>>,
  Fits<Misfits<Coverage['recommendations'][number], Schemas['Inspections.CoverageRecommendation']>>,
  Fits<Misfits<Coverage['gaps'][number], Schemas['Inspections.CoverageGap']>>,
  Fits<Misfits<ScaleLevel, Schemas['Scales.ScaleLevelResponse']>>,
  Fits<Misfits<Scale, Schemas['Scales.ScaleResponse']>>,
  Fits<Misfits<AdminReview, Schemas['Reviews.ReviewResponse']>>,
  Fits<Misfits<Report, Schemas['Reports.ReportResponse']>>,
  Fits<Misfits<ReportAverage, Schemas['Reports.ReportAverage']>>,
  Fits<Misfits<ReportDirectionCounts, Schemas['Reports.ReportDirectionCounts']>>,
  Fits<Misfits<ReportException, Schemas['Reports.ReportException']>>,
  Fits<Misfits<ReportExceptionItem, Schemas['Reports.ReportExceptionItem']>>,
  Fits<Misfits<ReportLevel, Schemas['Reports.ReportLevel']>>,
  Fits<Misfits<ReportLevelCount, Schemas['Reports.ReportLevelCount']>>,
  Fits<Misfits<ReportPlan, Schemas['Reports.ReportPlan']>>,
  Fits<Misfits<ReportPriority, Schemas['Reports.ReportPriority']>>,
  Fits<Misfits<ReportReview, Schemas['Reports.ReportReview']>>,
  Fits<Misfits<ReportRow, Schemas['Reports.ReportRow']>>,
  Fits<Misfits<ReportScorecard, Schemas['Reports.ReportScorecard']>>,
  Fits<Misfits<ReportIndicator, Schemas['Reports.ReportIndicator']>>,
  Fits<Misfits<ReportScore, Schemas['Reports.ReportScore']>>,
  Fits<Misfits<ReportSummary, Schemas['Reports.ReportSummary']>>,
  Fits<Misfits<ReportAddresseeCount, Schemas['Reports.ReportAddresseeCount']>>,
  Fits<Misfits<ReportReconciliation, Schemas['Reports.ReportReconciliation']>>,
  Fits<Misfits<ReportPrintedAverage, Schemas['Reports.ReportPrintedAverage']>>,
  Fits<Misfits<ReportScaleDirection, Schemas['Reports.ReportScaleDirection']>>,
  Fits<Misfits<PriorityRecord, Schemas['Priorities.PriorityResponse']>>,
  Fits<Misfits<RecommendationRecord, Schemas['Recommendations.RecommendationResponse']>>,
  Fits<Misfits<ActionRecord, Schemas['Actions.ActionResponse']>>,
  Fits<Misfits<MeasureRecord, Schemas['Measures.MeasureResponse']>>,
  // An indicator's links and a year's interim targets are records the API also reads in requests, so the document
  // marks their properties optional; the page relies on the API always writing them, and checks the rest.
  Fits<Misfits<Omit<Indicator, 'links' | 'years'>, Schemas['Scorecard.IndicatorResponse']>>,
  Fits<Misfits<Omit<IndicatorYear, 'interimTargets'>, Schemas['Scorecard.IndicatorYearResponse']>>,
  Fits<Misfits<Comparator, Schemas['Scorecard.ComparatorResponse']>>,
  Fits<Misfits<IndicatorValue, Schemas['Scorecard.IndicatorValueResponse']>>,
  Fits<Misfits<Omit<IndicatorHistory, 'entries'>, Schemas['Scorecard.IndicatorHistoryResponse']>>,
  Fits<Misfits<Omit<IndicatorHistoryEntry, 'before' | 'after' | 'details'>, Schemas['Scorecard.IndicatorHistoryEntry']>>,
  Fits<Misfits<IndicatorHistoryDetail, Schemas['Scorecard.IndicatorHistoryDetail']>>,
  Fits<Misfits<Omit<ImportReport, 'rows' | 'columns'>, Schemas['Scorecard.ImportIndicatorValuesResponse']>>,
  Fits<Misfits<Omit<ImportRowOutcome, 'value' | 'current' | 'reasons'>, Schemas['Scorecard.ImportRowOutcome']>>,
  Fits<Misfits<ImportedValue, Schemas['Scorecard.ImportedValue']>>,
  Fits<Misfits<IndicatorHistoryValue, Schemas['Scorecard.IndicatorHistoryValue']>>,
  Fits<Misfits<ScorecardRead, Schemas['Scorecard.ScorecardResponse']>>,
  Fits<Misfits<ScorecardIndicator, Schemas['Scorecard.ScorecardIndicator']>>,
  Fits<Misfits<ScorecardLatest, Schemas['Scorecard.ScorecardLatest']>>,
  Fits<Misfits<ScorecardTravel, Schemas['Scorecard.ScorecardTravel']>>,
  // What the client sends must be what the API accepts.
  Fits<RequestMisfits<IndicatorValueBody, Schemas['Scorecard.IndicatorValueInput']>>,
  // The indicator form sends "" for a question not yet answered, and the API answers 400 naming it; the document lists the words.
  Fits<RequestMisfits<Omit<IndicatorBody, 'unit' | 'polarity' | 'frequency' | 'ytdRule'>, Schemas['Scorecard.IndicatorRequest']>>,
  Fits<RequestMisfits<Omit<IndicatorBody, 'unit' | 'polarity' | 'frequency' | 'ytdRule'>, Schemas['Scorecard.UpdateIndicatorRequest']>>,
  Fits<RequestMisfits<YearBody, Schemas['Scorecard.SaveIndicatorYearRequest']>>,
  Fits<RequestMisfits<ComparatorBody, Schemas['Scorecard.SaveComparatorRequest']>>,
  // The form sends role "" until one is chosen, and the API answers 400 naming it; the document lists the four roles.
  Fits<RequestMisfits<Omit<CreateUserRequest, 'role'>, Schemas['Accounts.CreateUserRequest']>>,
  Fits<RequestMisfits<Omit<UpdateUserRequest, 'role'>, Schemas['Accounts.UpdateUserRequest']>>,
  Fits<RequestMisfits<PersonRequest, Schemas['People.PersonRequest']>>,
  Fits<RequestMisfits<ScaleRequest, Schemas['Scales.ScaleRequest']>>,
  Fits<RequestMisfits<ScaleLevelRequest, Schemas['Scales.ScaleLevelRequest']>>,
  Fits<RequestMisfits<PlanRequest, Schemas['Plans.PlanRequest']>>,
  Fits<RequestMisfits<ReviewRequest, Schemas['Reviews.ReviewRequest']>>,
  Fits<RequestMisfits<InspectionRequest, Schemas['Inspections.InspectionRequest']>>,
  Fits<RequestMisfits<Judgement, Schemas['Inspections.JudgementRequest']>>,
  Fits<RequestMisfits<InspectionRecommendationRequest, Schemas['Inspections.InspectionRecommendationRequest']>>,
  Fits<RequestMisfits<LinkRequest, Schemas['Inspections.LinkRequest']>>,
  Fits<RequestMisfits<SaveScoreBody, Schemas['Scores.SaveScoreRequest']>>,
  Fits<RequestMisfits<PriorityBody, Schemas['Priorities.PriorityRequest']>>,
  Fits<RequestMisfits<RecommendationBody, Schemas['Recommendations.RecommendationRequest']>>,
  Fits<RequestMisfits<ActionBody, Schemas['Actions.ActionRequest']>>,
  Fits<RequestMisfits<MeasureBody, Schemas['Measures.UpdateMeasureRequest']>>,
];
