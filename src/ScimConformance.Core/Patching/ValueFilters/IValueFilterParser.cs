using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching.ValueFilters;

/// <summary>
/// The seam where the shared filter oracle (Core/Filtering) can replace the private parser below:
/// an adapter implementing this interface is all PatchOracle needs.
/// </summary>
internal interface IValueFilterParser
{
    /// <exception cref="ValueFilterException">The expression is malformed or names an unknown sub-attribute.</exception>
    IValueFilter Parse(string expression, AttributeDefinition multiValuedAttribute);
}
