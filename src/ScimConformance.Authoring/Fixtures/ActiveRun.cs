using ScimConformance.Core.Run;

namespace ScimConformance.Authoring;

/// <summary>The run the checks use, with the one message that says how to start one when there is none.</summary>
internal static class ActiveRun
{
    public static ScimRun Current => ScimRun.Current
        ?? throw new InvalidOperationException("No SCIM run is active: start one with `scimconf run`, or pass the test parameters (baseUrl, tokenEnv or referenceServer=inprocess) to dotnet test.");
}
