namespace ScimConformance.Authoring;

/// <summary>Builds filter expressions (RFC 7644 §3.4.2.2) with string operands quoted and escaped as JSON strings.</summary>
public static class Filters
{
    public static string Eq(string attribute, string value) => $"{attribute} eq {Quote(value)}";
    public static string StartsWith(string attribute, string value) => $"{attribute} sw {Quote(value)}";

    /// <summary>The value as a filter string literal (JSON string syntax).</summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
