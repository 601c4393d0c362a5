using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Bulk;

/// <summary>RFC 7644 §3.7 and §3.7.3: the BulkResponse message and the result of each operation.</summary>
public sealed class BulkResponseTests : BulkFixture
{
    [Test]
    [ScimTest("BLK-001", "POST /Bulk answers 200 with a BulkResponse", Areas.Bulk, Severity.High, "R7644-3.7-04", "R7644-3.7-01", "R7644-3.1-01",
        Needs = [Capability.Bulk],
        Remediation = "Answer a processed bulk request with 200 and {\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:BulkResponse\"], \"Operations\": [...]}.")]
    public async Task Bulk_answers_200_with_a_bulk_response()
    {
        var response = await SendBulkAsync([Post(Endpoints.Users, NewBulkId(), Run.Data.User())]);

        Verify.That(response.Status == 200, "R7644-3.7-04", $"POST /Bulk with one valid operation: expected 200, got {Describe(response)}.");
        Verify.That(response.Object.Strings("schemas").Contains(ScimUris.BulkResponse), "R7644-3.7-01",
            $"expected schemas to hold {ScimUris.BulkResponse}, got {response.Object.At("schemas").Show()}.");
    }

    [Test]
    [ScimTest("BLK-002", "A POST result echoes method and bulkId, with status 201 and a location", Areas.Bulk, Severity.High,
        "R7644-3.7-07", "R7644-3.7.3-03", "R7644-3.7.3-02",
        Needs = [Capability.Bulk],
        Remediation = "Give each POST result \"method\": \"POST\", the client's bulkId, \"status\": \"201\" and the new resource's URL in location.")]
    public async Task Post_result_has_the_rfc_members()
    {
        var bulkId = NewBulkId();
        var results = Accepted(await SendBulkAsync([Post(Endpoints.Users, bulkId, Run.Data.User())]));

        Verify.That(results.Count == 1 && results[0].Text("bulkId") == bulkId, "R7644-3.7-07",
            $"expected one result echoing bulkId {bulkId}, got {results.Count} result(s): {string.Join(", ", results.Select(r => r.Show()))}.");
        var result = results[0];
        Verify.That(StatusOf(result) == 201 && string.Equals(result.Text("method"), "POST", StringComparison.OrdinalIgnoreCase), "R7644-3.7.3-03",
            $"expected method POST and status 201 (the status of a standalone POST), got {result.Show()}.");
        Verify.That(IdFromLocation(result) is { Length: > 0 }, "R7644-3.7.3-02", $"expected a location on the successful POST result, got {result.Show()}.");
    }

    [Test]
    [ScimTest("BLK-003", "The user a bulk POST created is served at its location", Areas.Bulk, Severity.High, "R7644-3.7.3-02",
        Needs = [Capability.Bulk],
        Remediation = "Make location the URL of the created resource, which GET then answers.")]
    public async Task Created_user_is_at_its_location()
    {
        var bulkId = NewBulkId();
        var user = Run.Data.User();
        var response = await SendBulkAsync([Post(Endpoints.Users, bulkId, user)]);
        Accepted(response);
        var result = ResultFor(response, bulkId);
        Verify.Precondition(StatusOf(result) == 201, $"the POST operation did not succeed: {result.Show()}.");
        var id = IdFromLocation(result);
        Verify.That(id is not null, "R7644-3.7.3-02", $"the successful POST result has no location: {result.Show()}.");

        var read = await Client.GetAsync(Endpoints.User(id!));

        Verify.That(read.Status == 200 && string.Equals(read.Object.Text("userName"), user.Text("userName"), StringComparison.OrdinalIgnoreCase),
            "R7644-3.7.3-02", $"GET of the location's id {id}: expected the user {user.Text("userName")}, got {Describe(read)} {read.Object.At("userName").Show()}.");
    }

    [Test]
    [ScimTest("BLK-006", "Every processed operation has a result", Areas.Bulk, Severity.Medium, "R7644-3.7.3-01",
        Needs = [Capability.Bulk],
        Remediation = "Return one result per operation processed, failed ones included.")]
    public async Task Every_operation_has_a_result()
    {
        var operations = new[] { Post(Endpoints.Users, NewBulkId(), Run.Data.User()), DeleteOfMissingUser(), Post(Endpoints.Users, NewBulkId(), Run.Data.User()) };

        var results = Accepted(await SendBulkAsync(operations));

        Verify.That(results.Count == operations.Length, "R7644-3.7.3-01",
            $"sent {operations.Length} operations without failOnErrors, got {results.Count} result(s).");
    }

    [Test]
    [ScimTest("BLK-007", "A failed operation reports its error status and a SCIM Error", Areas.Bulk, Severity.Medium, "R7644-3.7-02", "R7644-3.7-03",
        Needs = [Capability.Bulk],
        Remediation = "Give a failed operation its HTTP error status and a response holding the SCIM Error (RFC 7644 §3.12) it would have had on its own.")]
    public async Task Failed_operation_carries_an_error()
    {
        // A PATCH of an id nobody holds fails on every server; a DELETE of one is answered 204 by some (DPR-015 judges that
        // on the resource endpoint), and this check is about how a failure is reported, not which requests fail.
        var results = Accepted(await SendBulkAsync([PatchOfMissingUser()]));
        Verify.Precondition(results.Count == 1, $"expected one result for one operation, got {results.Count}.");
        var result = results[0];

        Verify.That(StatusOf(result) is >= 400 and < 500, "R7644-3.7-02", $"PATCH of a user that does not exist: expected a 4xx status (404), got {result.Show()}.");
        Verify.That(result.Object("response") is { } error && error.Strings("schemas").Contains(ScimUris.Error), "R7644-3.7-03",
            $"expected response to hold a SCIM Error ({ScimUris.Error}), got {result.At("response").Show()}.");
    }

    [Test]
    [ScimTest("BLK-091", "A failed operation explains its error in text", Areas.Bulk, Severity.Low, "R7644-3.7.3-04",
        Needs = [Capability.Bulk],
        Remediation = "Give the SCIM Error in a failed operation's response a detail saying in words what went wrong, e.g. \"Resource 2819c223 not found\".")]
    public async Task Failed_operation_is_explained()
    {
        // A PATCH of an id nobody holds fails on every server; a DELETE of one is answered 204 by some, which leaves nothing to explain.
        var operation = PatchOfMissingUser();
        var response = await SendBulkAsync([operation]);
        if (!Responses.Subject(response, "R7644-3.7.3-04", $"POST /{BulkPath} with one PATCH {operation.Text("path")}")) return;
        var results = ResultsOf(response);
        var result = results.Count > 0 ? results[0] : null;
        Verify.Precondition(StatusOf(result) is >= 400, $"the PATCH of a user that does not exist did not fail, so there is nothing to explain: {result.Show()}.");

        // The RFC names no member for the text: the SCIM Error's detail is where §3.12 puts it, a description in a complex status is read too.
        var explanation = result.Object("response").Text("detail") ?? result.Object("status").Text("description");
        Verify.That(!string.IsNullOrWhiteSpace(explanation), "R7644-3.7.3-04",
            $"the failed PATCH {operation.Text("path")} carries no human-readable explanation (response.detail): {result.Show()}.");
    }

    [Test]
    [ScimTest("BLK-013", "ServiceProviderConfig states positive bulk limits when bulk is supported", Areas.Bulk, Severity.Medium, "R7644-3.7.4-01",
        Needs = [Capability.Bulk],
        Remediation = "Advertise bulk.maxOperations and bulk.maxPayloadSize as positive integers in /ServiceProviderConfig.")]
    public void Limits_are_advertised()
    {
        var capabilities = Run.Capabilities;

        Verify.That(capabilities.BulkMaxOperations > 0 && capabilities.BulkMaxPayloadSize > 0, "R7644-3.7.4-01",
            $"bulk.supported is true, but maxOperations is {capabilities.BulkMaxOperations} and maxPayloadSize is {capabilities.BulkMaxPayloadSize}.");
    }
}
