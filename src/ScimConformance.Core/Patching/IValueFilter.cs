using System.Text.Json.Nodes;

namespace ScimConformance.Core.Patching;

/// <summary>Selects values of a multi-valued attribute (the bracketed part of a PATCH valuePath).</summary>
internal interface IValueFilter
{
    /// <param name="element">One value of the multi-valued attribute: an object for complex attributes, a primitive otherwise.</param>
    bool Matches(JsonNode? element);
}
