using NUnit.Framework.Interfaces;
using ScimConformance.Core.Authoring;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Model.Compatibility;

namespace ScimConformance.Runner.Execution;

/// <summary>Reads the metadata <see cref="ScimTestAttribute"/> stored as NUnit properties back into a descriptor.</summary>
public static class TestDescriptorReader
{
    /// <summary>Null for a suite node or an ordinary NUnit test that is not a conformance check.</summary>
    public static TestDescriptor? Read(ITest test)
    {
        if (test.IsSuite) return null;
        var id = Single(test, TestProperties.Id);
        if (string.IsNullOrEmpty(id)) return null;
        return new TestDescriptor
        {
            Id = id,
            Title = Single(test, TestProperties.Title) ?? test.Name,
            Area = Single(test, TestProperties.Area) ?? "",
            Severity = ParseSeverity(Single(test, TestProperties.Severity)),
            Requirements = Many(test, TestProperties.Requirement),
            Needs = Many(test, TestProperties.Needs),
            Remediation = Single(test, TestProperties.Remediation) ?? "",
            Cwe = NullIfEmpty(Single(test, TestProperties.Cwe)),
            FullName = test.FullName,
            Provider = NullIfEmpty(Single(test, TestProperties.Provider)),
            Step = NullIfEmpty(Single(test, TestProperties.Step)),
            Confidence = ParseConfidence(Single(test, TestProperties.Confidence)),
        };
    }

    /// <summary>Every conformance check under a node of the NUnit tree, in tree order.</summary>
    public static IEnumerable<(ITest Test, TestDescriptor Descriptor)> Leaves(ITest root)
    {
        if (!root.IsSuite)
        {
            var descriptor = Read(root);
            if (descriptor is not null) yield return (root, descriptor);
            yield break;
        }
        foreach (var child in root.Tests)
            foreach (var leaf in Leaves(child))
                yield return leaf;
    }

    public static bool IsCheck(ITest test) => !test.IsSuite && !string.IsNullOrEmpty(Single(test, TestProperties.Id));

    internal static string? Single(ITest test, string name) =>
        test.Properties.ContainsKey(name) ? test.Properties.Get(name)?.ToString() : null;

    private static string[] Many(ITest test, string name) =>
        test.Properties.ContainsKey(name) ? test.Properties[name].Cast<object>().Select(v => v.ToString() ?? "").ToArray() : [];

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // An unknown word is treated as absent: the matrix then counts the step as high confidence, the cautious reading.
    private static StepConfidence? ParseConfidence(string? text) =>
        Enum.TryParse<StepConfidence>(text, ignoreCase: true, out var confidence) && Enum.IsDefined(confidence) ? confidence : null;

    private static Severity ParseSeverity(string? text) =>
        Enum.TryParse<Severity>(text, ignoreCase: true, out var severity) ? severity : Severity.Medium;
}
