using System.Text.Json.Nodes;

namespace ScimConformance.Core.Patching.ValueFilters;

internal sealed record AndFilter(IValueFilter Left, IValueFilter Right) : IValueFilter
{
    public bool Matches(JsonNode? element) => Left.Matches(element) && Right.Matches(element);
}

internal sealed record OrFilter(IValueFilter Left, IValueFilter Right) : IValueFilter
{
    public bool Matches(JsonNode? element) => Left.Matches(element) || Right.Matches(element);
}

internal sealed record NotFilter(IValueFilter Inner) : IValueFilter
{
    public bool Matches(JsonNode? element) => !Inner.Matches(element);
}
