using System.Reflection;

namespace ScimConformance.Core.Catalog;

/// <summary>
/// The RFC 7643/7644 requirements, the security practices and the project's supplement (obligations of RFCs the shared
/// catalogue has no rows for, e.g. RFC 6749's token endpoint and RFC 9865 cursor paging) every check cites, embedded
/// from spec/ so the tool carries them wherever it runs.
/// </summary>
public sealed class RequirementCatalog
{
    private static readonly Lazy<RequirementCatalog> Embedded = new(LoadEmbedded);
    private readonly Dictionary<string, Requirement> _byId;

    public RequirementCatalog(IEnumerable<Requirement> requirements)
    {
        _byId = requirements.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public static RequirementCatalog Default => Embedded.Value;

    /// <summary>The embedded project-owned supplement (spec/supplement.tsv), same columns as practices.tsv.</summary>
    public const string SupplementResource = "spec.supplement.tsv";

    /// <summary>The text of an embedded catalogue file (e.g. <see cref="SupplementResource"/>), for checks of its format.</summary>
    public static string EmbeddedText(string name) => Read(typeof(RequirementCatalog).Assembly, name);

    public IReadOnlyCollection<Requirement> All => _byId.Values;

    public bool Contains(string id) => _byId.ContainsKey(id);

    public Requirement Get(string id) =>
        _byId.TryGetValue(id, out var r)
            ? r
            : throw new KeyNotFoundException($"Requirement id '{id}' is not in the catalogue (spec/requirements.tsv, spec/practices.tsv, spec/supplement.tsv).");

    public static IEnumerable<Requirement> ParseTsv(string text, bool rfcFile)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 8) continue;
            // requirements.tsv: id rfc section level area testable capability summary ...
            // practices.tsv:    id source section level area testable capability summary ...
            var source = rfcFile ? "RFC " + cells[1] : cells[1];
            yield return new Requirement(cells[0], source, cells[2], cells[3], cells[4], cells[5], cells[7]);
        }
    }

    private static RequirementCatalog LoadEmbedded()
    {
        var asm = typeof(RequirementCatalog).Assembly;
        return new RequirementCatalog(
            ParseTsv(Read(asm, "spec.requirements.tsv"), rfcFile: true)
                .Concat(ParseTsv(Read(asm, "spec.practices.tsv"), rfcFile: false))
                .Concat(ParseTsv(Read(asm, SupplementResource), rfcFile: false)));
    }

    internal static string Read(Assembly asm, string name)
    {
        using var stream = asm.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from {asm.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
