using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Filtering;

/// <summary>
/// Where attribute paths are resolved: the resource itself, or one element of a multi-valued attribute inside a
/// value filter ("emails[type eq ...]"), whose paths are relative to that attribute.
/// </summary>
internal sealed record FilterScope(FilterEvaluator Evaluator, string CoreSchemaId, JsonObject Resource, JsonObject Node, string? ParentPath)
{
    public FilterScope Element(JsonObject element, AttributePath attribute) =>
        this with { Node = element, ParentPath = ParentPath is null ? attribute.ToString() : ParentPath + "." + attribute.Relative };

    public AttributeDefinition? Definition(AttributePath path)
    {
        if (ParentPath is not null)
        {
            if (path.SchemaUrn is not null)
                throw new FilterSemanticException($"'{path}' inside a value filter must be relative to the attribute before '['.");
            var parent = FilterParser.ParsePath(ParentPath);
            var attribute = Evaluator.Resolve(CoreSchemaId, ParentPath + "." + path.Name)
                ?? (IsCore(parent) && parent.SubAttribute is null ? CommonAttributes.Find(parent with { SubAttribute = path.Name }) : null);
            return path.SubAttribute is null ? attribute : attribute?.Sub(path.SubAttribute);
        }
        return Evaluator.Resolve(CoreSchemaId, path.ToString())
            ?? (IsCore(path) ? CommonAttributes.Find(path) : null);
    }

    public List<JsonNode> Values(AttributePath path)
    {
        if (ParentPath is not null || IsCore(path)) return FilterValues.Select(Node, path);
        // Extension attributes live in an object keyed by the extension's schema URN (RFC 7643 §3.3).
        return FilterValues.Member(Resource, path.SchemaUrn!) is JsonObject extension ? FilterValues.Select(extension, path) : [];
    }

    private bool IsCore(AttributePath path) =>
        path.SchemaUrn is null || string.Equals(path.SchemaUrn, CoreSchemaId, StringComparison.OrdinalIgnoreCase);
}
