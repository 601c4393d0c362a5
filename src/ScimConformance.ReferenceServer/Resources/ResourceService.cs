using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Patching;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>Create, read, replace, patch, delete and list for one resource type, each as one unit of work on the database.</summary>
/// <param name="groupKind">The Group type, whose members lists change when a member is deleted.</param>
internal sealed class ResourceService(IResourceRules rules, ResourceKind groupKind, ScimDatabase database, ResourceRenderer renderer,
    ListResponse lists, DefectSwitches defects, TimeProvider clock)
{
    public ResourceKind Kind => rules.Kind;

    public Task<JsonObject> CreateAsync(string tenant, JsonObject body, ScimUrls urls, AttributeSelection selection) =>
        database.WriteAsync(tenant, store =>
        {
            var content = ResourceNormalizer.Normalize(body, Kind);
            var id = NewId(body, store);
            rules.Prepare(content, id, store, ResourceWrite.Create);
            var stored = ResourceDocument.Compose(Kind, id, content, ResourceDocument.NewMeta(Kind, Now()));
            store.Insert(Kind.Name, id, stored);
            return renderer.Render(stored, rules, store, urls, selection);
        });

    public Task<JsonObject> GetAsync(string tenant, string id, ScimUrls urls, AttributeSelection selection) =>
        database.ReadAsync(ReadScope(tenant), store => renderer.Render(Existing(store, id), rules, store, urls, selection));

    public Task<JsonObject> ReplaceAsync(string tenant, string id, JsonObject body, ScimUrls urls, AttributeSelection selection) =>
        database.WriteAsync(tenant, store =>
        {
            var existing = Existing(store, id);
            var content = ResourceNormalizer.Normalize(body, Kind);
            rules.Prepare(content, id, store, ResourceWrite.Replace);
            return Store(store, existing, content, urls, selection);
        });

    public Task<JsonObject> PatchAsync(string tenant, string id, IReadOnlyList<PatchOperation> operations, ScimUrls urls, AttributeSelection selection) =>
        database.WriteAsync(tenant, store =>
        {
            var existing = Existing(store, id);
            var content = ResourceDocument.ContentOf(existing);
            foreach (var operation in operations)
            {
                PatchApplier.Apply(content, Kind, operation);
            }

            rules.Prepare(content, id, store, ResourceWrite.Patch);
            return Store(store, existing, content, urls, selection);
        });

    public Task<JsonObject> DeleteAsync(string tenant, string id, ScimUrls urls) =>
        database.WriteAsync(tenant, store =>
        {
            var existing = Existing(store, id);
            var lastView = renderer.Render(existing, rules, store, urls, AttributeSelection.None);
            if (defects.IsOn(FoundationDefects.SoftDeleteReadable))
            {
                var content = ResourceDocument.ContentOf(existing);
                if (Kind.Core.Find("active") is not null)
                {
                    content["active"] = false;
                }

                Store(store, existing, content, urls, AttributeSelection.None);
                return lastView;
            }

            store.Delete(Kind.Name, id);
            RemoveFromGroups(store, id);
            return lastView;
        });

    public async Task<JsonObject> ListAsync(string tenant, ListRequest request, ScimUrls urls)
    {
        var sql = TranslateFilter(request.Filter);
        if (request.Filter is not null && defects.IsOn(SecurityDefects.Injection500))
        {
            await database.RunNaiveFilterAsync(Kind.Name, FilterParser.Parse(request.Filter, false));
        }
        var selection = AttributeSelection.Parse(Kind, request.Attributes, request.ExcludedAttributes);

        // The start-index-zero-based defect reads a client-supplied startIndex as an offset, so page 1 skips the first result.
        var offset = defects.IsOn(QueryDefects.StartIndexZeroBased) && request.StartIndexGiven ? request.StartIndex : request.StartIndex - 1;
        return await database.ReadAsync(ReadScope(tenant), store =>
        {
            var total = store.Count(Kind.Name, sql);
            var page = request.Count == 0 ? [] : store.Page(Kind.Name, sql, offset, request.Count);
            return lists.Build(total, request.StartIndex, page.Select(r => renderer.Render(r, rules, store, urls, selection)));
        });
    }

    private SqlFilter TranslateFilter(string? text)
    {
        try
        {
            var filter = text is null ? null : FilterParser.Parse(text, defects.IsOn(QueryDefects.FilterPrecedenceWrong));
            return SqlFilterTranslator.Translate(
                filter,
                Kind,
                defects.IsOn(FoundationDefects.FilterEqCaseSensitive),
                defects.IsOn(QueryDefects.FilterNeIncludesMissingMultiValued));
        }
        catch (ScimException ex) when (ex.ScimType == ScimErrorType.InvalidFilter && defects.IsOn(QueryDefects.InvalidFilter500))
        {
            // The invalid-filter-500 defect lets the parse failure escape as an unhandled error, which the
            // error middleware answers as a generic 500 SCIM error without the exception text.
            throw new InvalidOperationException("Filter evaluation failed.", ex);
        }
    }

    private JsonObject Store(ResourceStore store, JsonObject existing, JsonObject content, ScimUrls urls, AttributeSelection selection)
    {
        // A write that changes nothing keeps the version and lastModified (RFC 7644 section 3.5.2.1).
        if (JsonNode.DeepEquals(ResourceDocument.ContentOf(existing), content))
        {
            return renderer.Render(existing, rules, store, urls, selection);
        }

        var id = (string)existing["id"]!;
        var stored = ResourceDocument.Compose(Kind, id, content, ResourceDocument.ModifiedMeta(existing, Now()));
        store.Update(Kind.Name, id, stored);
        return renderer.Render(stored, rules, store, urls, selection);
    }

    /// <summary>Deleting a resource ends its memberships; the groups themselves and other members stay.</summary>
    private void RemoveFromGroups(ResourceStore store, string memberId)
    {
        foreach (var group in store.GroupsContaining(memberId))
        {
            var content = ResourceDocument.ContentOf(group);
            var members = content["members"]!.AsArray();
            foreach (var member in members.OfType<JsonObject>().Where(m => (string?)m["value"] == memberId).ToArray())
            {
                members.Remove(member);
            }

            if (members.Count == 0)
            {
                content.Remove("members");
            }

            var groupId = (string)group["id"]!;
            store.Update(groupKind.Name, groupId, ResourceDocument.Compose(groupKind, groupId, content, ResourceDocument.ModifiedMeta(group, Now())));
        }
    }

    private JsonObject Existing(ResourceStore store, string id) =>
        store.Get(Kind.Name, id) ?? throw ScimException.NotFound($"{Kind.Name} \"{id}\" does not exist.");

    private string NewId(JsonObject body, ResourceStore store)
    {
        if (defects.IsOn(FoundationDefects.ClientIdHonoured) && body["id"] is JsonValue given
            && given.GetValueKind() == JsonValueKind.String && given.GetValue<string>() is { Length: > 0 } clientId && !store.IdInUse(clientId))
        {
            return clientId;
        }

        return Guid.NewGuid().ToString();
    }

    /// <summary>The tenant whose rows a read sees; the cross-tenant-read defect lets reads see every tenant's.</summary>
    private string? ReadScope(string tenant) => defects.IsOn(SecurityDefects.CrossTenantRead) ? null : tenant;

    private string Now() => TimestampFormat.Format(clock.GetUtcNow());
}
