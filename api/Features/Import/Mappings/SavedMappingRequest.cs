using ActionPlanTracker.Domain.Import;
using FluentValidation;

namespace ActionPlanTracker.Features.Import.Mappings;

public record SavedMappingRequest
{
    /// <summary>What to call it ("Development plan, monthly"); unique whatever its case.</summary>
    public string Name { get; init; } = "";
    /// <summary>The mapping, as an import's response gives it.</summary>
    public ImportMapping? Mapping { get; init; }
}

/// <summary>The rules shared by saving and changing a mapping; a taken name is checked against the database in the handler.</summary>
public sealed class SavedMappingRules : AbstractValidator<SavedMappingRequest>
{
    public SavedMappingRules()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Give the mapping a name.").MaximumLength(100);
        RuleFor(r => r.Mapping).NotNull().WithMessage("Give the mapping to save.").SetValidator(new MappingRules()!);
    }
}
