using ScimConformance.Core.Filtering;

namespace ScimConformance.Suites.Query;

/// <summary>
/// Reduces a filter on which server and oracle disagree to a smaller one that still disagrees: an and/or
/// node is replaced by either child, a not by its operand, until no one-step smaller filter disagrees.
/// </summary>
public static class FilterShrinker
{
    public static async Task<FilterNode> ShrinkAsync(FilterNode failing, Func<FilterNode, Task<bool>> stillDisagrees)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(stillDisagrees);
        var current = failing;
        var progressed = true;
        while (progressed)
        {
            progressed = false;
            foreach (var candidate in Smaller(current))
            {
                if (!await stillDisagrees(candidate)) continue;
                current = candidate;
                progressed = true;
                break;
            }
        }
        return current;
    }

    /// <summary>Every filter one removal smaller than the node: whole children first, then changes deeper down.</summary>
    public static IEnumerable<FilterNode> Smaller(FilterNode node) => node switch
    {
        And a => Binary(a.Left, a.Right, (l, r) => new And(l, r)),
        Or o => Binary(o.Left, o.Right, (l, r) => new Or(l, r)),
        Not n => [n.Inner, .. Smaller(n.Inner).Select(i => new Not(i))],
        _ => [],
    };

    private static IEnumerable<FilterNode> Binary(FilterNode left, FilterNode right, Func<FilterNode, FilterNode, FilterNode> make) =>
        [left, right, .. Smaller(left).Select(l => make(l, right)), .. Smaller(right).Select(r => make(left, r))];
}
