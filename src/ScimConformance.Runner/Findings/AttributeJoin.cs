namespace ScimConformance.Runner.Findings;

/// <summary>
/// Joins the findings about one attribute. A finding whose failures all name the same attribute
/// (<see cref="FailureFacts.Attribute"/>) shows that attribute mishandled under whichever section its rule keyed on (active
/// ignored read back "as the wrong type", members dropped "by PUT"); it joins the first finding that holds another failure
/// about that attribute, or, when none does, the first finding about that attribute alone. A finding that mixes attributes
/// or holds failures naming none never moves, so two such findings are never chained together through one shared attribute.
/// </summary>
internal static class AttributeJoin
{
    /// <summary>
    /// A finding that took others in: the attributes they shared, the keys of all of them (its own first), and whether it
    /// was itself about one attribute alone (else it keeps its own wording and names the attributes in its cause).
    /// </summary>
    public sealed record Joint(IReadOnlyList<string> Attributes, IReadOnlyList<string> Keys, bool Sole);

    /// <summary>Moves the members of each joining finding into the one it joins; returns the joints by the key of the one kept.</summary>
    public static IReadOnlyDictionary<string, Joint> Apply<T>(Dictionary<string, List<T>> groups, List<string> order, Func<T, string?> attributeOf)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(attributeOf);
        var sole = order.ToDictionary(key => key, key => SoleAttribute(groups[key], attributeOf), StringComparer.Ordinal);
        var joints = new Dictionary<string, Joint>(StringComparer.Ordinal);
        foreach (var key in order.ToArray())
        {
            if (sole[key] is not { } attribute) continue;
            var host = order.FirstOrDefault(k => k != key && sole[k] is null && groups[k].Any(m => Same(attributeOf(m), attribute)))
                ?? order.First(k => Same(sole[k], attribute));
            if (host == key) continue;
            groups[host].AddRange(groups[key]);
            groups.Remove(key);
            order.Remove(key);
            joints[host] = joints.TryGetValue(host, out var joint)
                ? joint with { Attributes = [.. joint.Attributes.Union([attribute], StringComparer.OrdinalIgnoreCase)], Keys = [.. joint.Keys, key] }
                : new Joint([attribute], [host, key], sole[host] is not null);
        }
        return joints;
    }

    private static string? SoleAttribute<T>(List<T> members, Func<T, string?> attributeOf)
    {
        var attributes = members.Select(attributeOf).ToArray();
        return attributes.All(a => a is not null) && attributes.Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1 ? attributes[0] : null;
    }

    // Attribute names are case-insensitive (RFC 7643 §2.1).
    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
