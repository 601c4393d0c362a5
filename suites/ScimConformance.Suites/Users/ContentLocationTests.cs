using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §3.1: when a response names its resource in Content-Location, meta.location says the same.</summary>
public sealed class ContentLocationTests : ScimFixture
{
    [Test]
    [ScimTest("USR-050", "meta.location equals the Content-Location header when one is sent", Areas.Users, Severity.Low, "R7643-3.1-14",
        Remediation = "Send Content-Location only with the resource's own URL, the value of its meta.location (or leave the header out).")]
    public async Task Meta_location_matches_content_location()
    {
        var user = await CreateUserAsync();
        var read = await Client.GetAsync(Endpoints.User(IdOf(user)));
        if (!Responses.Subject(read, "R7643-3.1-14", $"GET /{Endpoints.User(IdOf(user))} of the created user")) return;

        var header = read.Header("Content-Location");
        if (string.IsNullOrWhiteSpace(header))
            Assert.Ignore("Skipped: GET of a user sent no Content-Location header, so there is nothing to compare meta.location with.");
        // A relative Content-Location is legal HTTP: resolve it against the request, as RFC 9110 §8.7 says.
        var resolved = Uri.TryCreate(read.RequestUri, header, out var absolute) ? absolute.AbsoluteUri : header;
        Verify.That(string.Equals(resolved.TrimEnd('/'), read.Object.Text("meta.location")?.TrimEnd('/'), StringComparison.Ordinal), "R7643-3.1-14",
            $"GET {read.RequestUri}: Content-Location {header} but meta.location {read.Object.At("meta.location").Show()}; the two must name the same resource.");
    }
}
