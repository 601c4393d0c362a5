using System.Text;
using System.Text.Json;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>
/// Lets <c>eq</c> and <c>sw</c> on userName, displayName and externalId use the indexed columns of the
/// resources table, so that an identity provider's <c>userName eq "..."</c> and a harness run's
/// <c>userName sw "scimconf-run-"</c> do not scan a large tenant.
/// <para>
/// The hint is a necessary condition ANDed before the exact JSON predicate, never a replacement: results
/// are the same with or without it. userName and displayName are caseExact=false, so their columns hold
/// the folded value (<see cref="ScimDatabase.Fold"/>) and the operand is folded the same way; externalId
/// is caseExact=true and its column holds the value as sent. SQL <c>LIKE</c> is not used for <c>sw</c>: its
/// index optimisation needs case-insensitive ASCII-only NOCASE semantics (and treats % and _ as wildcards),
/// which is not SCIM's folding. A prefix p becomes the range <c>p &lt;= column &lt; p'</c>, where p' is p with
/// its last code point incremented: the default BINARY collation compares UTF-8 bytes, which orders
/// strings by code point, so every string that starts with p lies in that range.
/// </para>
/// </summary>
internal static class IndexedColumns
{
    /// <summary>A sargable condition on an indexed column implied by the comparison, or null when none applies.</summary>
    /// <param name="unprepared">The username-unprepared defect: the literal is case-folded but not normalised to NFC.</param>
    public static string? Hint(AttributeRef reference, ComparisonFilter node, bool eqCaseSensitive, Func<object, string> parameter, bool unprepared = false)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(parameter);
        if (reference.Extension is not null || reference.SubAttribute is not null || reference.Attribute.MultiValued) return null;
        if (node.IsPresence || node.ValueIsNull || node.Operator is not ("eq" or "sw")) return null;
        if (reference.Attribute.Type != "string" || node.Value?.GetValueKind() != JsonValueKind.String) return null;

        var attribute = reference.Attribute;
        var folded = !attribute.CaseExact && !(node.Operator == "eq" && eqCaseSensitive);
        var column = attribute.Name switch
        {
            "userName" when folded => "r.user_name_folded",
            "displayName" when folded => "r.display_name_folded",
            "externalId" when attribute.CaseExact => "r.external_id",
            _ => null,
        };
        if (column is null) return null;

        var value = node.Value.GetValue<string>();
        if (folded) value = (unprepared ? ScimDatabase.FoldCase(value) : ScimDatabase.Fold(value))!;
        if (node.Operator == "eq") return $"{column} = {parameter(value)}";
        var lower = $"{column} >= {parameter(value)}";
        return UpperBound(value) is { } upper ? $"{lower} AND {column} < {parameter(upper)}" : lower;
    }

    /// <summary>The least string greater than every string that starts with the prefix; null when there is none.</summary>
    public static string? UpperBound(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var runes = prefix.EnumerateRunes().ToList();
        while (runes.Count > 0)
        {
            var last = runes[^1].Value;
            runes.RemoveAt(runes.Count - 1);
            if (last == 0x10FFFF) continue;
            var next = last + 1 == 0xD800 ? 0xE000 : last + 1;
            var builder = new StringBuilder();
            foreach (var rune in runes) builder.Append(rune.ToString());
            return builder.Append(new Rune(next).ToString()).ToString();
        }
        return null;
    }
}
