using System.Text;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Import.Reading;
using FastEndpoints;

namespace ActionPlanTracker.Features.Import;

/// <summary>A stored file read and interpreted by a mapping: what the dry run shows and the commit writes. Nothing derived is stored.</summary>
/// <param name="Findings">The interpreter's findings, then what the database would refuse (<see cref="StorageChecks"/>).</param>
public sealed record ImportReading(SourceDocument Document, ImportMapping Mapping, ImportInterpretation Interpretation, IReadOnlyList<ImportFinding> Findings)
{
    public PlanDraft Draft => Interpretation.Draft;

    public bool CanCommit => Findings.All(f => f.Kind != FindingKind.Blocking);

    public IEnumerable<ImportFinding> Blocking => Findings.Where(f => f.Kind == FindingKind.Blocking);
}

public static class ImportReader
{
    /// <summary>What a paste is stored as: its text as UTF-8, under this name.</summary>
    public const string PastedFileName = "pasted cells";

    /// <summary>Reads a file (or the UTF-8 text of a paste); a file the tracker cannot read is a 400 naming <c>file</c>, saying where.</summary>
    public static SourceDocument Read(IValidationErrors endpoint, string fileName, string? format, byte[] content)
    {
        try
        {
            return format == "tsv" ? SourceReader.ReadPasted(Encoding.UTF8.GetString(content)) : SourceReader.Read(fileName, content);
        }
        catch (SourceUnreadableException e)
        {
            endpoint.Invalid("file", Unreadable(e));
            throw;
        }
    }

    /// <summary>"Sheet 'Plan', row 12, column D: the cell holds a formula with no value." when the reader said where.</summary>
    public static string Unreadable(SourceUnreadableException e)
    {
        var column = e.Column is not { } c ? "" : e.Where?.StartsWith("Sheet", StringComparison.Ordinal) == true
            ? $", column {Places.ColumnLetters(c)}" : $", column {c}";
        var place = (e.Where ?? (e.Row is null ? "" : "The file")) + (e.Row is { } r ? $", row {r}" : "") + column;
        return place.Length == 0 || e.Message.StartsWith(place, StringComparison.Ordinal) ? e.Message : $"{place}: {e.Message}";
    }

    /// <summary>Interprets a document by a mapping and adds what the database would refuse.</summary>
    public static ImportReading Interpret(SourceDocument document, ImportMapping mapping, KnownData.Known known)
    {
        var interpretation = PlanInterpreter.Interpret(document, mapping, known.Scales, known.People);
        var draft = interpretation.Draft;
        var scale = draft.Scale.ScaleId is { } id ? known.Scales.FirstOrDefault(s => s.Id == id) : null;
        var stored = StorageChecks.Find(draft, scale?.Scale.Levels.Select(l => l.Value).ToList(), document)
            .Concat(AgainstTracker(draft, known));
        return new ImportReading(document, mapping, interpretation, Merge(interpretation.Findings, stored));
    }

    /// <summary>What only the tracker's own data can tell: a scale or person that is gone, a new scale whose name is taken.</summary>
    private static IEnumerable<ImportFinding> AgainstTracker(PlanDraft draft, KnownData.Known known)
    {
        if (draft.Scale.New is null && draft.Scale.ScaleId is { } id && known.Scales.All(s => s.Id != id))
            yield return new ImportFinding(FindingKind.Blocking, $"No rating scale has id {id}: choose another scale in the mapping.");
        if (draft.Scale.New is { } made && known.Scales.Any(s => string.Equals(s.Scale.Name, made.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            yield return new ImportFinding(FindingKind.Blocking,
                $"There is already a scale called \"{made.Name.Trim()}\": choose it in the mapping, or give the new scale another name.");
        foreach (var person in draft.People.Where(p => p.ExistingId is { } pid && known.People.All(k => k.Id != pid)))
            yield return new ImportFinding(FindingKind.Blocking, $"\"{person.Seen}\" is matched to person {person.ExistingId}, who is no longer in the tracker.");
    }

    /// <summary>The interpreter's findings first; a storage finding is added unless the interpreter already stopped that row.</summary>
    private static IReadOnlyList<ImportFinding> Merge(IReadOnlyList<ImportFinding> found, IEnumerable<ImportFinding> stored)
    {
        var blockedPlaces = found.Where(f => f.Kind == FindingKind.Blocking && f.Place is not null).Select(f => f.Place!).ToHashSet();
        var messages = found.Select(f => f.Message).ToHashSet(StringComparer.Ordinal);
        return found.Concat(stored.Where(f => !messages.Contains(f.Message) && (f.Place is null || !blockedPlaces.Contains(f.Place)))).ToList();
    }
}
