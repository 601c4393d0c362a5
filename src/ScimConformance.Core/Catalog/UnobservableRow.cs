namespace ScimConformance.Core.Catalog;

/// <summary>
/// A testable catalogue row that no request from outside the service provider can decide, with the reason. spec/ stays a
/// byte-equal copy of the shared catalogue, so the project records these judgements in its own file
/// (Catalog/unobservable.tsv); coverage lists them apart and never counts them as covered.
/// </summary>
public sealed record UnobservableRow(string Id, string Reason)
{
    private static readonly Lazy<IReadOnlyList<UnobservableRow>> Embedded = new(() =>
        Parse(RequirementCatalog.Read(typeof(UnobservableRow).Assembly, "catalog.unobservable.tsv")).ToArray());

    /// <summary>The rows the project judged unobservable, in file order.</summary>
    public static IReadOnlyList<UnobservableRow> Default => Embedded.Value;

    /// <summary>Lines of "id&lt;TAB&gt;reason"; the first line is a header, lines starting with # are comments.</summary>
    public static IEnumerable<UnobservableRow> Parse(string text)
    {
        foreach (var line in text.Split('\n').Skip(1).Select(l => l.TrimEnd('\r')))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t', 2);
            if (cells.Length < 2 || string.IsNullOrWhiteSpace(cells[1]))
                throw new FormatException($"unobservable.tsv: expected 'id<TAB>reason', got '{line}'.");
            yield return new UnobservableRow(cells[0].Trim(), cells[1].Trim());
        }
    }
}
