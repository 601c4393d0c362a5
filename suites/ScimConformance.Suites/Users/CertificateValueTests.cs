using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Schema;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §2.3.6 and §4.1.2: binary values are served as base64, and an x509Certificates value is one DER certificate.</summary>
public sealed class CertificateValueTests : ScimFixture
{
    [Test]
    [ScimTest("USR-091", "An x509Certificates value comes back as base64 of exactly one DER certificate", Areas.Users, Severity.Medium, "R7643-2.3.6-01", "R7643-4.1.2-08",
        Remediation = "Store and return each x509Certificates value as the base64 text of one DER certificate, as sent: no PEM armour, line breaks, re-encoding or chains.")]
    public async Task Certificate_round_trips_as_base64_der()
    {
        if (Run.Discovery.Attribute(ScimUris.User, "x509Certificates.value") is null)
            Assert.Ignore("Skipped: the User schema in /Schemas declares no x509Certificates.value.");
        var certificate = SelfSignedCertificate(Run.Prefix);
        var body = Run.Data.User();
        body["x509Certificates"] = new JsonArray(new JsonObject { ["value"] = certificate });

        var created = await PostUserAsync(body);
        if (!Responses.Subject(created, "R7643-4.1.2-08", $"POST /{Endpoints.Users} with one x509Certificates value")) return;
        var path = Endpoints.User(IdOf(created.Object!));
        var read = await Client.GetAsync(path);
        if (!Responses.Subject(read, "R7643-4.1.2-08", $"GET /{path} of the user created with a certificate")) return;

        var binaries = BinaryValuesOf(read.Object!).ToArray();
        var notBase64 = binaries.Select(b => (b.Path, Problem: BinaryValues.Base64Problem(b.Text))).Where(b => b.Problem is not null).ToArray();
        Verify.That(notBase64.Length == 0, "R7643-2.3.6-01",
            $"GET /{path}: attributes /Schemas declares binary must be base64; {string.Join("; ", notBase64.Select(b => $"{b.Path}: {b.Problem}"))}.");
        var values = read.Object.Array("x509Certificates")?.OfType<JsonObject>().Select(v => v.Text("value")).OfType<string>().ToArray() ?? [];
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

    /// <summary>Every string value of the user at an attribute or sub-attribute its schemas declare binary, with its path.</summary>
    private static IEnumerable<(string Path, string Text)> BinaryValuesOf(JsonObject user)
    {
        var type = Run.Discovery.ResourceType("User");
        var schemas = new[] { (Holder: (JsonObject?)user, Schema: Run.Discovery.Schema(ScimUris.User)) }
            .Concat(type?.Extensions.Select(e => (Holder: user.Attr(e.Schema) as JsonObject, Schema: Run.Discovery.Schema(e.Schema))) ?? []);
        foreach (var (holder, schema) in schemas)
        {
            if (holder is null || schema is null) continue;
            foreach (var attribute in schema.Attributes)
                foreach (var found in Binaries(attribute.Name, holder.Attr(attribute.Name), attribute))
                    yield return found;
        }
    }

    private static IEnumerable<(string Path, string Text)> Binaries(string path, JsonNode? node, AttributeDefinition attribute)
    {
        foreach (var item in node is JsonArray array ? array.ToArray() : [node])
        {
            if (attribute.Type == "binary" && item is JsonValue value && value.TryGetValue(out string? text)) yield return (path, text);
            if (item is not JsonObject complex) continue;
            foreach (var sub in attribute.SubAttributes)
                foreach (var found in Binaries($"{path}.{sub.Name}", complex.Attr(sub.Name), sub))
                    yield return found;
        }
    }
}
