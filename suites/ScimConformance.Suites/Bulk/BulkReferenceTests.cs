using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Bulk;

/// <summary>RFC 7644 §3.7.1 and §3.7.2: bulkId references between the operations of one request.</summary>
public sealed class BulkReferenceTests : BulkFixture
{
    [Test]
    [ScimTest("BLK-004", "A group's member given as bulkId:<id> becomes the new user's id", Areas.Bulk, Severity.High, "R7644-3.7.2-01",
        Needs = [Capability.Bulk, Capability.Groups],
        Remediation = "Replace every \"bulkId:<id>\" in operation data with the id of the resource the POST with that bulkId created.")]
    public async Task Member_reference_is_resolved()
    {
        var (userBulkId, groupBulkId) = (NewBulkId(), NewBulkId());
        var group = Run.Data.Group();
        group["members"] = new JsonArray(new JsonObject { ["value"] = "bulkId:" + userBulkId });

        var response = await SendBulkAsync([Post(Endpoints.Users, userBulkId, Run.Data.User()), Post(Endpoints.Groups, groupBulkId, group)]);
        Accepted(response);
        var userId = IdFromLocation(ResultFor(response, userBulkId));
        Verify.Precondition(StatusOf(ResultFor(response, userBulkId)) == 201 && userId is not null,
            $"the user POST did not succeed: {ResultFor(response, userBulkId).Show()}.");
        var groupResult = ResultFor(response, groupBulkId);
        var groupId = IdFromLocation(groupResult);
        Verify.That(StatusOf(groupResult) == 201 && groupId is not null, "R7644-3.7.2-01",
            $"the group POST whose member is bulkId:{userBulkId} failed: {groupResult.Show()}.");

        var read = await Client.GetAsync(Endpoints.Group(groupId!));
        Verify.Precondition(read.Status == 200, $"GET of the bulk-created group answered {Describe(read)}.");
        Verify.About("Group", "members");
        Verify.That(read.Object.Values("members").SequenceEqual([userId!]), "R7644-3.7.2-01",
            $"expected the group's only member to be the new user {userId}, got {read.Object.At("members").Show()}.");
    }

    [Test]
    [ScimTest("BLK-090", "An enterprise manager.value given as bulkId:<id> becomes the new user's id", Areas.Bulk, Severity.Medium, "R7644-3.7.2-02",
        Needs = [Capability.Bulk, Capability.EnterpriseUser],
        Remediation = "Resolve \"bulkId:<id>\" references wherever they sit in operation data, extension objects such as the enterprise manager included.")]
    public async Task Extension_reference_is_resolved()
    {
        var (managerBulkId, reportBulkId) = (NewBulkId(), NewBulkId());
        var report = Run.Data.User(includeEnterprise: true);
        report.Object(ScimUris.EnterpriseUser)!["manager"] = new JsonObject { ["value"] = "bulkId:" + managerBulkId };

        var response = await SendBulkAsync([Post(Endpoints.Users, managerBulkId, Run.Data.User()), Post(Endpoints.Users, reportBulkId, report)]);
        if (!Responses.Subject(response, "R7644-3.7.2-02", $"POST /{BulkPath} creating a manager and a user whose enterprise manager.value is bulkId:{managerBulkId}")) return;
        var managerId = IdFromLocation(ResultFor(response, managerBulkId));
        Verify.Precondition(StatusOf(ResultFor(response, managerBulkId)) == 201 && managerId is not null,
            $"the manager's POST did not succeed: {ResultFor(response, managerBulkId).Show()}.");
        var reportResult = ResultFor(response, reportBulkId);
        var reportId = IdFromLocation(reportResult);
        Verify.That(StatusOf(reportResult) == 201 && reportId is not null, "R7644-3.7.2-02",
            $"the POST whose enterprise manager.value is bulkId:{managerBulkId} failed: {reportResult.Show()}.");

        var read = await ReadSetUpAsync(Endpoints.User(reportId!), "reading back the user created with a bulkId manager");
        var manager = read.Object(ScimUris.EnterpriseUser).Object("manager");
        Verify.That(manager.Text("value") == managerId, "R7644-3.7.2-02",
            $"expected {ScimUris.EnterpriseUser}:manager.value to be the manager's new id {managerId}, got {manager.At("value").Show()}.");
    }

    [Test]
    [ScimTest("BLK-005", "A later operation addressed as /Users/bulkId:<id> acts on the user created earlier", Areas.Bulk, Severity.High,
        "R7644-3.7-08", "R7644-3.7.2-01",
        Needs = [Capability.Bulk],
        Remediation = "Process operations in the client's order (or reach the same end state) and resolve bulkId references in paths too.")]
    public async Task Path_reference_sees_the_earlier_create()
    {
        var bulkId = NewBulkId();
        var user = Run.Data.User();
        var replacement = user.DeepClone().AsObject();
        // The check is about the bulkId in the path, not the password: a provider without changePassword may refuse a new one.
        replacement.Remove("password");
        var name = Run.Prefix + "bulk-put " + Run.Data.Token(8);
        replacement["displayName"] = name;

        var response = await SendBulkAsync([Post(Endpoints.Users, bulkId, user), Operation("PUT", $"/{Endpoints.Users}/bulkId:{bulkId}", replacement)]);
        var results = Accepted(response);
        var id = IdFromLocation(ResultFor(response, bulkId));
        Verify.Precondition(StatusOf(ResultFor(response, bulkId)) == 201 && id is not null, $"the user POST did not succeed: {ResultFor(response, bulkId).Show()}.");
        var put = results.FirstOrDefault(r => string.Equals(r.Text("method"), "PUT", StringComparison.OrdinalIgnoreCase));
        Verify.That(StatusOf(put) == 200, "R7644-3.7.2-01", $"PUT /{Endpoints.Users}/bulkId:{bulkId}: expected status 200, got {put.Show()}.");

        var read = await Client.GetAsync(Endpoints.User(id!));
        Verify.That(read.Status == 200 && read.Object.Text("displayName") == name, "R7644-3.7-08",
            $"after POST then PUT in one bulk request, expected displayName {name}, got {Describe(read)} {read.Object.At("displayName").Show()}.");
    }

    [Test]
    [ScimTest("BLK-012", "An operation naming an undefined bulkId fails", Areas.Bulk, Severity.Medium, "R7644-3.7.2-01",
        Needs = [Capability.Bulk],
        Remediation = "Refuse an operation whose bulkId reference no POST of the request defines, with an error result.")]
    public async Task Undefined_reference_fails_the_operation()
    {
        var path = $"/{Endpoints.Users}/bulkId:{NewBulkId()}";

        var results = Accepted(await SendBulkAsync([Operation("DELETE", path)]));

        Verify.Precondition(results.Count == 1, $"expected one result for one operation, got {results.Count}.");
        Verify.That(StatusOf(results[0]) is >= 400 and < 500, "R7644-3.7.2-01",
            $"DELETE {path} (no operation defines that bulkId): expected a 4xx result, got {results[0].Show()}.");
    }

    [Test]
    [ScimTest("BLK-014", "Circular bulkId references are resolved or answered 409", Areas.Bulk, Severity.Low, "R7644-3.7.1-01",
        Needs = [Capability.Bulk, Capability.Groups],
        Remediation = "Resolve groups that name each other by bulkId (create both, then set members), or give the operations status 409 Conflict.")]
    public async Task Circular_references_are_resolved_or_409()
    {
        var (a, b) = (NewBulkId(), NewBulkId());
        var first = Run.Data.Group();
        first["members"] = new JsonArray(new JsonObject { ["value"] = "bulkId:" + b });
        var second = Run.Data.Group();
        second["members"] = new JsonArray(new JsonObject { ["value"] = "bulkId:" + a });

        var response = await SendBulkAsync([Post(Endpoints.Groups, a, first), Post(Endpoints.Groups, b, second)]);
        Accepted(response);
        var (resultA, resultB) = (ResultFor(response, a), ResultFor(response, b));
        if (StatusOf(resultA) == 409 || StatusOf(resultB) == 409) return;

        var (idA, idB) = (IdFromLocation(resultA), IdFromLocation(resultB));
        Verify.That(StatusOf(resultA) == 201 && StatusOf(resultB) == 201 && idA is not null && idB is not null, "R7644-3.7.1-01",
            $"expected both groups created or a 409, got {resultA.Show()} and {resultB.Show()}.");
        var readA = await Client.GetAsync(Endpoints.Group(idA!));
        var readB = await Client.GetAsync(Endpoints.Group(idB!));
        Verify.That(readA.Object.Values("members").Contains(idB!) && readB.Object.Values("members").Contains(idA!), "R7644-3.7.1-01",
            $"both groups were created, but their members do not name each other: {readA.Object.At("members").Show()} and {readB.Object.At("members").Show()}.");
    }
}
