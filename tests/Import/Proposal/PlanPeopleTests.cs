using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Proposal;

public class PlanPeopleTests
{
    private static readonly KnownPerson PlansPriya = new(7, "Priya Raman", "Head of Service", null);

    [Test]
    public void A_newer_version_names_the_plans_own_people_even_when_the_tracker_holds_two_of_that_name()
    {
        var mapping = new ImportMapping { People = [new PersonMapping("Priya Raman", null, "Priya Raman", null)] };

        var preferred = MappingProposer.PreferPlanPeople(mapping, [PlansPriya]);

        Assert.That(preferred.People.Single().PersonId, Is.EqualTo(7));
    }

    [Test]
    public void A_choice_already_made_stays_and_someone_the_plan_does_not_name_stays_new()
    {
        var mapping = new ImportMapping
        {
            People = [new PersonMapping("Priya Raman", 12, "Priya Raman", null), new PersonMapping("Owen Hughes", null, "Owen Hughes", null)],
        };

        var preferred = MappingProposer.PreferPlanPeople(mapping, [PlansPriya]);

        Assert.That(preferred.People.Select(p => p.PersonId), Is.EqualTo(new long?[] { 12, null }));
    }
}
