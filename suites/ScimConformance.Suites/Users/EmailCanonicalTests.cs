using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Suites.Schema;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §4.1.2: the service provider canonicalises email values, e.g. bjensen@example.com rather than bjensen@EXAMPLE.COM.</summary>
public sealed class EmailCanonicalTests : ReadBackFixture
{
    [Test]
    [ScimTest("USR-093", "Email addresses are canonicalised (domain in lower case)", Areas.Users, Severity.Info, "R7643-4.1.2-01",
        Remediation = "Canonicalise email values as RFC 5321 allows: store and return the domain part in lower case (bjensen@example.com for bjensen@EXAMPLE.COM).")]
    public async Task Email_domain_is_canonicalised()
    {
        var body = Run.Data.User();
        var work = body["emails"]!.AsArray().OfType<JsonObject>().First();
        var sent = work.Text("value")!;
        var at = sent.LastIndexOf('@');
        var shouted = sent[..at] + sent[at..].ToUpperInvariant();
        work["value"] = shouted;

        if (await CreateAndReadUserAsync(body, "R7643-4.1.2-01", $"emails value \"{shouted}\"") is not { } readBack) return;
        var (path, user) = readBack;

        var value = user.Array("emails")?.OfType<JsonObject>().Select(e => e.Text("value"))
            .FirstOrDefault(v => string.Equals(v, shouted, StringComparison.OrdinalIgnoreCase));
        Verify.Precondition(value is not null, $"GET /{path} returned no email equal to \"{shouted}\" without regard to case, so its form cannot be judged (the attribute round-trip cases judge a dropped value).");
        var domain = value![(value!.LastIndexOf('@') + 1)..];
        Verify.That(string.Equals(domain, domain.ToLowerInvariant(), StringComparison.Ordinal), "R7643-4.1.2-01",
            $"GET /{path}: sent \"{shouted}\", got \"{value}\"; the domain is case-insensitive and its canonical form is lower case.");
    }
}
