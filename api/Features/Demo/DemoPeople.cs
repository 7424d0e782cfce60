namespace ActionPlanTracker.Features.Demo;

/// <summary>The invented staff of Northmoor Borough Council's children's services who lead, own and update the demo plans.</summary>
internal static class DemoPeople
{
    public static readonly DemoPerson Director = new("Helen Marsh", "Director of Children's Services");
    public static readonly DemoPerson HeadOfSafeguarding = new("Daniel Okoye", "Head of Service for Safeguarding");
    public static readonly DemoPerson HeadOfCare = new("Rachel Whitfield", "Head of Service for Children in Care and Care Leavers");
    public static readonly DemoPerson FrontDoorManager = new("Kwame Mensah", "Service Manager – Front Door and Early Help");
    public static readonly DemoPerson ChildrenInCareManager = new("Priya Chauhan", "Service Manager – Children in Care");
    public static readonly DemoPerson CareLeaversManager = new("Tom Gallagher", "Service Manager – Care Leavers");
    public static readonly DemoPerson PrincipalSocialWorker = new("Joanne Pritchard", "Principal Social Worker");
    public static readonly DemoPerson QualityAssuranceLead = new("Mark Fenwick", "Strategic Lead for Quality Assurance");
    public static readonly DemoPerson MashTeamManager = new("Aisha Rahman", "Team Manager – Multi-Agency Safeguarding Hub");
    public static readonly DemoPerson PerformanceManager = new("Gareth Llewellyn", "Performance Manager");
    public static readonly DemoPerson VirtualSchoolHead = new("Fiona McAllister", "Head of Virtual School");
    public static readonly DemoPerson WorkforceManager = new("Claire Donnelly", "Workforce Development Manager");
    public static readonly DemoPerson SufficiencyHead = new("Neil Fraser", "Head of Commissioning and Placement Sufficiency");
    public static readonly DemoPerson ParticipationLead = new("Lucy Barnes", "Participation and Engagement Lead");

    // Declared last: static fields initialise in order, so every person above exists by now.
    public static readonly IReadOnlyList<DemoPerson> All =
    [
        Director, HeadOfSafeguarding, HeadOfCare, FrontDoorManager, ChildrenInCareManager, CareLeaversManager, PrincipalSocialWorker,
        QualityAssuranceLead, MashTeamManager, PerformanceManager, VirtualSchoolHead, WorkforceManager, SufficiencyHead, ParticipationLead,
    ];
}
