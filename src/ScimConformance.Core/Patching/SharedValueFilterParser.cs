using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Core.Patching;

/// <summary>
/// Value filters of PATCH paths evaluated by the shared filter oracle. Inside the brackets, attribute paths are
/// relative to the multi-valued attribute ("type", or "emails.type" spelled out); a simple multi-valued
/// attribute's values are named "value". Type mismatches follow the filter oracle: a comparison the RFC does not
/// make invalid (e.g. a string attribute against a number) selects nothing, which a replace or remove then
/// reports as noTarget (RFC 7644 §3.5.2.2, §3.5.2.3).
/// </summary>
internal sealed class SharedValueFilterParser : IValueFilterParser
{
    /// <summary>The evaluator resolves paths only against the filtered attribute, so the schema id is a placeholder.</summary>
    private const string Scope = "urn:scimconformance:patch:value-filter";

    public IValueFilter Parse(string expression, AttributeDefinition multiValuedAttribute)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(multiValuedAttribute);
        var relative = Relativize(FilterParser.Parse(expression), multiValuedAttribute);
        var evaluator = new FilterEvaluator((_, path) => Resolve(multiValuedAttribute, path));
        evaluator.Validate(relative, Scope);
        return new SharedValueFilter(evaluator, relative);
    }

    private static AttributeDefinition? Resolve(AttributeDefinition attribute, string name)
    {
        if (attribute.Type == "complex") return attribute.Sub(name);
        return string.Equals(name, "value", StringComparison.OrdinalIgnoreCase) ? attribute with { MultiValued = false } : null;
    }

    private static FilterNode Relativize(FilterNode node, AttributeDefinition attribute) => node switch
    {
        Comparison c => c with { Path = Relative(c.Path, attribute) },
        Presence p => p with { Path = Relative(p.Path, attribute) },
        And a => new And(Relativize(a.Left, attribute), Relativize(a.Right, attribute)),
        Or o => new Or(Relativize(o.Left, attribute), Relativize(o.Right, attribute)),
        Not n => new Not(Relativize(n.Inner, attribute)),
        _ => throw new FilterSemanticException($"A value filter of \"{attribute.Name}\" cannot contain another value filter."),
    };

    private static AttributePath Relative(AttributePath path, AttributeDefinition attribute)
    {
        if (path.SchemaUrn is not null)
            throw new FilterSemanticException($"\"{path}\" inside the value filter of \"{attribute.Name}\" must name one of its sub-attributes.");
        var name = path.SubAttribute is null ? path.Name
            : string.Equals(path.Name, attribute.Name, StringComparison.OrdinalIgnoreCase) ? path.SubAttribute
            : throw new FilterSemanticException($"\"{path}\" is not a sub-attribute of \"{attribute.Name}\".");
        if (Resolve(attribute, name) is null)
            throw new FilterSemanticException(attribute.Type == "complex"
                ? $"\"{attribute.Name}\" has no sub-attribute \"{name}\"."
                : $"Values of \"{attribute.Name}\" can only be filtered as \"value\".");
        return new AttributePath(null, name);
    }

    private sealed class SharedValueFilter(FilterEvaluator evaluator, FilterNode filter) : IValueFilter
    {
        // A simple multi-valued attribute's element is exposed as {"value": element}, as RFC 7644 §3.4.2.2 names it.
        public bool Matches(JsonNode? element) =>
            evaluator.Matches(filter, element as JsonObject ?? new JsonObject { ["value"] = element?.DeepClone() }, Scope);
    }
}
