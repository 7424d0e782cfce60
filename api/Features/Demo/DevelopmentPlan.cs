using System.Globalization;
using static ActionPlanTracker.Features.Demo.DemoPeople;
using static ActionPlanTracker.Features.Demo.DemoScore;

namespace ActionPlanTracker.Features.Demo;

/// <summary>
/// An invented development plan for Northmoor, laid out as councils lay out their grouped plans: numbered priorities with outcome
/// statements, actions beneath them (some tagged with the inspection recommendation they answer), and success measures scored
/// 1 to 5 at a review every two months ("RAG initial", "RAG 05/26", ...). Written for the demo; not copied from any council.
/// </summary>
internal static class DevelopmentPlan
{
    public static DemoPlan For(DateOnly today)
    {
        var due = new Due(today);
        var reportDate = today.AddMonths(-8).AddDays(-14);
        // A review every two months; the current one is open and was held in the last few weeks.
        var current = today.AddDays(-12);
        var reviews = Enumerable.Range(0, 5)
            .Select(i => current.AddMonths(2 * (i - 4)))
            .Select((date, i) => new DemoReview(
                i == 0 ? "RAG initial" : $"RAG {date.ToString("MM/yy", CultureInfo.InvariantCulture)}", date, QualityAssuranceLead.Name, IsOpen: i == 4))
            .ToList();

        // Copied forward unchanged into the current review.
        const string supervisionUpdate =
            "84% of supervision within timescale; the second cohort of team managers is on the reflective supervision programme. " +
            "Audit grades for supervision not yet reported.";

        return new DemoPlan
        {
            Title = $"Northmoor children's services development plan {reportDate.Year}–{(reportDate.Year + 2) % 100:00}",
            SourceType = "Children's services development plan (post-inspection)",
            ReportDate = reportDate,
            OverallJudgement = "Requires improvement to be good",
            PlanVersion = "v3.0",
            ScaleId = 1,
            GroupedByPriority = true,
            ScoreLevel = "measure",
            LeadHeading = "Lead", OwnerHeading = "Responsible officer",
            Reviews = reviews,
            Priorities =
            [
                new("1", "Early help and the front door",
                    "Children and families get the right help at the right time, from the first contact, and fewer children are referred again within a year.",
                    [
                        new("1.1", "Relaunch the threshold document with partners and run multi-agency threshold workshops.",
                            HeadOfSafeguarding, [FrontDoorManager, MashTeamManager], due.Range(-7, -3))
                        {
                            Responsible = FrontDoorManager, SourceReference = "Ofsted rec 1",
                            Measures =
                            [
                                new("At least 90% of contacts have a decision within one working day.",
                                [
                                    Of(2, "Baseline: 74% of contacts decided within one working day, with a backlog of 60 contacts in the MASH."),
                                    Of(3, "Backlog cleared with two extra social workers in the MASH; 86% decided within one working day."),
                                    Of(3, "88% within one working day; a dip in the summer holidays when police notifications rose."),
                                    Of(4, "93% within one working day for three months running, and the MASH audit shows the decisions are sound."),
                                    Of(4, "94% this period. Held at 4 for monitoring; proposed for removal at the next review if sustained."),
                                ]),
                                new("Re-referrals within 12 months fall from 27% to below 22%.",
                                [
                                    Of(1, "Re-referrals within 12 months: 27% (statistical neighbours 22%)."),
                                    Of(2, "25%. Threshold workshops delivered to 140 partners; too early to see an effect."),
                                    Of(2, "24%. An audit of 15 re-referrals found 6 closed with no step-down to early help."),
                                    Of(2, "24%. Step-down guidance reissued; team managers now sign off every closure without a step-down."),
                                    Of(3, "21%, below the 22% target for the first time. Needs to hold for two more periods before it counts as complete."),
                                ]),
                            ],
                        },
                        new("1.2", "Use one early help assessment and one family plan across schools, health and the family hubs.",
                            HeadOfSafeguarding, [FrontDoorManager], due.Short(5))
                        {
                            Responsible = FrontDoorManager,
                            Measures =
                            [
                                new("80% of early help assessments audited as good or better.",
                                [
                                    Of(2, "Three different early help assessment forms in use; 48% audited as good."),
                                    Of(2, "Single assessment agreed by the early help partnership board; training booked for schools."),
                                    Of(3, "Single assessment live in all family hubs and 31 of 44 schools; 66% audited as good."),
                                    Of(3, "79% audited as good. Families in the hub evaluation said they only had to tell their story once."),
                                    Of(3, "81% audited as good this period. The last 6 schools start using the assessment in the spring term."),
                                ]),
                            ],
                        },
                    ]),
                new("2", "Help and protection",
                    "Children at risk of significant harm are protected by timely, multi-agency plans that parents understand and that make a difference.",
                    [
                        new("2.1", "Hold every strategy discussion within one working day, with police, health and education taking part.",
                            HeadOfSafeguarding, [MashTeamManager], $"Ongoing - ends {due.Long(8)}")
                        {
                            Responsible = MashTeamManager, SourceReference = "Ofsted rec 2",
                            Measures =
                            [
                                new("95% of strategy discussions include police, health and education.",
                                [
                                    Of(1, "Health attended 58% of strategy discussions and education 22%."),
                                    Of(2, "Daily strategy slot agreed with police and the designated nurse. Health 76%, education 40%."),
                                    Of(3, "Police and health in 94% of discussions; education in 63%."),
                                    Of(3, "Education attendance now reported weekly to the head of service and up to 74%."),
                                    Of(3, "Police and health present in 96% of discussions, education in 81%, so not yet at the target for all three."),
                                ]),
                            ],
                        },
                        new("2.2", "Introduce a child protection plan template with measurable outcomes, designed with parents.",
                            HeadOfSafeguarding, [PrincipalSocialWorker, MashTeamManager], due.Numeric(9))
                        {
                            Responsible = PrincipalSocialWorker, SourceReference = "Ofsted rec 3",
                            Measures =
                            [
                                new("70% of child protection plans audited as good or better.",
                                [
                                    Of(1, "27% of audited plans judged good or better."),
                                    Of(1, "New template drafted with the parents' group; no change yet (25%)."),
                                    Of(2, "Template live; 44% of audited plans good or better."),
                                    Of(2, "52% good or better; conference chairs now return plans that are not specific."),
                                    Of(3, "64% good or better. Practice workshops continue; on track for 70% by the deadline."),
                                ]),
                                // Added to the plan at the third review, so the first two reviews have no row for it.
                                new("Parents say they understand what has to change and by when (survey after each review conference).",
                                [
                                    null,
                                    null,
                                    Of(2, "Survey added to the plan this period: 9 of 17 parents said they understood their plan."),
                                    Of(2, "12 of 20 parents said they understood their plan; several said it used too much jargon."),
                                    Of(3, "17 of 21 parents said they understood what had to change; a plain-language version of the plan is now standard."),
                                ]),
                            ],
                        },
                        new("2.3", "Recommission return home interviews with a 72-hour standard and share what children say with police.",
                            HeadOfSafeguarding, [SufficiencyHead, MashTeamManager], due.Hyphenated(0))
                        {
                            Responsible = SufficiencyHead, SourceReference = "Ofsted rec 4",
                            Measures =
                            [
                                new("Return home interviews offered within 72 hours for 85% of missing episodes.",
                                [
                                    Of(2, "64% offered within 72 hours."),
                                    Of(2, "70%; a monthly themes report has started."),
                                    Of(3, "86%. Themes shared with police led to two addresses being disrupted."),
                                    Of(3, "87%; all 31 children open to the exploitation panel reviewed against the new risk tool."),
                                    Of(2, "Fell to 61% after the provider lost two workers. Recovery plan requested at the contract meeting."),
                                ]),
                            ],
                        },
                    ]),
                new("3", "Children in care and permanence",
                    "Children in care live in stable homes close to Northmoor where that is right for them, with a plan for permanence agreed early.",
                    [
                        new("3.1", "Track permanence fortnightly, with reviewing officers escalating any child without a plan by the second review.",
                            HeadOfCare, [ChildrenInCareManager], due.Long(4))
                        {
                            Responsible = ChildrenInCareManager, SourceReference = "Ofsted rec 5",
                            Measures =
                            [
                                new("Permanence plan agreed at the second review for 90% of children.",
                                [
                                    Of(1, "46% of children had a permanence plan at their second review."),
                                    Of(1, "Tracking meeting started; 52%."),
                                    Of(2, "61%. Reviewing officers escalated 5 children through the dispute resolution process."),
                                    Of(2, "68%. Twelve children matched with long-term foster carers."),
                                    Of(3, "79%, the best yet. Four children's plans wait on final court hearings."),
                                ]),
                            ],
                        },
                        // Overdue, and its measures are still at 1 and 2: the row the board will ask about first.
                        new("3.2", "Open two council-run children's homes and approve 20 more fostering households.",
                            SufficiencyHead, [SufficiencyHead, ChildrenInCareManager], due.Hyphenated(-2))
                        {
                            Responsible = SufficiencyHead,
                            Measures =
                            [
                                new("Two council-run children's homes registered with Ofsted.",
                                [
                                    Of(1, "Sites identified; planning application submitted for the first home."),
                                    Of(1, "Planning permission granted for the first home; the second site is still under negotiation."),
                                    Of(1, "Registered manager appointed for the first home; building works behind schedule."),
                                    Of(1, "Building works not finished, so the Ofsted registration visit cannot be booked."),
                                    Of(1, "Registration now expected in the new year, and the owner has withdrawn the second site. A revised timetable goes to the next board."),
                                ]),
                                new("20 more fostering households approved.",
                                [
                                    Of(1, "Net loss of 4 fostering households last year."),
                                    Of(1, "Regional campaign launched: 34 enquiries and 3 assessments."),
                                    Of(2, "5 households approved and 7 in assessment."),
                                    Of(2, "8 approved; two carers retired, so a net gain of 6."),
                                    Of(2, "9 approved against a target of 20 by the deadline; 6 still in assessment."),
                                ]),
                            ],
                        },
                        new("3.3", "Request health assessments within 5 working days of a child coming into care; the Virtual School to check every education plan.",
                            HeadOfCare, [ChildrenInCareManager, VirtualSchoolHead], "Completed " + due.Long(-4))
                        {
                            Responsible = VirtualSchoolHead, SourceReference = "Ofsted rec 7 (14)",
                            Measures =
                            [
                                new("95% of initial health assessments completed within 20 working days.",
                                [
                                    Of(2, "54% within 20 working days."),
                                    Of(2, "Protocol with the designated nurse agreed; 61%."),
                                    Of(3, "72%."),
                                    Of(3, "80%."),
                                    Of(4, "Protocol embedded and the action is complete; 88% this month and rising every month. Kept in the plan for monitoring.")
                                        .ClaimedWith("Health assessment tracker, November; protocol signed by the designated nurse (board papers, item 6)"),
                                ]),
                            ],
                        },
                    ]),
                new("4", "Care leavers",
                    "Care leavers have pathway plans they helped to write, a safe and suitable home, and support into education, employment or training.",
                    [
                        new("4.1", "Use a pathway plan written with the care leavers' forum and review every plan at least every six months.",
                            HeadOfCare, [CareLeaversManager], due.Long(3))
                        {
                            Responsible = CareLeaversManager, SourceReference = "Ofsted rec 8",
                            Measures =
                            [
                                new("85% of pathway plans up to date and written with the young person.",
                                [
                                    Of(2, "62% up to date."),
                                    Of(2, "New template agreed with the care leavers' forum; 65%."),
                                    Of(2, "70%, with two personal adviser posts vacant."),
                                    Of(3, "81%; both vacancies filled."),
                                    Of(3, "84%. Forum members read 10 plans and said 8 sounded like the young person."),
                                ]),
                            ],
                        },
                        new("4.2", "Agree a joint housing protocol and commission supported lodgings so that no care leaver lives in bed and breakfast.",
                            HeadOfCare, [CareLeaversManager, SufficiencyHead], due.Hyphenated(-4))
                        {
                            Responsible = CareLeaversManager, SourceReference = "Ofsted rec 9",
                            Measures =
                            [
                                new("No care leaver placed in bed and breakfast accommodation.",
                                [
                                    Of(2, "Four care leavers in bed and breakfast."),
                                    Of(3, "None in bed and breakfast for six weeks."),
                                    Of(3, "Joint housing protocol signed, with priority banding for care leavers."),
                                    Of(4, "No care leaver in bed and breakfast for six months; 12 supported lodgings places commissioned."),
                                    Of(5, "Sustained for eight months. The board agreed to remove this measure and watch it on the corporate parenting scorecard."),
                                ]),
                            ],
                        },
                    ]),
                new("5", "A stable, skilled workforce",
                    "Children keep the same social worker, who has a manageable caseload and regular, reflective supervision.",
                    [
                        new("5.1", "Launch a recruitment and retention offer with a market supplement, and expand the newly qualified social worker academy.",
                            Director, [WorkforceManager], due.Range(-6, 4))
                        {
                            Responsible = WorkforceManager, SourceReference = "Ofsted rec 12",
                            Measures =
                            [
                                new("Agency social workers below 15% of the establishment.",
                                [
                                    Of(1, "Agency rate 31%."),
                                    Of(1, "30%. Market supplement business case with cabinet."),
                                    Of(2, "28%; supplement approved and adverts out."),
                                    Of(2, "26%; 6 permanent appointments."),
                                    Of(2, "24% after 9 permanent appointments. Still well above target; three team managers are agency staff."),
                                ]),
                                new("Average caseload in the assessment teams of 20 or fewer.",
                                [
                                    Of(1, "Average 27."),
                                    Of(2, "26; weekly caseload review started with a cap of 22 per worker."),
                                    Of(2, "25."),
                                    Of(2, "24; newly qualified workers on protected caseloads."),
                                    Of(3, "22, on track for 20 by the spring; two workers still hold more than 28 and have extra support from their team manager."),
                                ]),
                            ],
                        },
                        new("5.2", "Relaunch the supervision policy and run a reflective supervision programme for every team manager.",
                            PrincipalSocialWorker, [PrincipalSocialWorker, WorkforceManager], "reviewed monthly")
                        {
                            Responsible = WorkforceManager, SourceReference = "Ofsted rec 10",
                            Measures =
                            [
                                new("90% of supervision within timescale and 75% judged good at audit.",
                                [
                                    Of(2, "63% within timescale; 40% judged good at audit."),
                                    Of(2, "Policy relaunched; 70% within timescale."),
                                    ZeroPlaceholder,
                                    Of(3, supervisionUpdate),
                                    Of(3, supervisionUpdate),
                                ]),
                            ],
                        },
                        new("5.3", "Train every social worker and team manager in the Northmoor practice model.",
                            PrincipalSocialWorker, [WorkforceManager], due.SplitOrdinal(21))
                        {
                            Responsible = WorkforceManager,
                            Measures =
                            [
                                // Added at the second review.
                                new("Every social worker and team manager completes the practice model training.",
                                [
                                    null,
                                    Of(1, "Measure added this period. Training commissioned and the first dates set."),
                                    Of(2, "First two cohorts trained (58 staff)."),
                                    Of(3, "142 of 190 staff trained; the remaining sessions are booked."),
                                    Of(3, "171 of 190 trained; catch-up sessions for 19 new starters are booked before the deadline."),
                                ]),
                            ],
                        },
                    ]),
                new("6", "Leadership, quality assurance and listening to children",
                    "Leaders, managers and elected members know what practice is like for children, hear from children and families directly, and act on it.",
                    [
                        new("6.1", "Revise the quality assurance framework so that every audit is moderated and its actions are tracked.",
                            Director, [QualityAssuranceLead], "Ongoing")
                        {
                            Responsible = QualityAssuranceLead, SourceReference = "Ofsted rec 11",
                            Measures =
                            [
                                new("90% of audits moderated, with their actions tracked to completion.",
                                [
                                    Of(2, "Audits are not moderated and their findings are not tracked."),
                                    Of(3, "Framework revised; 58% of audits moderated."),
                                    Of(3, "77% moderated; audit actions tracker in place."),
                                    Of(4, "91% moderated; 83% of audit actions completed on time."),
                                    Of(4, "92% moderated. Moderation changed the grade in 1 in 5 audits, mostly downwards, and leaders use this in the self-evaluation."),
                                ]),
                            ],
                        },
                        new("6.2", "Produce a monthly performance scorecard from the new case management system.",
                            Director, [PerformanceManager], "when the new system goes live")
                        {
                            Responsible = PerformanceManager,
                            Measures =
                            [
                                new("A monthly scorecard with commentary goes to the improvement board and to scrutiny on time.",
                                [
                                    Of(2, "Scorecard built by hand from three spreadsheets, often a month late."),
                                    Of(2, "Prototype scorecard agreed; data quality problems in placement records."),
                                    Of(3, "Scorecard on time for the board for the first time."),
                                    Of(3, "On time for three months, still drawn from the old system because go-live has moved again."),
                                    Of(2, "Late for this board: the data migration for the new system failed twice. Scrutiny members asked for care leaver indicators, now added."),
                                ]),
                            ],
                        },
                        new("6.3", "Bring children's and families' views to every improvement board through the children in care council and the care leavers' forum.",
                            Director, [ParticipationLead], due.Short(-1) + " / ongoing")
                        {
                            Responsible = ParticipationLead,
                            Measures =
                            [
                                new("Children's and families' views recorded and acted on in 80% of audited cases.",
                                [
                                    Of(1, "Children's views recorded in 45% of audited cases; the children in care council has not met for a year."),
                                    Of(2, "Children in care council relaunched with 14 members; first question-and-answer session with the director."),
                                    Of(2, "Views recorded in 63% of audited cases; the care leavers' forum helped write the new pathway plan."),
                                    Of(3, "81% of audited cases record the child's views, but fewer show what changed as a result. Two young people now speak at each board."),
                                    ZeroPlaceholder,
                                ]),
                            ],
                        },
                    ]),
            ],
        };
    }
}
