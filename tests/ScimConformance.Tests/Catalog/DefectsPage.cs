using System.Text;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.Catalog;

/// <summary>
/// Renders the tables of docs/defects.md from the switch catalogue, so the page cannot drift from the code: the prose
/// around them is written by hand, each table sits between a <c>&lt;!-- generated: NAME --&gt;</c> line and the
/// next <c>&lt;!-- end generated --&gt;</c> line and is replaced whole.
/// </summary>
public static class DefectsPage
{
    public const string End = "<!-- end generated -->";

    /// <summary>The page with every generated table rendered anew from <see cref="DefectCatalog"/>.</summary>
    public static string Fill(string page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var output = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            output.Append(lines[i]).Append(i < lines.Length - 1 ? "\n" : "");
            if (!lines[i].StartsWith("<!-- generated: ", StringComparison.Ordinal)) continue;
            var name = lines[i]["<!-- generated: ".Length..].TrimEnd(' ', '-', '>');
            var end = Array.IndexOf(lines, End, i + 1);
            if (end < 0) throw new InvalidOperationException($"docs/defects.md: the generated table '{name}' has no '{End}' line.");
            output.Append(Table(name)).Append('\n');
            i = end - 1;
        }
        return output.ToString();
    }

    private static string Table(string name) => name switch
    {
        "defects" => Rows(["switch", "bug it plants", "checks that catch it", "checks that warn on it (SHOULD level only)"],
            DefectCatalog.All.Select(d => new[] { Code(d.Name), d.Description, string.Join(", ", d.CaughtBy), string.Join(", ", d.WarnedBy) })),
        "benign" => Rows(["variation", "what changes", "allowed by"],
            DefectCatalog.Benign.Select(d => new[] { Code(d.Name), d.Description, d.Allowance })),
        "pending" => Rows(["switch", "class", "what it does, and the RFC text that classifies it", "meant to be caught by", "before it joins the end-to-end tests"],
            DefectCatalog.Pending.Select(d => new[]
            {
                Code(d.Name), d.Benign ? "benign" : "defect", d.Benign ? $"{d.Description} Allowed: {d.Allowance}" : d.Description,
                string.Join(", ", d.CaughtBy), d.HarnessWork,
            })),
        _ => throw new InvalidOperationException($"docs/defects.md names a generated table '{name}' that DefectsPage does not know (defects, benign, pending)."),
    };

    private static string Rows(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", header)).Append(" |\n");
        text.Append('|').Append(string.Concat(header.Select(_ => " --- |"))).Append('\n');
        foreach (var row in rows)
            text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        return text.ToString().TrimEnd('\n');
    }

    private static string Code(string name) => "`" + name + "`";

    // A row is one line and a pipe would open a new cell.
    private static string Cell(string text) => text.Replace("\n", " ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Trim();
}
