using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Patch;

/// <summary>
/// Attributes a PATCH check writes, picked from what the target's /Schemas declares: RFC 7643 §4.1 and §8.7.1 let a
/// provider publish fewer User attributes than the RFC defines, and a write of one it lacks may rightly be refused
/// (400 invalidPath), so a check about PATCH semantics must not depend on one such attribute.
/// </summary>
internal static class DeclaredAttributes
{
    private static readonly string[] Preferred = ["nickName", "userType", "displayName", "title"];

    /// <summary>A writable, single-valued string attribute of User that <paramref name="user"/> lacks; skips the check when there is none.</summary>
    public static string AbsentString(DiscoveryResult discovery, JsonObject user)
    {
        var core = discovery.Schema(discovery.ResourceType("User")?.Schema ?? ScimUris.User);
        var fits = Preferred.FirstOrDefault(name => core?.Attribute(name) is { Type: "string", MultiValued: false, Mutability: "readWrite", Returned: "default" or "always" }
            && !user.Has(name));
        if (fits is null)
            Assert.Ignore($"Skipped: /Schemas declares none of {string.Join(", ", Preferred)} as a writable single-valued string of User that the new user lacks, so there is no attribute this check may write.");
        return fits!;
    }
}
