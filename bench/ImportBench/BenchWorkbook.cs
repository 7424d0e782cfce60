using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Bench.ImportBench;

/// <summary>
/// A development plan as councils keep it in Excel (docs/domain.md, shape 2), at the size the issue sets: title rows,
/// a header, priority section rows, then one row per success measure with its action, lead, responsible officer,
/// deadline, "RAG initial" and a "RAG mm/yy" column per later review (placeholders "0" in the columns not yet reached
/// for a tenth of the rows) and a progress update. Seeded, so every run writes the same plan apart from its title.
/// </summary>
public static class BenchWorkbook
{
    public static byte[] Write(string title, int measureRows, int reviews, int seed = 11)
    {
        var random = new Random(seed);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var row = 0;
                void Row(IEnumerable<string> cells)
                {
                    row++;
                    writer.WriteStartElement(new Row { RowIndex = (uint)row });
                    foreach (var text in cells)
                    {
                        if (int.TryParse(text, out var number))
                            writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) });
                        else
                            writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                    }
                    writer.WriteEndElement();
                }

                Row([title]);
                Row(["Version 4.1, reviewed by the development board"]);
                Row([]);
                var reviewLabels = Enumerable.Range(0, reviews)
                    .Select(i => i == 0 ? "RAG initial" : $"RAG {(i % 12) + 1:00}/{24 + i / 12:00}").ToList();
                Row(["Outcome", "Action", "Success measure", "Lead", "Responsible officer", "Time", .. reviewLabels, "Progress update"]);

                const int measuresPerAction = 5, actionsPerPriority = 20;
                for (var m = 0; m < measureRows; m++)
                {
                    var action = m / measuresPerAction;
                    var priority = action / actionsPerPriority;
                    if (m % (measuresPerAction * actionsPerPriority) == 0)
                        Row([$"Priority {priority + 1}: children get the right help at the right time, area {priority + 1}"]);
                    var reached = m % 10 == 0 ? reviews - 3 : reviews;
                    var level = 1 + random.Next(3);
                    var scores = Enumerable.Range(0, reviews).Select(r =>
                    {
                        if (r >= reached) return "0";
                        if (random.Next(6) == 0) level = Math.Min(5, level + 1);
                        return level.ToString();
                    });
                    Row([
                        m % (measuresPerAction * actionsPerPriority) == 0 ? $"Families get help as soon as needs emerge ({priority + 1})" : "",
                        m % measuresPerAction == 0 ? $"{priority + 1}.{action % actionsPerPriority + 1} Open a single front door for early help and statutory referrals, phase {action}" : "",
                        $"{(char)('a' + m % measuresPerAction)}) {85 - m % 20}% of contacts have a decision within one working day (measure {m + 1}).",
                        $"Lead {action % 17 + 1} (Head of Service)",
                        $"Officer {m % 23 + 1} (Team Manager)",
                        (m % 4) switch { 0 => "Mar-27", 1 => "31/12/2026", 2 => "June - Dec 26", _ => "Ongoing" },
                        .. scores,
                        $"12/{m % 12 + 1:00}/2026 - Front door open since July; {60 + m % 30}% of contacts decided within a day in the last month.",
                    ]);
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Development plan" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }
}
