using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Schema;
using ScimConformance.Suites.Schema;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §2.3.6 and §4.1.2: binary values are served as base64, and an x509Certificates value is one DER certificate.</summary>
public sealed class CertificateValueTests : ReadBackFixture
{
    [Test]
    [ScimTest("USR-091", "An x509Certificates value comes back as base64 of exactly one DER certificate", Areas.Users, Severity.Medium, "R7643-2.3.6-01", "R7643-4.1.2-08",
        Remediation = "Store and return each x509Certificates value as the base64 text of one DER certificate, as sent: no PEM armour, line breaks, re-encoding or chains.")]
    public async Task Certificate_round_trips_as_base64_der()
    {
        Verify.About("User", "x509Certificates");
        if (Run.Discovery.Attribute(ScimUris.User, "x509Certificates.value") is null)
            Assert.Ignore("Skipped: the User schema in /Schemas declares no x509Certificates.value.");
        var certificate = SelfSignedCertificate(Run.Prefix);
        var body = Run.Data.User();
        body["x509Certificates"] = new JsonArray(new JsonObject { ["value"] = certificate });

        if (await CreateAndReadUserAsync(body, "R7643-4.1.2-08", "one x509Certificates value") is not { } readBack) return;
        var (path, user) = readBack;

        var notBase64 = DeclaredValues.OfType(Run.Discovery, "User", user, "binary")
            .Select(b => (b.Path, Problem: b.Value is JsonValue v && v.TryGetValue(out string? text) ? BinaryValues.Base64Problem(text) : $"{b.Value.Show()} is not a string"))
            .Where(b => b.Problem is not null).ToArray();
        Verify.That(notBase64.Length == 0, "R7643-2.3.6-01",
            $"GET /{path}: attributes /Schemas declares binary must be base64; {string.Join("; ", notBase64.Select(b => $"{b.Path}: {b.Problem}"))}.");
        var values = user.Array("x509Certificates")?.OfType<JsonObject>().Select(v => v.Text("value")).OfType<string>().ToArray() ?? [];
        Verify.Precondition(values.Length > 0, $"GET /{path} returned no x509Certificates value, so there is no certificate to judge (the attribute round-trip cases judge a dropped value).");
        var problems = values.Select(BinaryValues.CertificateProblem).OfType<string>().ToArray();
        Verify.That(problems.Length == 0, "R7643-4.1.2-08",
            $"GET /{path}: each x509Certificates value must be one base64 DER certificate; {string.Join("; ", problems)}.");
    }

    /// <summary>A throwaway self-signed certificate (made at run time, never stored) as base64 DER.</summary>
    private static string SelfSignedCertificate(string prefix)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={prefix}certificate", key, HashAlgorithmName.SHA256);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        return Convert.ToBase64String(certificate.RawData);
    }
}
