using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Filtering;

/// <summary>
/// The harness's own answer to "does this resource match this filter?" (RFC 7644 §3.4.2.2), used as the oracle
/// for an endpoint's filtered query results. Attribute characteristics come from discovery (or any resolver);
/// attributes it does not know are compared by the JSON kind of their value, case-insensitively for strings.
/// </summary>
public sealed class FilterEvaluator
{
    private readonly Func<string, string, AttributeDefinition?> _resolve;

    public FilterEvaluator(DiscoveryResult discovery)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        _resolve = discovery.Attribute;
    }

    /// <param name="resolve">(core schema id, attribute path as in <see cref="DiscoveryResult.Attribute"/>) to its definition, or null.</param>
    public FilterEvaluator(Func<string, string, AttributeDefinition?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        _resolve = resolve;
    }

    /// <summary>How "ne" reads on a multi-valued attribute; both readings are the RFC's (see <see cref="Filtering.NeReading"/>).</summary>
    public NeReading NeReading { get; init; } = NeReading.AnyValueDiffers;

    /// <exception cref="FilterSemanticException">The filter compares an attribute in a way RFC 7644 makes a 400 invalidFilter.</exception>
    public bool Matches(FilterNode filter, JsonObject resource, string coreSchemaId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(coreSchemaId);
        // Validated first so that the answer does not depend on the data: "a eq 1 or active gt true" is invalid even when a = 1.
        Validate(filter, coreSchemaId);
        var scope = new FilterScope(this, coreSchemaId, resource, resource, null);
        return Evaluate(filter, scope);
    }

    /// <summary>Throws <see cref="FilterSemanticException"/> when any comparison is undefined for its attribute's type.</summary>
    public void Validate(FilterNode filter, string coreSchemaId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(coreSchemaId);
        Validate(filter, new FilterScope(this, coreSchemaId, [], [], null));
    }

    internal AttributeDefinition? Resolve(string coreSchemaId, string path) => _resolve(coreSchemaId, path);

    private static void Validate(FilterNode node, FilterScope scope)
    {
        switch (node)
        {
            case Comparison c:
                FilterRules.Check(c, scope.Definition(c.Path));
                break;
            case Presence p:
                scope.Definition(p.Path);
                break;
            case And a:
                Validate(a.Left, scope);
                Validate(a.Right, scope);
                break;
            case Or o:
                Validate(o.Left, scope);
                Validate(o.Right, scope);
                break;
            case Not n:
                Validate(n.Inner, scope);
                break;
            case ValuePath v:
                Validate(v.Filter, scope.Element([], v.Path));
                break;
        }
    }

    private static bool Evaluate(FilterNode node, FilterScope scope) => node switch
    {
        Comparison c => EvaluateComparison(c, scope),
        Presence p => scope.Values(p.Path).Any(FilterValues.IsPresent),
        And a => Evaluate(a.Left, scope) && Evaluate(a.Right, scope),
        Or o => Evaluate(o.Left, scope) || Evaluate(o.Right, scope),
        Not n => !Evaluate(n.Inner, scope),
        ValuePath v => scope.Values(v.Path).Any(element => Evaluate(v.Filter, scope.Element(AsElement(element), v.Path))),
        _ => throw new ArgumentException($"Unknown filter node {node.GetType().Name}.", nameof(node)),
    };

    // A simple multi-valued attribute ("schemas[value sw ...]") exposes each element as its "value" sub-attribute.
    private static JsonObject AsElement(JsonNode element) =>
        element as JsonObject ?? new JsonObject { ["value"] = element.DeepClone() };

    // Inside a value filter the scope is one element, so only root paths can reach a multi-valued attribute.
    private static bool IsMultiValued(AttributePath path, FilterScope scope) =>
        scope.ParentPath is null && scope.Definition(path with { SubAttribute = null })?.MultiValued == true;

    private static bool EvaluateComparison(Comparison c, FilterScope scope)
    {
        var definition = scope.Definition(c.Path);
        var values = scope.Values(c.Path);
        // "emails co x": a multi-valued complex attribute without a sub-attribute compares its "value" sub-attribute (§3.4.2.2).
        if (values.Any(v => v is JsonObject))
        {
            values = values.Select(v => v is JsonObject o ? FilterValues.Member(o, "value") : v).Where(FilterValues.IsAssigned).OfType<JsonNode>().ToList();
            definition = definition?.Sub("value") ?? (definition?.Type == "complex" ? null : definition);
        }
        if (c.Value is null)
        {
            // "eq null" asks for an unassigned attribute (RFC 7643 §2.5 treats null as unassigned); "ne null" for an assigned one.
            return c.Operator == ComparisonOperator.Eq ? values.Count == 0 : c.Operator == ComparisonOperator.Ne && values.Count > 0;
        }
        if (c.Operator == ComparisonOperator.Ne && scope.Evaluator.NeReading == NeReading.NoValueEquals && IsMultiValued(c.Path, scope))
            return !values.Any(v => ValueComparer.Matches(v, ComparisonOperator.Eq, c.Value, definition?.Type ?? ValueComparer.InferType(v), definition?.CaseExact ?? false));
        // "ne" on a single-valued attribute without a value is true: the resource has no value identical to the operand,
        // which is also what "not (attr eq value)" answers. A multi-valued one "matches if any of the values" does
        // (RFC 7644 §3.4.2.2), and an empty set has no value that differs, so there "ne" is false.
        if (values.Count == 0) return c.Operator == ComparisonOperator.Ne && !IsMultiValued(c.Path, scope);
        return values.Any(v => ValueComparer.Matches(v, c.Operator, c.Value, definition?.Type ?? ValueComparer.InferType(v), definition?.CaseExact ?? false));
    }
}
