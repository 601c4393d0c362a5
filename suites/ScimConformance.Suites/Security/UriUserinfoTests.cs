using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 7644 §7.1 (with RFC 7230 §2.7.1): the URIs a server places in its messages carry no userinfo.</summary>
public sealed class UriUserinfoTests : SecurityFixture
{
    private static readonly string[] UriHeaders = ["Location", "Content-Location"];

    [Test]
    [ScimTest("SEC-100", "No URI the server emits (Location, Content-Location, meta.location, $ref) carries a userinfo component", Areas.Security,
        Severity.Medium, "R7644-7.1-01", Cwe = "CWE-522",
        Remediation = "Build Location, Content-Location, meta.location and $ref from scheme, host and path only: never put user or user:password@ in a URI.")]
    public async Task Emitted_uris_carry_no_userinfo()
    {
        var created = await PostUserAsync(Run.Data.User());
        if (!Responses.Subject(created, "R7644-7.1-01", $"POST /{Endpoints.Users}")) return;
        var path = Endpoints.User(IdOf(created.Object!));
        var read = await Client.GetAsync(path);
        if (!Responses.Subject(read, "R7644-7.1-01", $"GET /{path}")) return;

        foreach (var (what, response) in new[] { ($"POST /{Endpoints.Users}", created), ($"GET /{path}", read) })
        {
            var found = UriHeaders.Select(h => (Where: h + " header", Value: response.Header(h)))
                .Concat(StringsOf(response.Json, "body"))
                .Where(u => u.Value is not null && HasUserinfo(u.Value))
                .Select(u => $"{u.Where}: {WithoutUserinfo(u.Value!)}")
                .ToArray();
            Verify.That(found.Length == 0, "R7644-7.1-01", $"{what} answered URIs with a userinfo component (user@ or user:password@): {string.Join("; ", found)}.");
        }
    }

    // The userinfo may hold a password: the report names that there is one, never what it is.
    private static string WithoutUserinfo(string value)
    {
        var uri = new Uri(value, UriKind.Absolute);
        return $"{uri.Scheme}://***@{uri.Authority}{uri.PathAndQuery}{uri.Fragment}";
    }

    private static bool HasUserinfo(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.UserInfo.Length > 0;

    /// <summary>Every string in the body with where it sits (meta.location, members[0].$ref, ...): any of them may be an emitted URI.</summary>
    private static IEnumerable<(string Where, string? Value)> StringsOf(JsonNode? node, string where) => node switch
    {
        JsonObject obj => obj.SelectMany(p => StringsOf(p.Value, where == "body" ? p.Key : $"{where}.{p.Key}")),
        JsonArray array => array.SelectMany((item, i) => StringsOf(item, $"{where}[{i}]")),
        JsonValue value when value.TryGetValue(out string? text) => [(where, text)],
        _ => [],
    };
}
