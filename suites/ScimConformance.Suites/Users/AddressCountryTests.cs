using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Suites.Schema;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §4.1.2: addresses.country holds an ISO 3166-1 alpha-2 code.</summary>
public sealed partial class AddressCountryTests : ReadBackFixture
{
    [Test]
    [ScimTest("USR-090", "addresses.country is served as an ISO 3166-1 alpha-2 code", Areas.Users, Severity.Low, "R7643-4.1.2-04",
        Remediation = "Keep addresses.country as the two-letter ISO 3166-1 alpha-2 code (\"US\"), not a three-letter code or a country name.")]
    public async Task Country_stays_alpha_2()
    {
        Verify.About("User", "addresses");
        if (Run.Discovery.Attribute(ScimUris.User, "addresses.country") is null)
            Assert.Ignore("Skipped: the User schema in /Schemas declares no addresses.country.");
        var body = Run.Data.User();
        body["addresses"] = new JsonArray(new JsonObject
        {
            ["type"] = "work", ["streetAddress"] = "100 Universal City Plaza", ["locality"] = "Hollywood",
            ["region"] = "CA", ["postalCode"] = "91608", ["country"] = "US",
        });

        if (await CreateAndReadUserAsync(body, "R7643-4.1.2-04", "addresses [{\"type\":\"work\",...,\"country\":\"US\"}]") is not { } readBack) return;
        var (path, user) = readBack;

        var countries = user.Array("addresses")?.OfType<JsonObject>().Select(a => a.Attr("country")).Where(c => c is not null).ToArray() ?? [];
        Verify.Precondition(countries.Length > 0, $"GET /{path} returned no addresses.country, so there is no code to judge (the attribute round-trip cases judge a dropped value).");
        var odd = countries.Where(c => !(c is JsonValue v && v.TryGetValue(out string? code) && Alpha2().IsMatch(code))).Select(c => c.Show()).ToArray();
        Verify.That(odd.Length == 0, "R7643-4.1.2-04",
            $"GET /{path}: sent country \"US\"; expected two-letter ISO 3166-1 alpha-2 codes, got {string.Join(", ", odd)}.");
    }

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Alpha2();
}
