using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Reads an uploaded file into a <see cref="SourceDocument"/>, choosing the reader by the file's content (an Office file is
/// a zip or an OLE compound file whatever its name says) and then its name. Throws <see cref="SourceUnreadableException"/>
/// with a plain-English message for anything it cannot read.
/// </summary>
public static class SourceReader
{
    public static SourceDocument Read(string fileName, byte[] content) =>
        throw new NotImplementedException("SourceReader.Read");

    /// <summary>Cells copied from Excel and pasted into the web app: tab-separated lines.</summary>
    public static SourceDocument ReadPasted(string text) =>
        throw new NotImplementedException("SourceReader.ReadPasted");
}
