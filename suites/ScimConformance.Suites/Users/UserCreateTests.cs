using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7644 §3.3: what a successful POST /Users answers.</summary>
public sealed class UserCreateTests : ScimFixture
{
    [Test]
    [ScimTest("USR-001", "POST /Users answers 201 Created with the new user", Areas.Users, Severity.High, "R7644-3.3-03", "R7644-3.3-04",
        Remediation = "Answer a successful create with 201 Created and the created resource in the body.")]
    public async Task Create_answers_201()
    {
        var response = await PostUserAsync(Run.Data.User());

        Verify.That(response.Status == 201, "R7644-3.3-03", $"POST /{Endpoints.Users}: expected 201 Created, got {Describe(response)}.");
        Verify.That(response.Object.Text("id") is { Length: > 0 }, "R7644-3.3-04",
            $"expected the 201 body to hold the created user with its id, got {response.Json.Show()}.");
    }

    [Test]
    [ScimTest("USR-002", "POST /Users names the new resource in the Location header", Areas.Users, Severity.Medium, "R7644-3.3-05",
        Remediation = "Send Location: <base>/Users/<id> (the new resource's URL, not the collection's) on every 201 response to POST.")]
    public async Task Create_sends_location_header()
    {
        var response = await PostUserAsync(Run.Data.User());
        var id = IdOf(CreatedView(response, "a user"));
        var location = response.Header("Location");

        Verify.That(!string.IsNullOrWhiteSpace(location), "R7644-3.3-05",
            $"expected a Location header on {Describe(response)}, got none.");
        // A relative Location is legal HTTP: resolve it against the request before comparing it with the new resource's URL.
        var resolved = Uri.TryCreate(response.RequestUri, location, out var absolute) ? absolute.AbsoluteUri : location!;
        Verify.That(Locations.PointsAt(resolved, Endpoints.Users, id), "R7644-3.3-05",
            $"Location: expected the new user's URL (…/{Endpoints.Users}/{id}), got {location}.");
    }

    [Test]
    [ScimTest("USR-003", "The created user carries meta.location, equal to the Location header", Areas.Users, Severity.Medium, "R7644-3.3-06", "R7644-3.3-05",
        Remediation = "Set meta.location to the resource's absolute URI, the same value sent in the Location header.")]
    public async Task Create_meta_location_matches_location_header()
    {
        var response = await PostUserAsync(Run.Data.User());
        var user = CreatedView(response, "a user");
        var id = IdOf(user);
        var metaLocation = user.Text("meta.location");

        Verify.That(metaLocation is not null && Uri.TryCreate(metaLocation, UriKind.Absolute, out _), "R7644-3.3-06",
            $"expected meta.location to hold the absolute URI of the new user, got {user.At("meta.location").Show()}.");
        var location = response.Header("Location");
        if (location is not null)
        {
            // A relative Location is legal HTTP; compare both as absolute URIs.
            var resolved = new Uri(response.RequestUri, location);
            Verify.That(resolved == new Uri(metaLocation!), "R7644-3.3-06",
                $"expected meta.location to equal the Location header; Location {location}, meta.location {metaLocation}.");
        }
        else
        {
            Verify.That(Locations.PointsAt(metaLocation!, Endpoints.Users, id), "R7644-3.3-06",
                $"expected meta.location to end with /{Endpoints.Users}/{id}, got {metaLocation}.");
        }
    }

    [Test]
    [ScimTest("USR-004", "meta.resourceType of a created user is User", Areas.Users, Severity.Medium, "R7644-3.3.1-01",
        Remediation = "Set meta.resourceType to \"User\" on resources served from /Users.")]
    public async Task Create_sets_resource_type()
    {
        var user = await CreateUserAsync();

        Verify.That(user.Text("meta.resourceType") == "User", "R7644-3.3.1-01",
            $"expected meta.resourceType \"User\", got {user.At("meta.resourceType").Show()}.");
    }

    [Test]
    [ScimTest("USR-005", "meta.created and meta.lastModified are dateTimes, equal for a new user", Areas.Users, Severity.Low, "R7643-3.1-12", "R7643-3.1-13",
        Remediation = "Set meta.created and meta.lastModified to xsd:dateTime values (e.g. 2025-01-31T12:00:00Z), equal until the first change.")]
    public async Task Create_sets_created_and_last_modified()
    {
        var user = await CreateUserAsync();
        var created = user.Timestamp("meta.created");
        var lastModified = user.Timestamp("meta.lastModified");

        Verify.That(created is not null, "R7643-3.1-12", $"expected meta.created to be a dateTime, got {user.At("meta.created").Show()}.");
        Verify.That(lastModified is not null, "R7643-3.1-12", $"expected meta.lastModified to be a dateTime, got {user.At("meta.lastModified").Show()}.");
        Verify.That(created == lastModified, "R7643-3.1-13",
            $"expected meta.lastModified to equal meta.created for a user never modified; created {user.Text("meta.created")}, lastModified {user.Text("meta.lastModified")}.");
    }

    [Test]
    [ScimTest("USR-006", "The server assigns the id and ignores one sent by the client", Areas.Users, Severity.High, "R7643-3.1-07", "R7644-3.3-01",
        Remediation = "Ignore id in the POST body (it is readOnly) and always issue your own.")]
    public async Task Create_ignores_client_supplied_id()
    {
        var clientId = Run.Data.Uuid().ToString();
        var body = Run.Data.User();
        body["id"] = clientId;

        var response = await PostUserAsync(body);

        Verify.That(response.IsSuccess, "R7644-3.3-01",
            $"expected the create to succeed with the readOnly id disregarded, got {Describe(response)}.");
        var id = IdOf(response.Object!);
        Verify.That(!string.Equals(id, clientId, StringComparison.OrdinalIgnoreCase), "R7643-3.1-07",
            $"expected a server-issued id, but the server adopted the client's id {clientId}.");
    }

    [Test]
    [ScimTest("USR-007", "meta values sent by the client are ignored on create", Areas.Users, Severity.Medium, "R7643-3.1-11", "R7644-3.3-01",
        Remediation = "Ignore meta in the POST body; set created, lastModified, location and resourceType yourself.")]
    public async Task Create_ignores_client_supplied_meta()
    {
        var body = Run.Data.User();
        body["meta"] = new System.Text.Json.Nodes.JsonObject
        {
            ["created"] = "2001-02-03T04:05:06Z",
            ["lastModified"] = "2001-02-03T04:05:06Z",
        };

        var user = CreatedView(await PostUserAsync(body), "a user with client-supplied meta");

        var created = user.Timestamp("meta.created");
        Verify.That(created?.Year != 2001 && user.Timestamp("meta.lastModified")?.Year != 2001, "R7643-3.1-11",
            $"expected server-assigned meta.created/lastModified, got the client's values ({user.At("meta").Show()}).");
    }
}
