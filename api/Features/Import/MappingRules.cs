using System.Globalization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Domain.Import;
using FluentValidation;

namespace ActionPlanTracker.Features.Import;

/// <summary>
/// What makes a mapping sane on its own: tables and columns numbered from 1, each review label once, scores and
/// evidence tied to a named review, one scale, each value and person once. Whether the tables, rows and columns exist in
/// the file, and the scale and people in the tracker, is <see cref="MappingAgainstSource"/>'s to say.
/// </summary>
public sealed class MappingRules : AbstractValidator<ImportMapping>
{
    private static readonly ColumnRole[] ReviewRoles = [ColumnRole.Score, ColumnRole.PrintedDirection, ColumnRole.UpdateDate, ColumnRole.Evidence];

    public MappingRules()
    {
        RuleFor(m => m.Tables).NotEmpty().WithMessage("Choose at least one table (sheet) to read.")
            .Must(t => t.Count <= 100).WithMessage("Choose at most 100 tables.")
            .Must(t => t.Select(x => x?.Table).Distinct().Count() == t.Count).WithMessage("Choose each table once.");
        RuleForEach(m => m.Tables).NotNull().ChildRules(table =>
        {
            table.RuleFor(t => t.Table).GreaterThanOrEqualTo(0).WithMessage("Tables are numbered from 0, in the order the file holds them.");
            table.RuleFor(t => t.HeaderFrom).GreaterThanOrEqualTo(1).WithMessage("Rows are numbered from 1, as the file shows them.");
            table.RuleFor(t => t.HeaderTo).GreaterThanOrEqualTo(t => t.HeaderFrom).WithMessage("The last header row cannot come before the first.");
        });

        RuleFor(m => m.Columns).Must(c => c.Count <= ReadingLimits.MaxColumns).WithMessage($"Map at most {ReadingLimits.MaxColumns} columns.")
            .Must(c => c.Select(x => x?.Column).Distinct().Count() == c.Count).WithMessage("Map each column once.");
        RuleForEach(m => m.Columns).NotNull().ChildRules(column =>
        {
            column.RuleFor(c => c.Column).InclusiveBetween(1, ReadingLimits.MaxColumns).WithMessage("Columns are numbered from 1 (column A).");
            column.RuleFor(c => c.Header).MaximumLength(1000);
            column.RuleFor(c => c.Role).IsInEnum();
            column.RuleFor(c => c.Level).IsInEnum();
            column.RuleFor(c => c.Review).NotEmpty().When(c => ReviewRoles.Contains(c.Role))
                .WithMessage("Say which review this column belongs to.");
        });
        RuleFor(m => m.Columns).Custom((columns, context) =>
        {
            var labels = context.InstanceToValidate.Reviews.Where(r => r is not null).Select(r => r.Label?.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count; i++)
                if (columns[i]?.Review is { } review && !string.IsNullOrWhiteSpace(review) && !labels.Contains(review.Trim()))
                    context.AddFailure($"columns[{i}].review", $"\"{review}\" is not one of the reviews: add it to the reviews, or choose one of them.");
        });

        RuleFor(m => m.Levels).NotEmpty().WithMessage("Say which levels the plan has, top first.")
            .Must(l => l.Distinct().Count() == l.Count).WithMessage("Name each level once.")
            .Must(l => l.SequenceEqual(l.Order())).WithMessage("List the levels top first: priority, recommendation, action, success measure.");
        RuleForEach(m => m.Levels).IsInEnum();
        RuleFor(m => m.ScoreLevel).IsInEnum().NotEqual(ItemLevel.Priority).WithMessage("Scores belong to recommendations, actions or success measures.")
            .Must((m, level) => m.Levels.Contains(level)).WithMessage("Scores must belong to one of the plan's levels.");
        RuleFor(m => m.Hierarchy).IsInEnum();
        RuleFor(m => m.SectionRows).IsInEnum();

        RuleFor(m => m.Reviews).Must(r => r.Count <= 200).WithMessage("Map at most 200 reviews.")
            .Must(r => r.Where(x => x is not null).Select(x => x.Label?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == r.Count)
            .WithMessage("Give each review its own label.");
        RuleForEach(m => m.Reviews).NotNull().ChildRules(review =>
        {
            review.RuleFor(r => r.Label).NotEmpty().WithMessage("Give the review a label, as the column's header prints it.").MaximumLength(100);
            review.RuleFor(r => r.Date).Must(IsDate).When(r => r.Date is not null).WithMessage("Write the review's date as yyyy-MM-dd, between 1990 and 2100.");
        });
        RuleFor(m => m.OpenReview).Must((m, open) => m.Reviews.Any(r => string.Equals(r?.Label?.Trim(), open!.Trim(), StringComparison.OrdinalIgnoreCase)))
            .When(m => !string.IsNullOrWhiteSpace(m.OpenReview)).WithMessage("The open review must be one of the reviews.");

        RuleFor(m => m.Scale).NotNull().Must(s => (s.ScaleId is null) != (s.New is null))
            .WithMessage("Choose an existing scale (scaleId) or describe a new one (new), not both.");
        RuleFor(m => m.Scale.ScaleId).GreaterThan(0).When(m => m.Scale?.ScaleId is not null);
        RuleFor(m => m.Scale.New!).ChildRules(NewScaleRules).When(m => m.Scale?.New is not null);

        RuleFor(m => m.Values).Must(v => v.Count <= 1000).WithMessage("Map at most 1,000 distinct values.")
            .Must(v => v.Where(x => x is not null).Select(x => x.Seen).Distinct(StringComparer.Ordinal).Count() == v.Count)
            .WithMessage("Map each value seen once.");
        RuleForEach(m => m.Values).NotNull().ChildRules(value =>
        {
            value.RuleFor(v => v.Seen).NotEmpty().WithMessage("Say which value this is, as the cells write it.").MaximumLength(200);
            value.RuleFor(v => v.Level).GreaterThanOrEqualTo(0).WithMessage("Levels are 0 or more; leave it empty for \"no score\".");
        });
        RuleFor(m => m.Values).Custom((values, context) =>
        {
            if (context.InstanceToValidate.Scale?.New is not { } made) return;
            var levels = made.Levels.Where(l => l is not null).Select(l => l.Value).ToHashSet();
            for (var i = 0; i < values.Count; i++)
                if (values[i]?.Level is { } level && !levels.Contains(level))
                    context.AddFailure($"values[{i}].level", $"The new scale has no level {level}.");
        });

        RuleFor(m => m.People).Must(p => p.Count <= 5000).WithMessage("Map at most 5,000 people.")
            .Must(p => p.Where(x => x is not null).Select(x => x.Seen?.Trim()).Distinct(StringComparer.Ordinal).Count() == p.Count)
            .WithMessage("Map each person seen once.");
        RuleForEach(m => m.People).NotNull().ChildRules(person =>
        {
            person.RuleFor(p => p.Seen).NotEmpty().WithMessage("Say how the cells write this person.").MaximumLength(500);
            person.RuleFor(p => p.PersonId).GreaterThan(0).When(p => p.PersonId is not null);
            person.RuleFor(p => p.Name).Must((p, name) => !string.IsNullOrWhiteSpace(name) || !string.IsNullOrWhiteSpace(p.JobTitle))
                .When(p => p.PersonId is null).WithMessage("Give a new person a name, or their job title if the plan names them by role only.")
                .MaximumLength(200);
            person.RuleFor(p => p.JobTitle).MaximumLength(200);
            person.RuleFor(p => p.Email).MaximumLength(254);
        });

        RuleFor(m => m.SkipRows).Must(r => r.Count <= ReadingLimits.MaxRows).WithMessage($"Skip at most {ReadingLimits.MaxRows:N0} rows.");
        RuleForEach(m => m.SkipRows).NotNull().ChildRules(row =>
        {
            row.RuleFor(r => r.Table).GreaterThanOrEqualTo(0);
            row.RuleFor(r => r.Row).GreaterThanOrEqualTo(1).WithMessage("Rows are numbered from 1, as the file shows them.");
        });

        RuleFor(m => m.Plan).NotNull();
        RuleFor(m => m.Plan.Title).NotEmpty().WithMessage("Enter the plan's title.").MaximumLength(300).When(m => m.Plan is not null);
        RuleFor(m => m.Plan.SourceType).MaximumLength(200).When(m => m.Plan is not null);
        RuleFor(m => m.Plan.PlanVersion).MaximumLength(50).When(m => m.Plan is not null);
        RuleFor(m => m.Plan.PlanDate).Must(IsDate!).When(m => m.Plan?.PlanDate is not null).WithMessage("Write the plan's date as yyyy-MM-dd, between 1990 and 2100.");
        RuleFor(m => m.Plan.LeadHeading).MaximumLength(100).When(m => m.Plan is not null);
        RuleFor(m => m.Plan.OwnerHeading).MaximumLength(100).When(m => m.Plan is not null);
    }

    private static void NewScaleRules(InlineValidator<NewScale> scale)
    {
        scale.RuleFor(s => s.Name).NotEmpty().WithMessage("Give the new scale a name.").MaximumLength(100);
        scale.RuleFor(s => s.Levels).Must(l => l is { Count: >= 2 and <= 20 }).WithMessage("Give the new scale 2 to 20 levels.");
        scale.RuleForEach(s => s.Levels).NotNull().ChildRules(level => level.RuleFor(l => l.Label).MaximumLength(100));
        scale.RuleFor(s => s.Levels).Custom((levels, context) =>
        {
            if (levels is null || levels.Any(l => l is null)) return;
            foreach (var problem in RatingScale.Problems(levels.Select(l => new ScaleLevel(l.Value, l.Label ?? "", null, l.Colour, l.MeansComplete)).ToList()))
                context.AddFailure("scale.new.levels", problem);
        });
    }

    private static bool IsDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1990 and <= 2100;
}

/// <summary>Whether a mapping fits the file it reads and the tracker it writes to: each problem with the field it names.</summary>
public static class MappingAgainstSource
{
    public static IEnumerable<(string Field, string Message)> Problems(ImportMapping mapping, SourceDocument source, KnownData.Known known)
    {
        for (var i = 0; i < mapping.Tables.Count; i++)
        {
            var choice = mapping.Tables[i];
            if (choice.Table >= source.Tables.Count)
            {
                yield return ($"tables[{i}].table", $"The file has {source.Tables.Count} table{(source.Tables.Count == 1 ? "" : "s")} (0 to {source.Tables.Count - 1}); there is no table {choice.Table}.");
                continue;
            }
            var table = source.Tables[choice.Table];
            var last = table.Rows.Count == 0 ? 0 : table.Rows[^1].Number;
            if (choice.HeaderTo > last)
                yield return ($"tables[{i}].headerTo", $"{table.Where} ends at row {last}; the header cannot end at row {choice.HeaderTo}.");
        }
        var width = mapping.Tables.Count > 0 && mapping.Tables[0].Table < source.Tables.Count ? source.Tables[mapping.Tables[0].Table].ColumnCount : 0;
        for (var i = 0; i < mapping.Columns.Count; i++)
            if (width > 0 && mapping.Columns[i].Column > width)
                yield return ($"columns[{i}].column", $"The first table has {width} columns; there is no column {mapping.Columns[i].Column}.");
        for (var i = 0; i < mapping.SkipRows.Count; i++)
            if (mapping.SkipRows[i].Table >= source.Tables.Count)
                yield return ($"skipRows[{i}].table", $"The file has no table {mapping.SkipRows[i].Table}.");

        if (mapping.Scale.ScaleId is { } scaleId)
        {
            var scale = known.Scales.FirstOrDefault(s => s.Id == scaleId);
            if (scale is null) yield return ("scale.scaleId", $"No rating scale has id {scaleId}.");
            for (var i = 0; i < mapping.Values.Count && scale is not null; i++)
                if (mapping.Values[i].Level is { } level && scale.Scale.Find(level) is null)
                    yield return ($"values[{i}].level", $"The scale \"{scale.Scale.Name}\" has no level {level}.");
        }
        for (var i = 0; i < mapping.People.Count; i++)
            if (mapping.People[i].PersonId is { } personId && known.People.All(p => p.Id != personId))
                yield return ($"people[{i}].personId", $"No person has id {personId}.");
    }
}
