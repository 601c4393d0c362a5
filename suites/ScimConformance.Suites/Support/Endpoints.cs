using ScimConformance.Core.Authoring;
using ScimConformance.Core.Run;

namespace ScimConformance.Suites.Support;

/// <summary>
/// Paths of the User and Group endpoints relative to the base URL, as /ResourceTypes advertises them.
/// Built like the paths the create helpers record in the ledger, so Forget matches what was recorded.
/// </summary>
public static class Endpoints
{
    private static ScimRun Run => ScimRun.Current ?? throw new InvalidOperationException("No SCIM run is active.");

    public static string Users => ResourceEndpoints.Of(Run.Discovery, "User");
    public static string Groups => ResourceEndpoints.Of(Run.Discovery, "Group");

    public static string User(string id) => $"{Users}/{Uri.EscapeDataString(id)}";
    public static string Group(string id) => $"{Groups}/{Uri.EscapeDataString(id)}";
}
