using ScimConformance.Core.Scoping;

namespace ScimConformance.Runner.Model;

/// <summary>
/// How the run narrowed its queries to its own data (<see cref="ScopeProbe"/>): the construct chosen, why, and each
/// construct the target refused with the request that showed it. Said once here, not by every check that queried.
/// </summary>
public sealed record ScopingSummary(string Construct, string Reason, IReadOnlyList<ScopeFinding> Refused)
{
    public static ScopingSummary Of(RunScope scope, Func<string, string> redact)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(redact);
        return new(scope.Construct, scope.Reason,
            scope.Refused.Select(f => f with { Request = redact(f.Request), Answer = redact(f.Answer) }).ToArray());
    }
}
