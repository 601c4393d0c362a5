using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Core.Patching;

/// <summary>
/// The seam between PATCH paths and filter evaluation: turns the bracketed part of a valuePath
/// ("emails[type eq "work"]") into a selector of values. <see cref="SharedValueFilterParser"/> implements it
/// with the shared filter oracle (Core/Filtering), so PATCH and query filters select values alike.
/// </summary>
internal interface IValueFilterParser
{
    /// <exception cref="FilterParseException">The expression breaks the filter grammar (RFC 7644 §3.4.2.2, Figure 1).</exception>
    /// <exception cref="FilterSemanticException">It names an unknown sub-attribute or compares one in a way the RFC makes invalid.</exception>
    IValueFilter Parse(string expression, AttributeDefinition multiValuedAttribute);
}
