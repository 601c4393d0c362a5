using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.ETags;

/// <summary>RFC 7644 §3.14 and RFC 7643 §3.1: the version travels in an ETag header and in meta.version.</summary>
public sealed class ETagHeaderTests : ETagFixture
{
    [Test]
    [ScimTest("ETG-001", "GET /Groups/{id} sends an ETag header equal to meta.version", Areas.Versioning, Severity.Medium, "R7644-3.14-01", "R7643-3.1-15",
        Needs = [Capability.ETag, Capability.Groups],
        Remediation = "When etag.supported is true, send the resource version in an ETag header on every single-resource response, with the same value in meta.version.")]
    public async Task Group_read_sends_etag()
    {
        var group = await CreateGroupAsync();
        var read = await ReadAsync(Endpoints.Group(IdOf(group)));

        var etag = read.Header("ETag");
        Verify.That(!string.IsNullOrEmpty(etag), "R7644-3.14-01", "etag.supported is true, but GET of a group sent no ETag header.");
        Verify.That(read.Object.Text("meta.version") is not { } version || version == etag, "R7643-3.1-15",
            $"expected meta.version to equal the ETag header {etag}, got {read.Object.At("meta.version").Show()}.");
    }

    [Test]
    [ScimTest("ETG-002", "ETag and meta.version are entity tags; weak ones carry W/", Areas.Versioning, Severity.Low, "R7643-3.1-16",
        Needs = [Capability.ETag],
        Remediation = "Send versions as quoted entity tags (RFC 7232 §2.3): \"abc\" for a strong validator, W/\"abc\" (capital W) for a weak one.")]
    public async Task Versions_are_entity_tags()
    {
        var user = await CreateUserAsync();
        var read = await ReadAsync(Endpoints.User(IdOf(user)));
        var header = read.Header("ETag");
        var version = read.Object.Text("meta.version");
        Verify.Precondition(header is not null || version is not null, "GET of the user carried neither an ETag header nor meta.version.");

        // Strong and weak validators are both allowed (RFC 7643 §3.1); only the syntax is judged.
        foreach (var (where, value) in new[] { ("ETag header", header), ("meta.version", version) })
        {
            if (value is null) continue;
            Verify.That(IsEntityTag(value), "R7643-3.1-16",
                $"{where}: expected a quoted entity tag such as W/\"3\" or \"3\" (a weak one marked with a capital W/), got {value}.");
        }
    }

    [Test]
    [ScimTest("ETG-003", "POST answers with an ETag header equal to the new meta.version", Areas.Versioning, Severity.Low, "R7644-3.14-01", "R7643-3.1-15",
        Needs = [Capability.ETag],
        Remediation = "Send the new resource's version in an ETag header on the 201 response, with the same value in meta.version.")]
    public async Task Create_sends_etag()
    {
        var response = await PostUserAsync(Run.Data.User());
        var created = CreatedView(response, "a user");

        var etag = response.Header("ETag");
        Verify.That(!string.IsNullOrEmpty(etag), "R7644-3.14-01", $"etag.supported is true, but POST answered {Describe(response)} without an ETag header.");
        Verify.That(created.Text("meta.version") is not { } version || version == etag, "R7643-3.1-15",
            $"expected meta.version of the created user to equal the ETag header {etag}, got {created.At("meta.version").Show()}.");
    }

    [Test]
    [ScimTest("ETG-006", "Reading a resource does not change its version", Areas.Versioning, Severity.Medium, "R7644-3.14-03",
        Needs = [Capability.ETag],
        Remediation = "Derive the version from the stored state only, so that reads leave it as it is and clients can revalidate with If-None-Match.")]
    public async Task Reads_keep_the_version()
    {
        var user = await CreateUserAsync();
        var path = Endpoints.User(IdOf(user));

        var first = CurrentTag(await ReadAsync(path), "the first GET");
        var second = CurrentTag(await ReadAsync(path), "the second GET");

        Verify.That(first == second, "R7644-3.14-03", $"two GETs with no write between them answered different versions: {first}, then {second}.");
    }
}
