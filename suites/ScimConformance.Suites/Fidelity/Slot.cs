using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// One attribute written by a <see cref="Workbench"/>: the value sent on create, on replace (an immutable attribute
/// keeps its first value) and on PATCH (null when the attribute is not patched: immutable, or PATCH not advertised).
/// </summary>
internal sealed record Slot(SchemaDefinition Schema, bool Core, AttributeDefinition Attribute, JsonNode Created, JsonNode Replaced, JsonNode? Patched)
{
    /// <summary>
    /// Set on create only and left out of the replacement: the password of a target whose changePassword.supported is
    /// false, which may refuse any request that carries a new one (RFC 7643 §5).
    /// </summary>
    public bool CreateOnly { get; init; }

    public string Path => Core ? Attribute.Name : Schema.Id + ":" + Attribute.Name;

    public bool Is(AttributeCase c) => string.Equals(Schema.Id, c.Schema.Id, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Attribute.Name, c.Attribute.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The value the resource holds once the workbench is done.</summary>
    public JsonNode Final => Patched ?? Replaced;
}
