namespace ScimConformance.Core.Scoping;

/// <summary>A string as a filter literal (RFC 7644 §3.4.2.2: JSON string syntax).</summary>
public static class FilterLiteral
{
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
