using System.Globalization;
using System.Text.RegularExpressions;

namespace ScimConformance.Core.Catalog;

/// <summary>
/// Where a person reads a requirement: the RFC section on rfc-editor.org (requirements.tsv and the RFC-based practices),
/// or the OWASP API Security Top 10 (2023) page. Null for sources without a public page (the provisioning practices).
/// </summary>
public static partial class RequirementLink
{
    public static Uri? For(Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        if (RfcNumber().Match(requirement.Source) is { Success: true } rfc)
        {
            var section = Section().Match(requirement.Section);
            var anchor = section.Success ? "#section-" + section.Value : "";
            return new Uri($"https://www.rfc-editor.org/rfc/rfc{rfc.Groups[1].Value}{anchor}");
        }
        if (requirement.Source.StartsWith("OWASP API Security Top 10 (2023)", StringComparison.Ordinal) && OwaspRisk().Match(requirement.Section) is { Success: true } owasp)
        {
            var number = int.Parse(owasp.Groups[1].Value, CultureInfo.InvariantCulture);
            var slug = string.Join('-', owasp.Groups[2].Value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            return new Uri($"https://owasp.org/API-Security/editions/2023/en/0xa{number:x}-{slug}/");
        }
        return null;
    }

    [GeneratedRegex(@"^RFC (\d+)")]
    private static partial Regex RfcNumber();

    // The first section named ("2.3 / 5.3" links 2.3); sections that are words ("per provider") have no anchor.
    [GeneratedRegex(@"^\d+(\.\d+)*")]
    private static partial Regex Section();

    [GeneratedRegex(@"^API(\d+) ([A-Za-z ]+)$")]
    private static partial Regex OwaspRisk();
}
