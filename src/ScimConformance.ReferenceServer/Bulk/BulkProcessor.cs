using System.Globalization;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Patching;
using ScimConformance.ReferenceServer.Resources;

namespace ScimConformance.ReferenceServer.Bulk;

/// <summary>
/// Runs a BulkRequest (RFC 7644 section 3.7) through the resource services, one unit of work per operation, all
/// in the caller's tenant.
/// Operations run in the client's order, except that an operation whose data or path names a bulkId that a
/// later POST creates runs that POST first; references that form a cycle get 409 (section 3.7.1).
/// </summary>
internal sealed class BulkProcessor(IReadOnlyList<ResourceService> services, ScimResponseWriter writer, DefectSwitches defects)
{
    public async Task<JsonObject> ProcessAsync(string tenant, BulkRequest request, ScimUrls urls)
    {
        var run = new BulkRun(request, defects.IsOn(WriteDefects.BulkFailOnErrorsIgnored) ? null : request.FailOnErrors);
        foreach (var operation in request.Operations)
        {
            await RunAsync(tenant, operation, run, urls, new HashSet<int>());
        }

        return new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUrns.BulkResponse),
            ["Operations"] = new JsonArray(run.Results.OrderBy(r => r.Key).Select(r => (JsonNode?)r.Value).ToArray()),
        };
    }

    private async Task RunAsync(string tenant, BulkOperation operation, BulkRun run, ScimUrls urls, HashSet<int> pending)
    {
        if (run.Stopped || run.Results.ContainsKey(operation.Index))
        {
            return;
        }

        pending.Add(operation.Index);
        var blocked = defects.IsOn(WriteDefects.BulkIdUnresolved) ? null : await ResolveDependenciesAsync(tenant, operation, run, urls, pending);
        pending.Remove(operation.Index);
        if (run.Stopped)
        {
            return;
        }

        if (blocked is not null)
        {
            run.Add(operation.Index, Failed(operation, null, blocked), failed: true);
            return;
        }

        var resolved = defects.IsOn(WriteDefects.BulkIdUnresolved) ? operation : BulkReferences.Resolve(operation, run.Ids, !defects.IsOn(EdgeCoverageDefects.BulkExtensionReferenceUnresolved));
        var (result, ok) = await ExecuteAsync(tenant, resolved, urls);
        if (ok && operation.Method == "POST" && operation.BulkId is { } bulkId && (string?)result["location"] is { } location)
        {
            run.Ids[bulkId] = Uri.UnescapeDataString(location[(location.LastIndexOf('/') + 1)..]);
        }

        run.Add(operation.Index, result, !ok);
    }

    /// <summary>Runs the POSTs an operation refers to; returns the error that keeps it from running, if any.</summary>
    private async Task<ScimException?> ResolveDependenciesAsync(string tenant, BulkOperation operation, BulkRun run, ScimUrls urls, HashSet<int> pending)
    {
        foreach (var reference in BulkReferences.Of(operation))
        {
            if (run.Ids.ContainsKey(reference))
            {
                continue;
            }

            var creator = run.Request.Operations.FirstOrDefault(o => o.Method == "POST" && o.BulkId == reference);
            if (creator is null)
            {
                return ScimException.BadRequest(ScimErrorType.InvalidValue, $"No POST operation of this request has bulkId \"{reference}\".");
            }

            if (pending.Contains(creator.Index))
            {
                return new ScimException(StatusCodes.Status409Conflict, null, $"bulkId \"{reference}\" is part of a circular reference that cannot be resolved.");
            }

            await RunAsync(tenant, creator, run, urls, pending);
            if (!run.Ids.ContainsKey(reference) && !run.Stopped)
            {
                return new ScimException(StatusCodes.Status409Conflict, null, $"The operation with bulkId \"{reference}\" did not create a resource.");
            }
        }

        return null;
    }

    private async Task<(JsonObject Result, bool Ok)> ExecuteAsync(string tenant, BulkOperation operation, ScimUrls urls)
    {
        var segments = operation.Path.Trim().TrimStart('/').Split('/');
        var service = services.FirstOrDefault(s => string.Equals(s.Kind.Endpoint.TrimStart('/'), segments[0], StringComparison.OrdinalIgnoreCase));
        var id = segments.Length == 2 && segments[1].Length > 0 ? Uri.UnescapeDataString(segments[1]) : null;
        var location = service is null || id is null ? null : urls.Of(service.Kind.Endpoint, id);
        try
        {
            if (service is null || segments.Length > 2)
            {
                throw ScimException.NotFound($"\"{operation.Path}\" is not a resource endpoint of this server.");
            }

            var (status, resource) = await DispatchAsync(tenant, operation, service, id, urls);
            if (status == StatusCodes.Status201Created && service.Kind.Name == "Group" && defects.IsOn(WriteQuirks.BulkConflictAfterCreate))
            {
                // bulk-409-after-create: the group exists, but the result says the create clashed.
                return (Failed(operation, null, new ScimException(StatusCodes.Status409Conflict, ScimErrorType.Uniqueness, "The group conflicts with an existing one.")), false);
            }

            var result = Result(operation, status, resource is null ? location : urls.Of(service.Kind.Endpoint, (string)resource["id"]!));
            if ((string?)resource?["meta"]?["version"] is { } version)
            {
                result["version"] = version;
            }

            return (result, true);
        }
        catch (ScimException ex)
        {
            return (Failed(operation, location, ex), false);
        }
    }

    private static async Task<(int Status, JsonObject? Resource)> DispatchAsync(string tenant, BulkOperation operation, ResourceService service, string? id, ScimUrls urls)
    {
        switch (operation.Method)
        {
            case "POST" when id is null:
                if (string.IsNullOrEmpty(operation.BulkId))
                {
                    throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, "A POST operation in a bulk request needs a bulkId.");
                }

                return (StatusCodes.Status201Created, await service.CreateAsync(tenant, DataObject(operation), urls, AttributeSelection.None));
            case "PUT" when id is not null:
                return (StatusCodes.Status200OK, await service.ReplaceAsync(tenant, id, DataObject(operation), urls, AttributeSelection.None, operation.Version));
            case "PATCH" when id is not null:
                var operations = PatchRequestParser.Parse(DataObject(operation));
                return (StatusCodes.Status200OK, await service.PatchAsync(tenant, id, operations, urls, AttributeSelection.None, operation.Version));
            case "DELETE" when id is not null:
                await service.DeleteAsync(tenant, id, urls, operation.Version);
                return (StatusCodes.Status204NoContent, null);
            case "POST" or "PUT" or "PATCH" or "DELETE":
                throw ScimException.BadRequest(ScimErrorType.InvalidPath,
                    $"{operation.Method} {operation.Path}: POST takes a resource endpoint, PUT, PATCH and DELETE take a resource.");
            default:
                throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, $"\"{operation.Method}\" is not a bulk method (POST, PUT, PATCH, DELETE).");
        }
    }

    private static JsonObject DataObject(BulkOperation operation) =>
        operation.Data as JsonObject ?? throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, $"{operation.Method} {operation.Path} needs a \"data\" object.");

    private JsonObject Failed(BulkOperation operation, string? location, ScimException error)
    {
        var result = Result(operation, error.Status, operation.Method == "POST" ? null : location);
        if (!defects.IsOn(WriteDefects.BulkErrorWithoutResponse))
        {
            var response = writer.Error(error.Status, error.ScimType, error.Message);

            // A standalone error may leave detail out (the error-detail-absent variation, RFC 7644 §3.12), but a failed bulk
            // operation must explain itself in words (§3.7.3), so the bulk result keeps it whatever the variation.
            response["detail"] ??= error.Message;
            if (defects.IsOn(EdgeCoverageDefects.BulkErrorUnexplained))
            {
                response.Remove("detail");
            }

            result["response"] = response;
        }

        return result;
    }

    private static JsonObject Result(BulkOperation operation, int status, string? location)
    {
        var result = new JsonObject { ["method"] = operation.Method };
        if (operation.BulkId is not null)
        {
            result["bulkId"] = operation.BulkId;
        }

        if (location is not null)
        {
            result["location"] = location;
        }

        result["status"] = status.ToString(CultureInfo.InvariantCulture);
        return result;
    }
}
