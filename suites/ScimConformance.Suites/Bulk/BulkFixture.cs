using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Http;
using ScimConformance.Core.Ledger;

namespace ScimConformance.Suites.Bulk;

/// <summary>
/// Helpers of the bulk checks (RFC 7644 §3.7): building operations, sending a BulkRequest, and keeping the
/// ledger in step with what the operations created or deleted, whatever the verdict.
/// </summary>
public abstract class BulkFixture : ScimFixture
{
    protected const string BulkPath = "Bulk";

    protected static JsonObject Post(string endpoint, string bulkId, JsonObject data) => new()
    {
        ["method"] = "POST",
        ["path"] = "/" + endpoint,
        ["bulkId"] = bulkId,
        ["data"] = data,
    };

    protected static JsonObject Operation(string method, string path, JsonObject? data = null, string? version = null)
    {
        var operation = new JsonObject { ["method"] = method, ["path"] = path };
        if (version is not null) operation["version"] = version;
        if (data is not null) operation["data"] = data;
        return operation;
    }

    /// <summary>A DELETE of a user id that was never issued: it fails with 404 and creates nothing.</summary>
    protected static JsonObject PatchOfMissingUser() => Operation("PATCH", "/" + Endpoints.User(Run.Data.Uuid().ToString()), new JsonObject
    {
        ["schemas"] = new JsonArray(ScimUris.PatchOp),
        ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = "scimconf-never-applied" }),
    });

    protected static JsonObject DeleteOfMissingUser() => Operation("DELETE", "/" + Endpoints.User(Run.Data.Uuid().ToString()));

    protected static string NewBulkId() => "b" + Run.Data.Token(10);

    /// <summary>POSTs a BulkRequest and records in the ledger every resource a POST operation reports as created.</summary>
    protected static async Task<ScimResponse> SendBulkAsync(IReadOnlyList<JsonObject> operations, int? failOnErrors = null)
    {
        var body = new JsonObject { ["schemas"] = new JsonArray(ScimUris.BulkRequest) };
        if (failOnErrors is { } limit) body["failOnErrors"] = limit;
        body["Operations"] = new JsonArray(operations.Select(o => (JsonNode?)o.DeepClone()).ToArray());
        var response = await Client.PostAsync(BulkPath, body);
        var tracked = Track(operations, response);
        await LookUpUnreportedAsync(operations, response, tracked);
        return response;
    }

    /// <summary>The results of a BulkResponse (empty when absent).</summary>
    protected static IReadOnlyList<JsonObject> ResultsOf(ScimResponse response) =>
        response.Object.Array("Operations")?.OfType<JsonObject>().ToArray() ?? [];

    /// <summary>The result that echoes a bulkId, or null.</summary>
    protected static JsonObject? ResultFor(ScimResponse response, string bulkId) =>
        ResultsOf(response).FirstOrDefault(r => r.Text("bulkId") == bulkId);

    /// <summary>
    /// The HTTP status of one result. RFC 7644 §3.7.3 describes it as a code and its examples send a string
    /// ("201"); a JSON number or an object with a code member is read too.
    /// </summary>
    protected static int? StatusOf(JsonObject? result)
    {
        var status = result.Attr("status");
        if (status is JsonObject complex) status = complex.Attr("code");
        return status switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int n) => n,
            JsonValue v when v.GetValueKind() == JsonValueKind.String
                && int.TryParse(v.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) => s,
            _ => null,
        };
    }

    /// <summary>The id at the end of a result's location, or null.</summary>
    protected static string? IdFromLocation(JsonObject? result) =>
        result.Text("location") is { } location && Uri.TryCreate(location, UriKind.RelativeOrAbsolute, out var uri)
            ? Uri.UnescapeDataString((uri.IsAbsoluteUri ? uri.AbsolutePath : location).TrimEnd('/').Split('/')[^1])
            : null;

    /// <summary>The BulkResponse, once the request as a whole was accepted; anything else means the check cannot run.</summary>
    protected static IReadOnlyList<JsonObject> Accepted(ScimResponse response)
    {
        Verify.Precondition(response.Status == 200 && response.Object is not null,
            $"POST /Bulk answered {Describe(response)}, so the operation results cannot be judged.");
        return ResultsOf(response);
    }

    /// <summary>Records what the results report as created or deleted; returns the bulkIds of the POSTs reported as created.</summary>
    private static HashSet<string> Track(IReadOnlyList<JsonObject> operations, ScimResponse response)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in ResultsOf(response))
        {
            var status = StatusOf(result);
            var id = IdFromLocation(result);
            if (status is not (>= 200 and < 300) || id is null) continue;
            var request = operations.FirstOrDefault(o => result.Text("bulkId") is { } bulkId && o.Text("bulkId") == bulkId);
            // A result without method is read as the request's method; a 201 is a creation whatever it says.
            var method = (result.Text("method") ?? request.Text("method"))?.ToUpperInvariant();
            if (status == 201) method = "POST";
            var path = (request ?? result).Text("path") ?? result.Text("location") ?? "";
            var type = TypeOf(path);
            var relative = type == "Group" ? Endpoints.Group(id) : Endpoints.User(id);
            if (method == "POST")
            {
                Run.Ledger.Record(relative, type, id);
                if (result.Text("bulkId") is { } bulkId) created.Add(bulkId);
            }
            else if (method == "DELETE") Run.Ledger.Forget(relative);
        }
        return created;
    }

    /// <summary>
    /// A POST operation not reported as created (an error status, no location, no result at all) may still have created
    /// its resource: it is looked up by the run-prefixed name it carried, and what is found is deleted at the end and named.
    /// </summary>
    private static async Task LookUpUnreportedAsync(IReadOnlyList<JsonObject> operations, ScimResponse response, HashSet<string> created)
    {
        foreach (var operation in operations.Where(o => o.Text("method")?.ToUpperInvariant() == "POST" && !(o.Text("bulkId") is { } b && created.Contains(b))))
        {
            var path = operation.Text("path") ?? "";
            var type = TypeOf(path);
            var result = ResultsOf(response).FirstOrDefault(r => r.Text("bulkId") is { } bulkId && bulkId == operation.Text("bulkId"));
            var answer = result is null ? $"POST /{BulkPath} answered {response.Status} without a result for it" : $"POST /{BulkPath} answered status {StatusOf(result)?.ToString(CultureInfo.InvariantCulture) ?? "(none)"} for it";
            await CreateLookup.FindAsync(Client, Run.Ledger, Run.Prefix, type == "Group" ? Endpoints.Groups : Endpoints.Users, type,
                operation["data"] as JsonObject, $"bulk operation {operation.Text("bulkId") ?? "(no bulkId)"} POST {path}: {answer}");
        }
    }

    private static string TypeOf(string path) => path.Contains("/" + Endpoints.Groups, StringComparison.OrdinalIgnoreCase) ? "Group" : "User";
}
