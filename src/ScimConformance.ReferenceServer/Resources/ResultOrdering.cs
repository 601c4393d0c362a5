using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// sortBy / sortOrder (RFC 7644 section 3.4.2.3): the key is the attribute's value, the primary (else the first)
/// value of a multi-valued attribute; strings compare without case unless caseExact, dateTimes as instants.
/// Resources without a value sort last when ascending; descending is the exact reverse, so they come first.
/// Ties keep the storage order (a stable sort).
/// </summary>
internal static class ResultOrdering
{
    public sealed record Candidate(ResourceKind Kind, JsonObject Stored);

    /// <summary>A sortBy naming no attribute of the resource type is a 400; checked before anything is read when results exist.</summary>
    public static void RequireAttribute(ResourceKind kind, string sortBy)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (AttributeResolver.Resolve(kind, sortBy) is null)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidValue, $"sortBy \"{sortBy}\" names no attribute of the {kind.Name} resource type.");
        }
    }

    /// <param name="strict">For one resource type: a sortBy naming no attribute is a 400. Across types it is a missing value.</param>
    /// <param name="missingFirst">The sort-missing-first defect: resources without a value lead an ascending sort.</param>
    public static IReadOnlyList<Candidate> Sort(IReadOnlyList<Candidate> candidates, string sortBy, bool descending, bool strict, bool missingFirst = false)
    {
        if (strict && candidates.Count > 0) RequireAttribute(candidates[0].Kind, sortBy);

        var keyed = candidates.Select(c => (Candidate: c, Key: KeyOf(c, sortBy))).ToArray();
        var comparer = new KeyComparer(missingFirst);
        var sorted = descending ? keyed.OrderByDescending(k => k.Key, comparer) : keyed.OrderBy(k => k.Key, comparer);
        return sorted.Select(k => k.Candidate).ToArray();
    }

    private static SortKey? KeyOf(Candidate candidate, string sortBy)
    {
        if (AttributeResolver.Resolve(candidate.Kind, sortBy) is not { } reference)
        {
            return null;
        }

        var holder = reference.Extension is null ? candidate.Stored : candidate.Stored[reference.Extension.Id] as JsonObject;
        var value = holder.Member(reference.Attribute.Name);
        if (reference.Attribute.MultiValued && value is JsonArray values)
        {
            value = values.OfType<JsonObject>().FirstOrDefault(v => v.Member("primary") is JsonValue p && p.GetValueKind() == JsonValueKind.True)
                ?? values.FirstOrDefault();
        }

        var target = reference.Target;
        if (reference.Attribute.IsComplex)
        {
            target = reference.SubAttribute ?? reference.Attribute.FindSub("value");
            value = target is null ? null : (value as JsonObject).Member(target.Name);
        }

        return target is null || value is not JsonValue scalar ? null : Key(scalar, target);
    }

    private static SortKey? Key(JsonValue value, SchemaAttribute attribute)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.True or JsonValueKind.False:
                return new SortKey(1, value.GetValueKind() == JsonValueKind.True ? 1m : 0m, null);
            case JsonValueKind.Number:
                return new SortKey(2, value.GetValue<decimal>(), null);
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                if (attribute.Type == "dateTime" && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
                {
                    return new SortKey(3, instant.UtcTicks, null);
                }

                return text.Length == 0 ? null : new SortKey(4, 0m, attribute.CaseExact ? text : ScimDatabase.Fold(text));
            default:
                return null;
        }
    }

    private sealed record SortKey(int Type, decimal Number, string? Text);

    private sealed class KeyComparer(bool missingFirst) : IComparer<SortKey?>
    {
        public int Compare(SortKey? x, SortKey? y)
        {
            if (x is null || y is null)
            {
                var missing = (x is null ? 1 : 0) - (y is null ? 1 : 0);
                return missingFirst ? -missing : missing;
            }

            if (x.Type != y.Type)
            {
                return x.Type.CompareTo(y.Type);
            }

            return x.Text is not null ? string.CompareOrdinal(x.Text, y.Text) : x.Number.CompareTo(y.Number);
        }
    }
}
