using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.ETags;

/// <summary>
/// Helpers of the versioning checks (RFC 7644 §3.14): reading a resource's current version, sending
/// conditional requests, and an entity tag that names no version the server ever issued.
/// </summary>
public abstract partial class ETagFixture : ScimFixture
{
    /// <summary>A syntactically valid entity tag (RFC 7232 §2.3) that no server issued, so it is never current.</summary>
    protected static string StaleTag() => $"W/\"scimconf-stale-{Run.Data.Token(32)}\"";

    /// <summary>The version the server reports: the ETag header, else meta.version; absent means the check cannot run.</summary>
    protected static string CurrentTag(ScimResponse response, string what)
    {
        var tag = response.Header("ETag") ?? response.Object.Text("meta.version");
        Verify.Precondition(!string.IsNullOrEmpty(tag), $"{what} carried neither an ETag header nor meta.version ({Describe(response)}).");
        return tag!;
    }

    /// <summary>GETs a resource the test created; anything but 200 means the harness cannot decide.</summary>
    protected static async Task<ScimResponse> ReadAsync(string path)
    {
        var read = await Client.GetAsync(path);
        Responses.SetUp(read, $"GET /{path} (reading the resource the check created)");
        Verify.Precondition(read.Object is not null, $"GET /{path} answered {Describe(read)} without a JSON body.");
        return read;
    }

    protected static Task<ScimResponse> SendAsync(HttpMethod method, string path, JsonNode? body, string header, string tag) =>
        Client.SendAsync(new ScimRequest(method, path) { Json = body, Headers = [new(header, tag)] });

    /// <summary>A PatchOp that replaces the user's displayName.</summary>
    protected static JsonObject RenamePatch(string displayName) => new()
    {
        ["schemas"] = new JsonArray(ScimUris.PatchOp),
        ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = displayName }),
    };

    /// <summary>A PUT body for the user with a new displayName, built from the server's own view.</summary>
    protected static JsonObject Renamed(JsonObject view, string displayName)
    {
        var replacement = Replacements.Of(view);
        replacement["displayName"] = displayName;
        return replacement;
    }

    protected static string NewDisplayName() => Run.Prefix + "renamed " + Run.Data.Token(8);

    /// <summary>entity-tag = [ weak ] opaque-tag (RFC 7232 §2.3); the weak indicator is the case-sensitive "W/".</summary>
    protected static bool IsEntityTag(string value) => EntityTagSyntax().IsMatch(value);

    [GeneratedRegex("^(W/)?\"[\\x21\\x23-\\x7E\\x80-\\uFFFF]*\"$", RegexOptions.CultureInvariant)]
    private static partial Regex EntityTagSyntax();
}
