using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §2.4 with RFC 7644 §3.13: a resource URI with and without the version segment names the same resource.</summary>
public sealed partial class UnversionedUriTests : ScimFixture
{
    [Test]
    [ScimTest("USR-121", "A user's URI without the version segment names the same user", Areas.Users, Severity.Low, "R7643-2.4-04",
        Remediation = "Serve /Users/{id} without the version segment as the most recent version (RFC 7644 §3.13): the same user as /v2/Users/{id}.")]
    public async Task Unversioned_uri_names_the_same_user()
    {
        if (!VersionSegment().IsMatch(Run.Settings.BaseUrl.AbsolutePath))
            Assert.Ignore($"Skipped: the base URL {Run.Settings.BaseUrl} has no version segment, so there is no second form of a resource URI to compare.");
        var user = await CreateUserAsync();
        var id = IdOf(user);

        var response = await Client.GetAsync("../" + Endpoints.User(id));

        if (response.Status is 404 or 405 or 501)
        {
            // The consequence sets the level: RFC 7644 §3.13 asks only with a SHOULD that a request without the version be
            // served (as the most recent version), so an unversioned URI that is not served warns; one that is served and
            // names another resource fails the MUST.
            Verify.Should(false, "R7643-2.4-04",
                $"GET {response.RequestUri} answered {Describe(response)}: the user {id} is served at its versioned URI only, so a client holding the URI without the version cannot reach it.");
            return;
        }
        if (response.Status is >= 300 and < 400 && response.Header("Location") is { } location
            && Uri.TryCreate(response.RequestUri, location, out var target) && Locations.PointsAt(target.AbsoluteUri, Endpoints.Users, id))
        {
            Assert.Pass($"GET {response.RequestUri} redirects to {location}, the same user's versioned URI.");
            return;
        }
        if (!Responses.Subject(response, "R7643-2.4-04", $"GET {response.RequestUri} (the user's URI without the version segment)")) return;
        Verify.That(response.Object.Text("id") == id && string.Equals(response.Object.Text("userName"), UserNameOf(user), StringComparison.OrdinalIgnoreCase),
            "R7643-2.4-04",
            $"GET {response.RequestUri} answered another resource than the user {id} ({UserNameOf(user)}): id {response.Object.At("id").Show()}, userName {response.Object.At("userName").Show()}.");
    }

    [GeneratedRegex(@"/v\d+/?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSegment();
}
