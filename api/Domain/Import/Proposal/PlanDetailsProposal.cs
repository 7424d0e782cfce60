using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// The new plan's details from the title rows above the header: its title, version ("v3.2"), date ("Date: 01/04/2026"),
/// the inspection it answers when a title names one, and what the plan calls its leads and owners.
/// </summary>
internal static partial class PlanDetailsProposal
{
    public static PlanDetails Propose(PlanTables tables, IReadOnlyList<ColumnMapping> columns)
    {
        var titles = tables.TitleRows;
        return new PlanDetails
        {
            Title = Title(titles) ?? Path.GetFileNameWithoutExtension(tables.Source.FileName),
            SourceType = titles.Select(t => Inspection().Match(t)).FirstOrDefault(m => m.Success)?.Value ?? "",
            PlanVersion = titles.Select(t => Version().Match(t)).FirstOrDefault(m => m.Success)?.Value,
            PlanDate = titles.Where(t => !ReviewWords().IsMatch(t)).Select(ProposalText.FullDate).FirstOrDefault(d => d is not null),
            LeadHeading = columns.FirstOrDefault(c => c.Role == ColumnRole.Lead)?.Header,
            OwnerHeading = columns.FirstOrDefault(c => c.Role == ColumnRole.Owner)?.Header,
        };
    }

    /// <summary>The first title row that is not a line of particulars ("Date of review: ...", "Version 3", "Reviewer: ...").</summary>
    private static string? Title(IReadOnlyList<string> titles) =>
        titles.FirstOrDefault(t => !Particulars().IsMatch(t) && ProposalText.FullDate(t) is null) ?? titles.FirstOrDefault();

    [GeneratedRegex(@"\b(?:Ofsted|ILACS|HMIP|(?-i:SEND)|JTAI|peer review)\b(?:\s+(?:Ofsted|ILACS|HMIP|(?-i:SEND)|JTAI|SIF|peer|local area|youth justice|inspection|review|monitoring visit|focused visit))*",
        RegexOptions.IgnoreCase)]
    private static partial Regex Inspection();

    [GeneratedRegex(@"\b(?:v|ver\.?|version)\s*\d+(?:\.\d+)*\b", RegexOptions.IgnoreCase)]
    private static partial Regex Version();

    [GeneratedRegex(@"^\s*(?:date|version|v\d|reviewer|reviewed by|name of reviewer|prepared by|author|updated|last updated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Particulars();

    [GeneratedRegex(@"\b(?:date of (?:the )?review|review date|reviewed|next review)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewWords();
}
