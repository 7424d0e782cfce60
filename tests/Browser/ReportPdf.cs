using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// One element of a tagged PDF's structure tree: its type (/S: Document, H1, Table, TR, TH, TD, P...) and children;
/// a marked-content leaf ("MCID") carries the text it marks and its page.
/// </summary>
public sealed record PdfStructureElement(string Type, IReadOnlyList<PdfStructureElement> Children, int? Page = null, string MarkedText = "")
{
    /// <summary>This element and every element below it, depth first.</summary>
    public IEnumerable<PdfStructureElement> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);

    private IEnumerable<PdfStructureElement> Marks => DescendantsAndSelf().Where(e => e.Type == "MCID");

    /// <summary>All the text the element marks, white space made single spaces.</summary>
    public string Text => ReportPdf.Normalise(string.Join(" ", Marks.Select(m => m.MarkedText)));

    /// <summary>
    /// The text it marks on the first page it appears on. Chromium tags a table's header row, repeated at the top of
    /// each page the table runs onto, as more content of the same header cells, so their whole text says it once a page.
    /// </summary>
    public string FirstPageText
    {
        get
        {
            var first = Marks.FirstOrDefault()?.Page;
            return ReportPdf.Normalise(string.Join(" ", Marks.Where(m => m.Page == first).Select(m => m.MarkedText)));
        }
    }
}

/// <summary>
/// A PDF as a reader of it would meet it, read with PdfPig: whether it says it is tagged (/MarkInfo /Marked true and a
/// /StructTreeRoot in the catalog, PDF/UA's first two checks), its structure tree with the text each element marks
/// (through the marked-content ids, /MCID, on each page), the whole text in reading order, and the page sizes.
/// </summary>
public sealed class ReportPdf : IDisposable
{
    private readonly PdfDocument document;
    private readonly List<IndirectReferenceTokenKey> pageOrder = [];
    private readonly Dictionary<(int Page, int Mcid), string> markedText = [];

    private ReportPdf(PdfDocument document)
    {
        this.document = document;
        Catalog = document.Structure.Catalog.CatalogDictionary;
        CollectPages(Catalog.Data.TryGetValue("Pages", out var pages) ? pages : null);
        foreach (var page in document.GetPages())
            foreach (var content in page.GetMarkedContents())
                CollectMarkedText(page.Number, content);
        Structure = Catalog.Data.TryGetValue("StructTreeRoot", out var root) && Resolve(root) is DictionaryToken rootDictionary
            ? new PdfStructureElement("StructTreeRoot", Kids(rootDictionary, null))
            : null;
    }

    public static ReportPdf Read(byte[] bytes) => new(PdfDocument.Open(bytes));

    public DictionaryToken Catalog { get; }

    /// <summary>The catalog's /MarkInfo says /Marked true: the document claims to be tagged.</summary>
    public bool IsMarked =>
        Catalog.Data.TryGetValue("MarkInfo", out var info) && Resolve(info) is DictionaryToken markInfo &&
        markInfo.Data.TryGetValue("Marked", out var marked) && Resolve(marked) is BooleanToken { Data: true };

    /// <summary>The structure tree under /StructTreeRoot; null when the document has none.</summary>
    public PdfStructureElement? Structure { get; }

    /// <summary>Every structure element of one type (/S), in document order.</summary>
    public IReadOnlyList<PdfStructureElement> Elements(string type) =>
        Structure?.DescendantsAndSelf().Where(e => e.Type == type).ToList() ?? [];

    /// <summary>The catalog has /Outlines: bookmarks a reader can navigate by.</summary>
    public bool HasOutline => Catalog.Data.ContainsKey("Outlines");

    /// <summary>The catalog's /Lang, e.g. "en-GB", or null.</summary>
    public string? Language => Catalog.Data.TryGetValue("Lang", out var lang) && Resolve(lang) is StringToken s ? s.Data : null;

    /// <summary>The document's /Title from its information dictionary, or null.</summary>
    public string? Title => document.Information.Title;

    public int PageCount => document.NumberOfPages;

    /// <summary>Each page's width and height in points (A4 landscape is about 842 by 595).</summary>
    public IReadOnlyList<(double Width, double Height)> PageSizes => document.GetPages().Select(p => (p.Width, p.Height)).ToList();

    /// <summary>All the text, page after page in content order, with every run of white space made one space.</summary>
    public string Text => Normalise(string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));

    /// <summary>Each page's text on its own, in content order, white space made single spaces (page 1 first).</summary>
    public IReadOnlyList<string> PageTexts => document.GetPages().Select(p => Normalise(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();

    public static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    public void Dispose() => document.Dispose();

    private IToken? Resolve(IToken? token)
    {
        for (var i = 0; i < 32 && token is IndirectReferenceToken reference; i++)
            token = document.Structure.GetObject(reference.Data).Data;
        return token;
    }

    // The page tree in order: /Pages nodes hold /Kids, leaves are /Page. A structure element names its page by reference (/Pg).
    private void CollectPages(IToken? node)
    {
        var key = node is IndirectReferenceToken r ? new IndirectReferenceTokenKey(r.Data.ObjectNumber, r.Data.Generation) : null;
        if (Resolve(node) is not DictionaryToken dictionary) return;
        if (dictionary.Data.TryGetValue("Kids", out var kids) && Resolve(kids) is ArrayToken array)
        {
            foreach (var kid in array.Data) CollectPages(kid);
            return;
        }
        if (key is not null) pageOrder.Add(key);
    }

    private void CollectMarkedText(int page, MarkedContentElement content)
    {
        if (content.MarkedContentIdentifier >= 0)
        {
            var text = LettersToText(content.Letters);
            markedText[(page, content.MarkedContentIdentifier)] = markedText.TryGetValue((page, content.MarkedContentIdentifier), out var before) ? before + " " + text : text;
        }
        foreach (var child in content.Children) CollectMarkedText(page, child);
    }

    // Letters in drawing order; a wrapped line has no space glyph at its end, so a new line (or a gap) is a space.
    private static string LettersToText(IReadOnlyList<Letter> letters)
    {
        var text = new System.Text.StringBuilder();
        Letter? previous = null;
        foreach (var letter in letters)
        {
            if (previous is not null && !string.IsNullOrWhiteSpace(previous.Value) &&
                (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 1 || letter.StartBaseLine.X - previous.EndBaseLine.X > letter.PointSize * 0.2))
                text.Append(' ');
            text.Append(letter.Value);
            previous = letter;
        }
        return text.ToString();
    }

    private int? PageOf(DictionaryToken dictionary, int? inherited)
    {
        if (!dictionary.Data.TryGetValue("Pg", out var pg) || pg is not IndirectReferenceToken reference) return inherited;
        var index = pageOrder.IndexOf(new IndirectReferenceTokenKey(reference.Data.ObjectNumber, reference.Data.Generation));
        return index < 0 ? inherited : index + 1;
    }

    // /K is a structure element, a marked-content id (an integer, or an /MCR dictionary), an object reference (/OBJR),
    // or an array of those.
    private List<PdfStructureElement> Kids(DictionaryToken parent, int? page)
    {
        var children = new List<PdfStructureElement>();
        if (!parent.Data.TryGetValue("K", out var k)) return children;
        var items = Resolve(k) is ArrayToken array ? array.Data : [k];
        foreach (var item in items)
        {
            var resolved = Resolve(item);
            if (resolved is NumericToken mcid)
            {
                children.Add(Marked(page, mcid.Int));
            }
            else if (resolved is DictionaryToken dictionary)
            {
                var type = dictionary.Data.TryGetValue("Type", out var t) && Resolve(t) is NameToken typeName ? typeName.Data : null;
                if (type == "MCR")
                {
                    if (dictionary.Data.TryGetValue("MCID", out var id) && Resolve(id) is NumericToken number)
                        children.Add(Marked(PageOf(dictionary, page), number.Int));
                }
                else if (type != "OBJR" && dictionary.Data.TryGetValue("S", out var s) && Resolve(s) is NameToken structureType)
                {
                    var elementPage = PageOf(dictionary, page);
                    children.Add(new PdfStructureElement(structureType.Data, Kids(dictionary, elementPage), elementPage));
                }
            }
        }
        return children;
    }

    private PdfStructureElement Marked(int? page, int mcid) =>
        new("MCID", [], page, page is { } p && markedText.TryGetValue((p, mcid), out var text) ? text : "");

    private sealed record IndirectReferenceTokenKey(long ObjectNumber, int Generation);
}
