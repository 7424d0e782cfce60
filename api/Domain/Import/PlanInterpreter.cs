using ActionPlanTracker.Domain.Import.Interpretation;

namespace ActionPlanTracker.Domain.Import;

public static partial class PlanInterpreter
{
    public static partial ImportInterpretation Interpret(SourceDocument source, ImportMapping mapping, IReadOnlyList<KnownScale> scales,
        IReadOnlyList<KnownPerson> people) =>
        new PlanReading(source, mapping, scales, people).Read();
}
