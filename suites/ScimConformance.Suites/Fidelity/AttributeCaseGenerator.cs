using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// Turns the target's /ResourceTypes and /Schemas into attribute cases: for every resource type, its core schema
/// and each extension it declares, every attribute gets the aspects its declared characteristics call for (RFC 7643
/// §2.2, §7). Only declared characteristics become cases; whether a case can be observed (PATCH advertised, a value
/// of an unknown type) is decided when it runs, with the reason. Pure: the unit tests feed it canned documents.
/// </summary>
public static class AttributeCaseGenerator
{
    // Common attributes (RFC 7643 §3.1) some targets also declare in a schema: other checks own them.
    private static readonly HashSet<string> Common = new(["id", "meta", "schemas"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<AttributeCase> Generate(DiscoveryResult discovery)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        var cases = new List<AttributeCase>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resourceType in discovery.ResourceTypes)
        {
            var schemaIds = new[] { resourceType.Schema }.Concat(resourceType.Extensions.Select(e => e.Schema));
            foreach (var schema in schemaIds.Select(discovery.Schema).OfType<SchemaDefinition>().DistinctBy(s => s.Id, StringComparer.OrdinalIgnoreCase))
            {
                var core = string.Equals(schema.Id, resourceType.Schema, StringComparison.OrdinalIgnoreCase);
                // A schema that declares one name twice is read by its first declaration, as a lookup by name finds it.
                foreach (var attribute in schema.Attributes.Where(a => a.Name.Length > 0 && !(core && Common.Contains(a.Name)))
                             .DistinctBy(a => a.Name, StringComparer.OrdinalIgnoreCase))
                {
                    foreach (var (sub, aspect) in AspectsOf(attribute))
                    {
                        var draft = new AttributeCase("", resourceType, schema, attribute, sub, aspect);
                        var id = AttributeCaseIds.Of(draft);
                        if (ids.Add(id)) cases.Add(draft with { Id = id });
                    }
                }
            }
        }
        return cases;
    }

    /// <summary>Whether the attribute's value holds the id of another resource: members, manager, a $ref typed with resource types.</summary>
    internal static bool PointsAtResources(AttributeDefinition a) =>
        a.Sub("$ref") is { } reference && reference.ReferenceTypes.Any(t => t is not ("external" or "uri"));

    private static IEnumerable<(AttributeDefinition? Sub, AttributeAspect Aspect)> AspectsOf(AttributeDefinition a)
    {
        var writable = a.Mutability is "readWrite" or "immutable" or "writeOnly";
        var readable = a.Mutability is "readWrite" or "immutable" && a.Returned != "never";
        var simple = a.Type != "complex";

        if (readable) yield return (null, AttributeAspect.RoundTrip);
        if (a.Mutability == "readOnly") yield return (null, AttributeAspect.ReadOnlyIgnored);
        if (a.Mutability == "immutable") yield return (null, AttributeAspect.Immutable);
        if (writable && (a.Mutability == "writeOnly" || a.Returned == "never")) yield return (null, AttributeAspect.NeverReturned);
        if (a.Mutability != "writeOnly")
        {
            switch (a.Returned)
            {
                case "always": yield return (null, AttributeAspect.ReturnedAlways); break;
                case "default": yield return (null, AttributeAspect.ReturnedDefault); break;
                case "request": yield return (null, AttributeAspect.ReturnedRequest); break;
            }
        }
        if (writable && simple && !a.MultiValued && a.Uniqueness is "server" or "global") yield return (null, AttributeAspect.Uniqueness);
        if (readable && a.Type == "string") yield return (null, AttributeAspect.CaseExact);
        if (writable && a.Required) yield return (null, AttributeAspect.Required);
        if (writable && a.Type == "string" && a.CanonicalValues.Count > 0) yield return (null, AttributeAspect.Canonical);
        if (writable && !simple)
            // The type of a value that points at a resource (members.type: User or Group) states what the value is, so the
            // server may set it from the resource itself; a value outside the list says nothing about its canonicalValues.
            foreach (var sub in a.SubAttributes.Where(s => s.Type == "string" && s.CanonicalValues.Count > 0 && s.Mutability is not "readOnly")
                         .Where(s => !(s.Name == "type" && PointsAtResources(a))))
                yield return (sub, AttributeAspect.Canonical);
    }
}
