using System.Text.RegularExpressions;

namespace ScimConformance.Core.Catalog;

/// <summary>Where a person reads a CWE a check maps to: its page on cwe.mitre.org; null for anything not of the form "CWE-123".</summary>
public static partial class WeaknessLink
{
    public static Uri? For(string? cwe) =>
        cwe is not null && CweId().Match(cwe.Trim()) is { Success: true } m
            ? new Uri($"https://cwe.mitre.org/data/definitions/{m.Groups[1].Value}.html")
            : null;

    [GeneratedRegex(@"^CWE-(\d{1,5})$", RegexOptions.IgnoreCase)]
    private static partial Regex CweId();
}
