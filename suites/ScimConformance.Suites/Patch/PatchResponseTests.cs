using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Patching;
using static ScimConformance.Suites.Patch.PatchRequests;

namespace ScimConformance.Suites.Patch;

/// <summary>RFC 7644 §3.5.2: the answer to a PATCH, atomicity, operation order, and meta.lastModified.</summary>
public sealed class PatchResponseTests : PatchFixture
{
    [Test]
    [ScimTest("PAT-001", "A successful PATCH answers 200 with the resource or 204 No Content", Areas.Patch, Severity.High,
        "R7644-3.5.2-10", "R7644-3.1-03", Needs = [Capability.Patch],
        Remediation = "Answer a successful PATCH with 200 and the whole resource as now stored, or with 204 and no body.")]
    public async Task Successful_patch_answer()
    {
        var (id, _) = await NewUserAsync();
        var exchange = await PatchAsync(Endpoints.User(id), Replace("displayName", Run.Prefix + "patched display"));

        var after = Accepted(exchange, "PATCH replace displayName");
        if (exchange.Answer == PatchAnswer.Resource)
        {
            var difference = PatchComparison.Difference(exchange.Response.Object!, after, Ignored(User));
            Verify.That(difference is null, "R7644-3.1-03",
                () => $"the 200 body of the PATCH is not the resource as stored (GET afterwards): {difference}");
        }
    }

    [Test]
    [ScimTest("PAT-002", "PATCH with the attributes parameter answers 200 with a body", Areas.Patch, Severity.Low,
        "R7644-3.5.2-11", Needs = [Capability.Patch],
        Remediation = "When a PATCH request carries ?attributes=, answer 200 with the requested attributes of the patched resource.")]
    public async Task Patch_with_attributes_returns_body()
    {
        var (id, _) = await NewUserAsync();
        var request = new Core.Http.ScimRequest(HttpMethod.Patch, Endpoints.User(id))
        {
            Json = Replace("displayName", Run.Prefix + "projected"),
            Query = [new("attributes", "displayName")],
        };
        var response = await Client.SendAsync(request);

        Verify.That(response.Status == 200 && response.Object.Text("id") == id, "R7644-3.5.2-11",
            $"PATCH ?attributes=displayName answered {Describe(response)} ({Excerpt(response.Body)}); expected 200 with the resource's requested attributes.");
    }

    [Test]
    [ScimTest("PAT-003", "A PATCH with one failing operation changes nothing", Areas.Patch, Severity.High,
        "R7644-3.5.2-08", "R7644-3.5.2-09", Needs = [Capability.Patch],
        Remediation = "Apply PATCH operations atomically: validate and apply all of them on a copy and store nothing when any fails.")]
    public async Task Patch_is_atomic()
    {
        var (id, before) = await NewUserAsync();
        var request = Of(
            Op("replace", "displayName", Run.Prefix + "must not stick"),
            Op("replace", "emails[type eq \"scimconfnone\"].value", "x@example.net"));

        var exchange = await PatchAsync(Endpoints.User(id), request);
        var after = await ReadAsync(Endpoints.User(id));

        Verify.That(exchange.Response.Status is >= 400 and < 500, "R7644-3.5.2-09",
            $"a PATCH whose second operation's value filter matches nothing (400 noTarget, RFC 7644 §3.5.2.3) answered {Describe(exchange.Response)}; expected a 4xx error.");
        var difference = PatchComparison.Difference(before, after, Ignored(User));
        Verify.That(difference is null, "R7644-3.5.2-08",
            () => $"after the refused PATCH {request.ToJsonString()} the resource changed: {difference}");
    }

    [Test]
    [ScimTest("PAT-004", "Operations apply in order, each on the result of the one before", Areas.Patch, Severity.Medium,
        "R7644-3.5.2-06", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "Apply the Operations array in order; a remove followed by an add of the same attribute leaves the added value.")]
    public async Task Operations_apply_in_order()
    {
        var (id, before) = await NewUserAsync();
        var request = Of(Op("remove", "title"), Op("add", "title", Run.Prefix + "second title"));
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, request, "R7644-3.5.2-06", "remove then add title");
    }

    [Test]
    [ScimTest("PAT-005", "meta.lastModified moves forward when a PATCH changes the resource", Areas.Patch, Severity.Low,
        "R7643-3.1-13", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "Set meta.lastModified to the time of every change (RFC 7643 §3.1 defines it as the most recent update).")]
    public async Task Last_modified_moves_on_write()
    {
        var (id, before) = await NewUserAsync();
        var was = before.Timestamp("meta.lastModified");
        Verify.Precondition(was is not null, $"the user carries no parseable meta.lastModified ({before.At("meta").Show()}); USR-005 judges that.");
        // Wait past a whole second so that servers with one-second timestamp resolution are judged fairly.
        await Task.Delay(TimeSpan.FromMilliseconds(1100));

        var after = Accepted(await PatchAsync(Endpoints.User(id), Replace("displayName", Run.Prefix + "later")), "PATCH replace displayName");
        var now = after.Timestamp("meta.lastModified");

        Verify.Should(now is not null && now > was, "R7643-3.1-13",
            $"meta.lastModified was {before.Text("meta.lastModified")} before the PATCH and is {after.Text("meta.lastModified") ?? "(absent)"} more than a second later; it should record the change.");
    }

    [Test]
    [ScimTest("PAT-006", "Reading a resource does not move meta.lastModified", Areas.Patch, Severity.Low,
        "R7643-3.1-13", Needs = [Capability.Patch],
        Remediation = "Change meta.lastModified only when the resource changes, never on GET.")]
    public async Task Last_modified_still_on_read()
    {
        var (id, before) = await NewUserAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        var again = await ReadAsync(Endpoints.User(id));

        Verify.That(string.Equals(before.Text("meta.lastModified"), again.Text("meta.lastModified"), StringComparison.Ordinal), "R7643-3.1-13",
            $"two GETs of an unmodified user a second apart show meta.lastModified {before.Text("meta.lastModified")} and then {again.Text("meta.lastModified")}.");
    }

    [Test]
    [ScimTest("PAT-007", "Adding a value that is already present succeeds without moving meta.lastModified", Areas.Patch, Severity.Low,
        "R7644-3.5.2.1-03", "R7644-3.5.2.1-04", Needs = [Capability.Patch],
        Remediation = "Treat an add of a value already present as a successful no-op that leaves meta.lastModified alone.")]
    public async Task No_op_add_keeps_last_modified()
    {
        var (id, before) = await NewUserAsync();
        var title = before.Text("title");
        Verify.Precondition(title is not null, "the created user has no title to add again.");
        await Task.Delay(TimeSpan.FromMilliseconds(1100));

        var exchange = await PatchAsync(Endpoints.User(id), Add("title", title!));

        Verify.That(PatchResponses.IsAccepted(exchange.Answer), "R7644-3.5.2.1-03",
            $"adding the title the user already has answered {Describe(exchange.Response)}; expected success.");
        if (exchange.After is null) return;
        Verify.That(string.Equals(before.Text("meta.lastModified"), exchange.After.Text("meta.lastModified"), StringComparison.Ordinal), "R7644-3.5.2.1-04",
            $"a PATCH that adds the value already present moved meta.lastModified from {before.Text("meta.lastModified")} to {exchange.After.Text("meta.lastModified")}.");
    }
}
