using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Bulk;

/// <summary>RFC 7644 §3.7 and §3.7.4: errors, failOnErrors, preconditions and the advertised limits.</summary>
public sealed class BulkProcessingTests : BulkFixture
{
    private const int LargestOperationCountSent = 1000;
    private const int LargestPayloadSent = 8 * 1024 * 1024;

    [Test]
    [ScimTest("BLK-008", "Without failOnErrors, operations after a failed one still run", Areas.Bulk, Severity.Medium, "R7644-3.7-05",
        Needs = [Capability.Bulk],
        Remediation = "Absent failOnErrors, keep processing the remaining operations after one fails.")]
    public async Task Processing_continues_after_an_error()
    {
        var bulkId = NewBulkId();

        // A PATCH of an id nobody holds fails on every server; some answer a DELETE of one 204, which would fail nothing.
        var response = await SendBulkAsync([PatchOfMissingUser(), Post(Endpoints.Users, bulkId, Run.Data.User())]);
        Accepted(response);

        var result = ResultFor(response, bulkId);
        Verify.That(StatusOf(result) == 201, "R7644-3.7-05",
            $"after a failing PATCH of a missing user, the following POST should still run: expected its result with status 201, got {result.Show()}.");
    }

    [Test]
    [ScimTest("BLK-009", "failOnErrors=1 stops processing after the first error", Areas.Bulk, Severity.Medium, "R7644-3.7-06",
        Needs = [Capability.Bulk],
        Remediation = "Count failed operations and stop once failOnErrors is reached, returning the results gathered so far.")]
    public async Task Fail_on_errors_stops_processing()
    {
        var bulkId = NewBulkId();

        // The failing operation is a PATCH of an id never issued: it must fail on any server (404), while a DELETE of
        // one may be answered 204 by servers that treat deletes as idempotent, leaving nothing to count.
        var results = Accepted(await SendBulkAsync([PatchOfMissingUser(), Post(Endpoints.Users, bulkId, Run.Data.User())], failOnErrors: 1));

        Verify.Precondition(results.Count >= 1 && StatusOf(results[0]) is >= 400, $"the first operation (PATCH of a missing user) did not fail: {(results.Count > 0 ? results[0] : null).Show()}.");
        var ran = results.FirstOrDefault(r => r.Text("bulkId") == bulkId);
        Verify.That(ran is null, "R7644-3.7-06", $"with failOnErrors=1 and the first operation failed, the POST after it still ran: {ran.Show()}.");
    }

    [Test]
    [ScimTest("BLK-010", "More operations than maxOperations are refused with 413", Areas.Bulk, Severity.Medium, "R7644-3.7.4-02", "R7644-3.7.4-03",
        Needs = [Capability.Bulk],
        Remediation = "Refuse a bulk request holding more than maxOperations operations with 413 Payload Too Large and a detail naming the limit.")]
    public async Task Too_many_operations_answer_413()
    {
        var limit = Run.Capabilities.BulkMaxOperations;
        if (limit is <= 0 or >= LargestOperationCountSent)
            Assert.Ignore($"Skipped: bulk.maxOperations is {limit}; the check sends at most {LargestOperationCountSent} operations.");

        // DELETEs of ids never issued: if the limit is not enforced they fail one by one and create nothing.
        var operations = Enumerable.Range(0, limit + 1).Select(_ => DeleteOfMissingUser()).ToArray();
        var response = await SendBulkAsync(operations);

        Verify.That(response.Status == 413, "R7644-3.7.4-02", $"{limit + 1} operations (maxOperations is {limit}): expected 413, got {Describe(response)}.");
        Verify.That(NamesLimit(response, "operation"), "R7644-3.7.4-03", $"the 413 answer does not say which limit was exceeded: {response.Body}.");
    }

    [Test]
    [ScimTest("BLK-011", "A request larger than maxPayloadSize is refused with 413", Areas.Bulk, Severity.Medium, "R7644-3.7.4-02", "R7644-3.7.4-03",
        Needs = [Capability.Bulk],
        Remediation = "Refuse a bulk request larger than maxPayloadSize bytes with 413 Payload Too Large and a detail naming the limit.")]
    public async Task Too_large_payload_answers_413()
    {
        var limit = Run.Capabilities.BulkMaxPayloadSize;
        if (limit is <= 0 or >= LargestPayloadSent)
            Assert.Ignore($"Skipped: bulk.maxPayloadSize is {limit}; the check sends at most {LargestPayloadSent} bytes.");

        // One PATCH of a user id never issued: if the limit is not enforced it fails with 404 and changes nothing.
        var padding = new string('x', limit + 1);
        var patch = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUris.PatchOp),
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = padding }),
        };
        var response = await SendBulkAsync([Operation("PATCH", "/" + Endpoints.User(Run.Data.Uuid().ToString()), patch)]);

        Verify.That(response.Status == 413, "R7644-3.7.4-02", $"a request of more than {limit} bytes (maxPayloadSize): expected 413, got {Describe(response)}.");
        Verify.That(NamesLimit(response, "size", "payload", "large", "byte"), "R7644-3.7.4-03", $"the 413 answer does not say which limit was exceeded: {Excerpt(response.Body)}.");
    }

    [Test]
    [ScimTest("BLK-015", "A bulk PUT whose version is stale fails with 412", Areas.Bulk, Severity.Medium, "R7644-3.7-09",
        Needs = [Capability.Bulk, Capability.ETag],
        Remediation = "Treat an operation's version like If-Match: when it does not name the current version, give that operation status 412 and leave the resource as it was.")]
    public async Task Stale_version_fails_the_operation()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        var replacement = Replacements.Of(user);
        replacement["displayName"] = Run.Prefix + "bulk-stale " + Run.Data.Token(8);
        var stale = $"W/\"scimconf-stale-{Run.Data.Token(32)}\"";

        var results = Accepted(await SendBulkAsync([Operation("PUT", "/" + Endpoints.User(id), replacement, stale)]));

        Verify.Precondition(results.Count == 1, $"expected one result for one operation, got {results.Count}.");
        Verify.That(StatusOf(results[0]) == 412, "R7644-3.7-09", $"PUT with version {stale} (not the current one): expected status 412, got {results[0].Show()}.");
    }

    private static bool NamesLimit(Core.Http.ScimResponse response, params string[] words)
    {
        var text = (response.Object.Text("detail") ?? response.Body).ToLowerInvariant();
        return text.Contains("max", StringComparison.Ordinal) || text.Contains("limit", StringComparison.Ordinal)
            || words.Any(w => text.Contains(w, StringComparison.Ordinal));
    }

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "...";
}
