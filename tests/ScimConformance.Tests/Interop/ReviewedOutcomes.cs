namespace ScimConformance.Tests.Interop;

/// <summary>
/// scimmy-expected.tsv: the checks reviewed, one by one against the RFC text, as true failures (or as errors
/// where no evidence could be had) of the interop target. Columns: check id, outcome (fail or error), reason.
/// Lines starting with '#' are comments.
/// </summary>
internal sealed record ReviewedOutcome(string Id, string Outcome, string Reason)
{
    public static IReadOnlyList<ReviewedOutcome> Load(string path) =>
        File.ReadAllLines(path)
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(l => l.Line.Length > 0 && !l.Line.StartsWith('#'))
            .Select(l => Parse(l.Line, path, l.Number))
            .ToArray();

    private static ReviewedOutcome Parse(string line, string path, int number)
    {
        var columns = line.Split('\t');
        if (columns.Length != 3 || columns[1] is not ("fail" or "error") || columns[2].Trim().Length == 0)
            throw new FormatException($"{path}:{number}: expected 'id<TAB>fail|error<TAB>reason', got '{line}'.");
        return new ReviewedOutcome(columns[0], columns[1], columns[2]);
    }
}
