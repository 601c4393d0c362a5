using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7643 §5 and §7: the ServiceProviderConfig and the Schemas are read-only; a write is refused or changes nothing.</summary>
public sealed class ReadOnlyDiscoveryTests : DiscoveryFixture
{
    private const string ProbeUri = "https://example.invalid/scimconf-read-only-probe";
    private const string ProbeText = "scimconf read-only probe";

    [Test]
    [ScimTest("DSC-051", "ServiceProviderConfig and Schemas cannot be changed through the protocol", Areas.Discovery, Severity.Medium, "R7643-5-11", "R7643-7-02",
        Remediation = "Refuse PUT on /ServiceProviderConfig and /Schemas/{uri} (e.g. 405 or 501), or ignore the body: every attribute of these documents is readOnly.")]
    public async Task Discovery_documents_are_read_only()
    {
        await ProbeAsync(ServiceProviderConfigPath, "documentationUri", ProbeUri, "R7643-5-11");
        // One Schema by its URI is a MAY (R7644-4-03): without it there is no schema document to write to.
        var schemaPath = $"{SchemasPath}/{ScimUris.User}";
        if ((await GetAsync(schemaPath)).Status is 404 or 405 or 501)
            Assert.Ignore($"Skipped the Schemas half: GET /{schemaPath} is not offered; the ServiceProviderConfig was not changed by a PUT.");
        await ProbeAsync(schemaPath, "description", ProbeText, "R7643-7-02");
    }

    /// <summary>PUTs the document back with one member changed; a server that takes the change is put back as it was.</summary>
    private static async Task ProbeAsync(string path, string member, string probe, string requirement)
    {
        var original = await ReadDocumentAsync(path);
        var changed = original.DeepClone().AsObject();
        changed[member] = probe;
        // meta is the server's own (readOnly, and its location names this host): the PUT leaves it to the server.
        changed.Remove("meta");

        var put = await Client.PutAsync(path, changed);
        if (put.Status is < 200 or >= 300) return;

        var after = await ReadDocumentAsync(path);
        var taken = after.Text(member) == probe;
        var restored = taken ? await Client.PutAsync(path, original) : null;
        Verify.That(!taken, requirement,
            $"PUT /{path} with {member} = \"{probe}\" answered {Describe(put)} and a later GET shows {member} = {after.Attr(member).Show()}: the document changed "
            + (restored is { IsSuccess: true } ? "(it was put back)." : $"and putting it back answered {Describe(restored!)}; restore {member} by hand."));
    }
}
