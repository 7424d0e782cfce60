using System.Globalization;
using static ActionPlanTracker.Features.Demo.DemoPeople;
using static ActionPlanTracker.Features.Demo.DemoScore;

namespace ActionPlanTracker.Features.Demo;

/// <summary>
/// An invented plan answering an ILACS inspection of Northmoor, laid out as councils lay out their inspection plans: one row per
/// recommendation, numbered as written, scored 1 to 3 (1 is best) at monthly reviews, with lettered actions beneath.
/// Written for the demo; not copied from any council. Every date is placed relative to today.
/// </summary>
internal static class InspectionPlan
{
    private const string HelpAndProtection = "Children who need help and protection";
    private const string InCare = "Children in care";
    private const string CareLeavers = "Care leavers";
    private const string Leadership = "Leadership, management and governance";

    public static DemoPlan For(DateOnly today)
    {
        var due = new Due(today);
        var reportDate = today.AddMonths(-8).AddDays(-14);
        // Monthly reviews; the current one is open and was held in the last fortnight.
        var current = today.AddDays(-6);
        var reviews = new[] { current.AddMonths(-2), current.AddMonths(-1), current }
            .Select((date, i) => new DemoReview($"Update {date.ToString("MMMM yy", CultureInfo.InvariantCulture)}", date, Director.Name, IsOpen: i == 2))
            .ToList();

        // Copied forward unchanged into the current review: the stale row a committee member would ask about.
        const string pathwayPlansUpdate =
            "Pathway plans up to date: 74%. Monthly audit of 10 plans continues; 7 of 10 are now written with the young person. " +
            "Two new personal advisers start next month.";

        return new DemoPlan
        {
            Title = $"Northmoor ILACS improvement plan ({reportDate.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} inspection)",
            SourceType = "Ofsted ILACS inspection",
            ReportDate = reportDate,
            OverallJudgement = "Requires improvement to be good",
            PlanVersion = "v2.1",
            ScaleId = 2,
            GroupedByPriority = false,
            ScoreLevel = "recommendation",
            LeadHeading = "Assigned lead", OwnerHeading = "Owner(s)",
            Reviews = reviews,
            Recommendations =
            [
                new("1",
                    "Make sure that thresholds are understood and applied consistently at the front door, so that children and families get the right help first time.",
                    HelpAndProtection, "11, 13", due.Range(-6, 3), [HeadOfSafeguarding, FrontDoorManager],
                    [
                        new("A", "Rewrite the Northmoor threshold document with partners and relaunch it through the safeguarding partnership.",
                            FrontDoorManager, [FrontDoorManager, MashTeamManager], "Completed"),
                        new("B", "Run monthly multi-agency threshold workshops for schools, police and health.",
                            FrontDoorManager, [MashTeamManager], "reviewed monthly"),
                        new("C", "Dip-sample 20 MASH contacts a month and report decision quality and conversion rates to the improvement board.",
                            MashTeamManager, [MashTeamManager, QualityAssuranceLead], due.Hyphenated(3)),
                    ],
                    [
                        Of(3, "Threshold document rewritten with partners and agreed by the partnership executive. A dip sample of 20 MASH contacts " +
                              "found 6 decisions that did not match the threshold, mostly police domestic abuse notifications."),
                        Of(2, "Relaunch delivered to 140 practitioners from schools, police and health. Dip sample: 16 of 20 decisions appropriate. " +
                              "Contact-to-referral conversion up from 18% to 24%."),
                        Of(1, "Third dip sample in a row with 19 of 20 decisions appropriate. Re-referrals within 12 months down to 21% " +
                              "(statistical neighbours 22%). Schools' feedback on the MASH consultation line is positive."),
                    ]),
                new("2",
                    "Improve the timeliness of strategy discussions and make sure that police, health and education contribute to every discussion about a child who may be at risk of significant harm.",
                    HelpAndProtection, "15, 16", due.Short(-1) + " / ongoing", [HeadOfSafeguarding],
                    [
                        new("A", "Agree a daily multi-agency strategy meeting slot with police and the designated nurse.",
                            HeadOfSafeguarding, [MashTeamManager], due.Hyphenated(-5) + " (completed)"),
                        new("B", "Invite education to every strategy discussion about a school-age child and record who attended.",
                            MashTeamManager, [MashTeamManager, FrontDoorManager], due.Short(-1) + " / ongoing"),
                    ],
                    [
                        Of(2, "Daily strategy slot started. 71% of strategy discussions held within one working day of the contact (target 90%); " +
                              "health attended 58% of discussions."),
                        Of(2, "Timeliness 82% this month. Health attendance up to 76% since the designated nurse took the slot; " +
                              "education present in 40% of discussions about school-age children."),
                        Of(1, "Timeliness 93% for the second month running. Police and health present in 96% of discussions, education in 81%. " +
                              "An audit of 12 strategy discussions found a clear rationale recorded in all 12."),
                    ]),
                new("3",
                    "Improve the quality of child protection plans so that they are specific and measurable and written in a way that parents and children understand.",
                    HelpAndProtection, "18, 20", due.Hyphenated(4), [HeadOfSafeguarding, PrincipalSocialWorker],
                    [
                        new("A", "Introduce a child protection plan template with measurable outcomes, designed with the parents' group.",
                            PrincipalSocialWorker, [PrincipalSocialWorker, MashTeamManager], due.Hyphenated(-3)),
                        new("B", "Child protection chairs to check every plan at the initial conference and return any plan that is not specific.",
                            HeadOfSafeguarding, [HeadOfSafeguarding], "Ongoing"),
                        new("C", "Run practice workshops on writing plans with families, using words and pictures with younger children.",
                            PrincipalSocialWorker, [PrincipalSocialWorker, WorkforceManager], due.SplitOrdinal(10)),
                    ],
                    [
                        Of(3, "New template drafted but not yet in use. An audit of 15 child protection plans judged 4 good, 8 requires improvement " +
                              "and 3 inadequate; actions often read as tasks for parents with no timescales."),
                        Of(3, "Template live in the case management system this month, so too early to see an effect: 2 of the 10 plans audited " +
                              "used it. The parents' group has reviewed the family version of the plan."),
                        Of(2, "Audit of 14 plans: 8 good, 5 requires improvement, 1 inadequate. Chairs returned 6 plans at conference for rework. " +
                              "Three parents told the practice week panel they knew what had to change and by when."),
                    ]),
                new("4",
                    "Strengthen the response to children at risk of exploitation, including the timeliness of return home interviews and the use of what children say in them.",
                    HelpAndProtection, "22-24", due.SplitOrdinal(18), [HeadOfSafeguarding, MashTeamManager],
                    [
                        new("A", "Recommission the return home interview service with a 72-hour standard and monthly reporting.",
                            SufficiencyHead, [SufficiencyHead], due.Hyphenated(-2)),
                        new("B", "Review every child open to the exploitation panel against the new risk assessment tool.",
                            MashTeamManager, [MashTeamManager], due.SplitOrdinal(18)),
                        new("C", "Share themes from return home interviews with the exploitation panel and police to disrupt known locations.",
                            HeadOfSafeguarding, [HeadOfSafeguarding, MashTeamManager], "reviewed monthly"),
                    ],
                    [
                        Of(2, "Exploitation risk tool in use for all new referrals. Return home interviews offered within 72 hours for 64% of " +
                              "missing episodes; themes not yet shared with police."),
                        Of(1, "Return home interviews within 72 hours: 86%. A monthly themes report now goes to the exploitation panel, and two " +
                              "addresses were identified and disrupted with police. All 31 children open to the panel reviewed against the new tool."),
                        Of(2, "Return home interview timeliness fell to 61% after the provider lost two workers. Contract meeting held and a " +
                              "recovery plan requested; score moved back to 2 until timeliness recovers."),
                    ]),
                new("5",
                    "Make sure that permanence is considered early for every child in care, with a permanence plan agreed by the second looked-after review.",
                    InCare, "28, 30", due.Two(-3, 4), [HeadOfCare, ChildrenInCareManager],
                    [
                        new("A", "Set up a fortnightly permanence tracking meeting chaired by the head of service.",
                            HeadOfCare, [ChildrenInCareManager], "Completed"),
                        new("B", "Independent reviewing officers to escalate any child with no permanence plan at the second review.",
                            HeadOfCare, [ChildrenInCareManager], "Ongoing"),
                        new("C", "Train social workers and reviewing officers in later-life letters and life-story work.",
                            PrincipalSocialWorker, [PrincipalSocialWorker, WorkforceManager], due.Two(-3, 4)),
                    ],
                    [
                        Of(3, "Tracking meeting started. Of 48 children who reached their second review in the last quarter, 22 (46%) had a " +
                              "permanence plan."),
                        Of(2, "Permanence plans at the second review: 68% this quarter. Twelve children matched with long-term foster carers " +
                              "through the tracking meeting."),
                        Of(2, "Permanence plans at the second review: 79%, up from 68%. Later-life letters written for 9 of the 14 children " +
                              "adopted this year.")
                            .Overridden("improving",
                                "The board keeps the score at 2 until 90% is held for a quarter, but planning rose from 68% to 79% this month, " +
                                "so the lead records the direction as improving."),
                    ]),
                new("6",
                    "Increase the number of local homes for children in care, so that fewer children live more than 20 miles from Northmoor or move home in an unplanned way.",
                    InCare, "32", due.ReviewIn(10), [SufficiencyHead, HeadOfCare],
                    [
                        new("A", "Open two council-run children's homes.",
                            SufficiencyHead, [SufficiencyHead], due.Range(-8, -1)),
                        new("B", "Recruit 20 more fostering households through the regional fostering campaign.",
                            SufficiencyHead, [SufficiencyHead, ChildrenInCareManager], due.Hyphenated(5)),
                        new("C", "Hold a stability meeting for every child who has moved home twice or more in 12 months.",
                            ChildrenInCareManager, [ChildrenInCareManager], "Ongoing"),
                    ],
                    [
                        Of(3, "41% of children in care live more than 20 miles away (statistical neighbours 27%). Planning permission granted " +
                              "for the first home; no registered manager yet."),
                        Of(3, "Registered manager appointed for the first home; the Ofsted registration visit cannot be booked yet. The " +
                              "fostering campaign brought 34 enquiries and 3 assessments."),
                        Of(3, "Registration of the first home delayed by building works until the new year. Children living more than 20 miles " +
                              "away: 39%. Eleven children moved three or more times in the year; stability meetings held for all eleven."),
                    ]),
                new("7 (14)",
                    "Improve the timeliness of initial health assessments and the quality of personal education plans, so that children's health and learning needs are met without delay. " +
                    "(Recommendation 14, on personal education plans, was merged into this one in v2.0 of the plan.)",
                    InCare, "34, 35, 51", "Ongoing", [ChildrenInCareManager, VirtualSchoolHead],
                    [
                        new("A", "Agree a protocol with the designated nurse so that health assessment requests go within 5 working days of a child coming into care.",
                            ChildrenInCareManager, [ChildrenInCareManager], due.Date(-40)),
                        new("B", "Virtual School to quality-assure every personal education plan each term and return those that require improvement.",
                            VirtualSchoolHead, [VirtualSchoolHead], "reviewed termly"),
                        new("C", "Set targets in personal education plans with the child and report plan quality to the corporate parenting board.",
                            VirtualSchoolHead, [VirtualSchoolHead, ChildrenInCareManager], due.Hyphenated(3)),
                    ],
                    [
                        Of(2, "Initial health assessments within 20 working days: 54%. The Virtual School judged 71% of personal education plans " +
                              "good this term."),
                        UpdateNotAvailable,
                        Of(1, "Health assessments within 20 working days: 88% (last month 80%) since the requests protocol with the designated " +
                              "nurse. 86% of personal education plans judged good or better; 9 in 10 now include the child's own targets."),
                    ]),
                new("8",
                    "Improve pathway plans so that they are written with young people and cover where they will live, their education, employment and training, and their health.",
                    CareLeavers, "39, 40", due.Hyphenated(-2), [HeadOfCare, CareLeaversManager],
                    [
                        new("A", "Replace the pathway plan template with one written with the care leavers' forum.",
                            CareLeaversManager, [CareLeaversManager, ParticipationLead], "Completed " + due.Long(-5)),
                        new("B", "Personal advisers to review every pathway plan at least every six months and after any move.",
                            CareLeaversManager, [CareLeaversManager], "Ongoing"),
                        new("C", "Audit 10 pathway plans a month and feed back to personal advisers in supervision.",
                            QualityAssuranceLead, [QualityAssuranceLead, CareLeaversManager], due.Hyphenated(-2)),
                    ],
                    [
                        Of(2, "New template agreed with the care leavers' forum. 62% of pathway plans up to date; the audit found the young " +
                              "person's own words in 5 of 10 plans."),
                        Of(2, pathwayPlansUpdate),
                        Of(2, pathwayPlansUpdate),
                    ]),
                new("9",
                    "Widen the range of suitable homes for care leavers, so that no care leaver lives in bed and breakfast accommodation.",
                    CareLeavers, "42", due.Date(-20), [CareLeaversManager, SufficiencyHead],
                    [
                        new("A", "Agree a joint housing protocol with the housing service, with priority banding for care leavers.",
                            SufficiencyHead, [SufficiencyHead, CareLeaversManager], due.Short(-4) + " - completed"),
                        new("B", "Commission 12 supported lodgings places.",
                            SufficiencyHead, [SufficiencyHead], due.Date(-20)),
                    ],
                    [
                        Of(3, "Four care leavers in bed and breakfast this month. Joint housing protocol drafted, but housing colleagues have not " +
                              "yet agreed priority banding."),
                        Of(2, "No care leaver in bed and breakfast for six weeks. Staying Put arrangements up from 19 to 24. Supported lodgings " +
                              "tender issued."),
                        UpdateNotAvailable,
                    ]),
                new("10",
                    "Make sure that management oversight and supervision are regular and reflective and lead to actions for children that are followed through.",
                    Leadership, "46, 49", "reviewed monthly", [PrincipalSocialWorker, HeadOfSafeguarding],
                    [
                        new("A", "Launch a supervision policy and recording template with actions and timescales for each child.",
                            PrincipalSocialWorker, [PrincipalSocialWorker], due.Hyphenated(-4)),
                        new("B", "Run a reflective supervision programme for all team managers, in three cohorts.",
                            WorkforceManager, [WorkforceManager, PrincipalSocialWorker], due.Range(-4, 2)),
                        new("C", "Report supervision compliance by team to the improvement board every month.",
                            PerformanceManager, [PerformanceManager], "reviewed monthly"),
                    ],
                    [
                        Of(3, "Supervision recorded within timescale for 63% of social workers. The audit found management oversight on 11 of 20 " +
                              "files, but actions rarely had timescales."),
                        Of(2, "Supervision within timescale: 81%. The first cohort of 12 team managers completed the reflective supervision " +
                              "programme. Oversight evident on 15 of 20 audited files."),
                        Of(2, "Supervision within timescale: 84%, lowest in the assessment teams (72%) because of vacancies. Second cohort " +
                              "started. Oversight evident on 16 of 20 files, with actions followed through on 12."),
                    ]),
                new("11",
                    "Make better use of performance information and quality assurance, so that senior leaders and elected members have an accurate picture of the quality of practice.",
                    Leadership, "52, 53", "when the new system goes live", [Director, QualityAssuranceLead],
                    [
                        new("A", "Build a monthly performance scorecard from the new case management system for the improvement board and scrutiny.",
                            PerformanceManager, [PerformanceManager], "when the new system goes live"),
                        new("B", "Revise the quality assurance framework so that every audit is moderated and its actions are tracked to completion.",
                            QualityAssuranceLead, [QualityAssuranceLead], "Completed"),
                        new("C", "Report audit themes and children's and families' feedback to overview and scrutiny twice a year.",
                            Director, [Director, QualityAssuranceLead], due.Long(0)),
                    ],
                    [
                        Of(2, "Audit programme running, but only 58% of audits moderated. The board's scorecard is still built by hand from " +
                              "three spreadsheets."),
                        Of(2, "Moderation rate 77%. Revised quality assurance framework agreed by the leadership team. Scorecard prototype " +
                              "shown to the board."),
                        Of(1, "92% of audits moderated this month; moderation changed the grade in 1 in 5 audits, mostly downwards. Overview and " +
                              "scrutiny received the first audit themes report, including feedback from 23 families."),
                    ]),
                new("12",
                    "Reduce the reliance on agency social workers and bring caseloads in the assessment teams down to a manageable level.",
                    Leadership, "55", due.Long(7), [Director, WorkforceManager],
                    [
                        new("A", "Launch a recruitment and retention offer, including a market supplement for experienced social workers.",
                            WorkforceManager, [WorkforceManager], "Completed " + due.Numeric(-75)),
                        new("B", "Expand the assessed and supported year in employment academy to 16 newly qualified social workers a year.",
                            WorkforceManager, [WorkforceManager, PrincipalSocialWorker], due.Hyphenated(4)),
                        new("C", "Review caseloads in the assessment teams weekly, with a cap of 22 children per worker.",
                            MashTeamManager, [MashTeamManager], "Ongoing"),
                    ],
                    [
                        Of(3, "Agency social workers: 31% of the establishment. Average caseload in the assessment teams: 27."),
                        Of(3, "Market supplement agreed by cabinet and the first adverts are out. Agency rate unchanged at 30%; average " +
                              "assessment caseload 26."),
                        Of(2, "Agency rate down to 24% after 9 permanent appointments; 14 newly qualified social workers in the academy. " +
                              "Average assessment caseload 22, though two workers still hold more than 28 children."),
                    ]),
            ],
        };
    }
}
