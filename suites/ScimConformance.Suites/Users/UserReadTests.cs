using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7644 §3.4.1 and §3.8: reading a user by id.</summary>
public sealed class UserReadTests : ScimFixture
{
    private static readonly string[] ComparedAttributes =
        ["id", "userName", "externalId", "displayName", "name.givenName", "name.familyName", "active", "meta.created", "meta.location"];

    [Test]
    [ScimTest("USR-012", "GET /Users/{id} answers 200 with the user as POST returned it", Areas.Users, Severity.High, "R7644-3.4.1-01", "R7643-3.1-06",
        Remediation = "Serve GET /Users/{id} with 200 and the same attribute values the create response showed.")]
    public async Task Read_matches_create_view()
    {
        var created = await CreateUserAsync();
        var id = IdOf(created);

        var response = await Client.GetAsync(Endpoints.User(id));

        Verify.That(response.Status == 200 && response.Object is not null, "R7644-3.4.1-01",
            $"GET /{Endpoints.User(id)}: expected 200 with the user, got {Describe(response)}.");
        var read = response.Object!;
        var differences = ComparedAttributes
            .Where(path => created.At(path)?.ToJsonString() != read.At(path)?.ToJsonString())
            .Select(path => $"{path}: POST {created.At(path).Show()}, GET {read.At(path).Show()}")
            .ToArray();
        Verify.That(differences.Length == 0, "R7643-3.1-06",
            $"expected GET to show the user as POST returned it; differences: {string.Join("; ", differences)}.");
        var emailsCreated = created.Values("emails").Order(StringComparer.OrdinalIgnoreCase);
        var emailsRead = read.Values("emails").Order(StringComparer.OrdinalIgnoreCase);
        Verify.That(emailsCreated.SequenceEqual(emailsRead, StringComparer.OrdinalIgnoreCase), "R7643-3.1-06",
            $"emails: POST showed {string.Join(", ", emailsCreated)}, GET shows {string.Join(", ", emailsRead)}.");
    }

    [Test]
    [ScimTest("USR-013", "Users are served as application/scim+json", Areas.Users, Severity.Low, "R7644-3.8-03", "R7644-8.1-01",
        Remediation = "Send Content-Type: application/scim+json on resource responses when the client accepts it.")]
    public async Task Read_uses_the_scim_media_type()
    {
        var user = await CreateUserAsync();

        var response = await Client.GetAsync(Endpoints.User(IdOf(user)));

        Verify.Precondition(response.Status == 200, $"GET of the created user answered {response.Status}.");
        Verify.That(response.MediaType == ScimUris.MediaType, "R7644-3.8-03",
            $"GET with Accept: {ScimUris.MediaType}: expected Content-Type {ScimUris.MediaType}, got {response.Header("Content-Type") ?? "(none)"}.");
    }

    [Test]
    [ScimTest("USR-014", "Requests with Accept: application/json are served", Areas.Users, Severity.Low, "R7644-3.8-04",
        Remediation = "Serve clients that send Accept: application/json exactly like those that send application/scim+json.")]
    public async Task Read_serves_accept_application_json()
    {
        var user = await CreateUserAsync();

        var response = await Client.SendAsync(new ScimRequest(HttpMethod.Get, Endpoints.User(IdOf(user)))
        {
            Headers = [new("Accept", "application/json")],
        });

        Verify.That(response.Status == 200 && response.Object.Text("id") == IdOf(user), "R7644-3.8-04",
            $"GET with Accept: application/json: expected 200 with the user, got {Describe(response)}.");
    }

    [Test]
    [ScimTest("USR-015", "meta.version of a user equals its ETag header", Areas.Users, Severity.Low, "R7643-3.1-15", "R7644-3.14-01", "R7644-3.14-02",
        Needs = [Capability.ETag],
        Remediation = "Send the resource version in an ETag header and the same value in meta.version.")]
    public async Task Read_sends_etag_equal_to_meta_version()
    {
        var user = await CreateUserAsync();

        var response = await Client.GetAsync(Endpoints.User(IdOf(user)));

        Verify.Precondition(response.Status == 200, $"GET of the created user answered {response.Status}.");
        var etag = response.Header("ETag");
        Verify.That(!string.IsNullOrEmpty(etag), "R7644-3.14-01", "etag.supported is true, but GET sent no ETag header.");
        Verify.That(response.Object.Text("meta.version") == etag, "R7643-3.1-15",
            $"expected meta.version to equal the ETag header {etag}, got {response.Object.At("meta.version").Show()}.");
    }
}
