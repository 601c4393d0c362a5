using System.Collections.Concurrent;
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
    // State of the lifecycle defects: ids deleted but still served to queries, and ids waiting to be handed out again.
    private readonly ConcurrentDictionary<string, bool> _tombstones = new(StringComparer.Ordinal);
    // Recycled ids are kept per tenant, so a recycled id never moves to another tenant.
    private readonly ConcurrentDictionary<string, ConcurrentStack<string>> _recycledIds = new(StringComparer.Ordinal);

    public ResourceKind Kind => rules.Kind;

    public Task<JsonObject> CreateAsync(string tenant, JsonObject body, ScimUrls urls, AttributeSelection selection) =>
        database.WriteAsync(tenant, store =>
        {
            var content = ResourceNormalizer.Normalize(body, Kind);
            var id = NewId(tenant, body, store);
            rules.Prepare(content, id, store, ResourceWrite.Create);
            var stored = ResourceDocument.Compose(Kind, id, content, ResourceDocument.NewMeta(Kind, Now()));
            store.Insert(Kind.Name, id, stored);
            TouchMembers(store, null, stored);
            return renderer.Render(stored, rules, store, urls, selection);
        });

    public Task<JsonObject> GetAsync(string tenant, string id, ScimUrls urls, AttributeSelection selection) =>
        database.ReadAsync(ReadScope(tenant), store => renderer.Render(Existing(store, id), rules, store, urls, selection));

    public Task<JsonObject> ReplaceAsync(string tenant, string id, JsonObject body, ScimUrls urls, AttributeSelection selection, string? ifMatch = null) =>
        database.WriteAsync(tenant, store =>
        {
            var existing = Existing(store, id);
            CheckPrecondition(existing, ifMatch);
            var content = ResourceNormalizer.Normalize(body, Kind);
            ImmutableRule.Check(Kind, ResourceDocument.ContentOf(existing), content);
            rules.Prepare(content, id, store, ResourceWrite.Replace);
            if (defects.IsOn(LifecycleDefects.PutActiveIgnored))
            {
                KeepStoredActive(existing, content);
            }

            IgnoreReactivation(existing, content);
            var replaced = Store(store, existing, content, urls, selection);
            return defects.IsOn(WriteDefects.PutBodyIdHonoured) && MoveToBodyId(store, id, body) is { } moved
                ? renderer.Render(moved, rules, store, urls, selection)
                : replaced;
        });

    public Task<JsonObject> PatchAsync(string tenant, string id, IReadOnlyList<PatchOperation> operations, ScimUrls urls, AttributeSelection selection,
        string? ifMatch = null) =>
        database.WriteAsync(tenant, store =>
        {
            var existing = Existing(store, id);
            CheckPrecondition(existing, ifMatch);
            var content = ResourceDocument.ContentOf(existing);
            foreach (var operation in operations)
            {
                // Okta resends a group's own id inside a no-path replace; replacing id with itself modifies nothing
                // (RFC 7643 section 2.2 forbids changing it), so it is dropped. The patch-readonly-id-rejected defect keeps it.
                PatchApplier.Apply(content, Kind, defects.IsOn(ProfileDefects.PatchReadOnlyIdRejected) ? operation : PatchOwnId.Drop(operation, id), defects);
            }

            rules.Prepare(content, id, store, ResourceWrite.Patch);
            IgnoreReactivation(existing, content);
            if (defects.IsOn(LifecycleDefects.DeactivationIgnored) && ActiveOf(content) == false && ActiveOf(ResourceDocument.ContentOf(existing)) != false)
            {
                // The deactivation-ignored defect answers with the patched view but stores the user still active.
                var kept = content.DeepClone().AsObject();
                KeepStoredActive(existing, kept);
                Store(store, existing, kept, urls, AttributeSelection.None);
                var answered = ResourceDocument.Compose(Kind, id, content, ResourceDocument.ModifiedMeta(existing, Now()));
                return renderer.Render(answered, rules, store, urls, selection);
            }

            return Store(store, existing, content, urls, selection);
        });

    /// <summary>Deletes and returns the last view; null only under the second-delete-returns-204 defect, for an unknown id.</summary>
    public Task<JsonObject?> DeleteAsync(string tenant, string id, ScimUrls urls, string? ifMatch = null) =>
        database.WriteAsync<JsonObject?>(tenant, store =>
        {
            if (defects.IsOn(LifecycleDefects.SecondDeleteReturns204) && (store.Get(Kind.Name, id) is null || _tombstones.ContainsKey(id)))
            {
                return null;
            }

            var existing = Existing(store, id);
            CheckPrecondition(existing, ifMatch);
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

            if (Kind.Name == "User" && defects.IsOn(LifecycleDefects.DeletedUserStillListed))
            {
                // A stale search index: the row stays (and is listed) while every request by id answers 404.
                _tombstones[id] = true;
                RemoveFromGroups(store, id);
                return lastView;
            }

            if (Kind.Name == "Group" && defects.IsOn(LifecycleDefects.GroupDeleteDeletesMembers))
            {
                DeleteMemberUsers(store, existing);
            }

            store.Delete(Kind.Name, id);
            TouchMembers(store, existing, null);
            if (!(Kind.Name == "User" && defects.IsOn(LifecycleDefects.MembershipKeptAfterUserDelete)))
            {
                RemoveFromGroups(store, id);
            }

            if (defects.IsOn(LifecycleDefects.IdReusedAfterDelete))
            {
                _recycledIds.GetOrAdd(tenant, _ => new ConcurrentStack<string>()).Push(id);
            }

            return lastView;
        });

    public async Task<JsonObject> ListAsync(string tenant, ListRequest request, ScimUrls urls)
    {
        request = WithSearchDefects(request);
        var sql = TranslateFilter(request.Filter, unknownAttributesAbsent: false);
        var naive = request.Filter is not null && defects.IsOn(SecurityDefects.Injection500) ? FilterParser.Parse(request.Filter, false) : null;
        var selection = AttributeSelection.Parse(Kind, request.Attributes, request.ExcludedAttributes);
        var (offset, size) = PageOf(request);
        return await database.ReadAsync(ReadScope(tenant), store =>
        {
            // The injection-500 defect runs its pasted-together statement inside this tenant's read.
            if (naive is not null)
            {
                store.RunNaiveFilter(Kind.Name, naive);
            }

            var total = store.Count(Kind.Name, sql);
            IEnumerable<JsonObject> page;
            if (size == 0)
            {
                page = [];
            }
            else if (request.SortBy is null || defects.IsOn(QueryDefects.SortIgnored))
            {
                page = store.Page(Kind.Name, sql, offset, size);
            }
            else
            {
                // Refuse an unknown sortBy before reading every match into memory.
                if (total > 0) ResultOrdering.RequireAttribute(Kind, request.SortBy);
                var all = store.Page(Kind.Name, sql, 0, int.MaxValue).Select(r => new ResultOrdering.Candidate(Kind, r)).ToArray();
                page = Sorted(all, request, strict: true).Skip(offset).Take(size).Select(c => c.Stored);
            }

            return lists.Build(total, request.StartIndex, page.Select(r => Project(renderer.Render(r, rules, store, urls, selection), selection)).ToArray());
        });
    }

    /// <summary>The .search defect: a SearchRequest's filter is dropped, as by a server that reads only URL parameters.</summary>
    public ListRequest WithSearchDefects(ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request.IsSearchRequest && defects.IsOn(QueryDefects.SearchIgnoresFilter) ? request with { Filter = null } : request;
        return defects.IsOn(QueryDefects.ExcludedAttributesIgnored) ? request with { ExcludedAttributes = [] } : request;
    }

    // The attributes-drops-always defect: a list with attributes= keeps only the named attributes, id and schemas included.
    private JsonObject Project(JsonObject rendered, AttributeSelection selection)
    {
        if (defects.IsOn(QueryDefects.AttributesDropsAlways) && selection.Included.Count > 0)
        {
            rendered.Remove("id");
            rendered.Remove("schemas");
        }

        return rendered;
    }

    /// <summary>Every resource of this type the filter selects, in storage order, for a query across resource types.</summary>
    public IReadOnlyList<ResultOrdering.Candidate> Matching(ResourceStore store, string? filter)
    {
        var sql = TranslateFilter(filter, unknownAttributesAbsent: true);
        return store.Page(Kind.Name, sql, 0, int.MaxValue).Select(r => new ResultOrdering.Candidate(Kind, r)).ToArray();
    }

    /// <summary>The client's view of a stored resource of this type with the request's attribute selection.</summary>
    public JsonObject Render(JsonObject stored, ResourceStore store, ScimUrls urls, ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var selection = AttributeSelection.Parse(Kind, request.Attributes, request.ExcludedAttributes);
        return Project(renderer.Render(stored, rules, store, urls, selection), selection);
    }

    /// <summary>The 0-based offset and the page size of a list request, with the paging defects applied.</summary>
    public (int Offset, int Size) PageOf(ListRequest request)
    {
        // The start-index-zero-based defect reads a client-supplied startIndex as an offset, so page 1 skips the first result.
        var offset = defects.IsOn(QueryDefects.StartIndexZeroBased) && request.StartIndexGiven ? request.StartIndex : request.StartIndex - 1;
        if (defects.IsOn(QueryDefects.CountAboveMax500) && request.RequestedCount > ListRequest.MaxResults)
        {
            // The count-above-max-500 defect hands the unchecked page size to a buffer sized for maxResults.
            throw new InvalidOperationException("Page size exceeds the result buffer.");
        }

        // The count-zero-returns-resources defect reads count=0 as "not given" and answers a default page.
        var size = request.Count == 0 && defects.IsOn(QueryDefects.CountZeroReturnsResources) ? ListRequest.MaxResults : request.Count;
        // A provider may return fewer results than count asks (RFC 7644 section 3.4.2.4).
        if (defects.IsOn(BenignVariations.FewerResultsThanCount)) size = Math.Min(size, BenignVariations.SmallPageSize);
        return (offset, size);
    }

    /// <summary>sortBy / sortOrder applied, with the sort defects.</summary>
    public IReadOnlyList<ResultOrdering.Candidate> Sorted(IReadOnlyList<ResultOrdering.Candidate> candidates, ListRequest request, bool strict) =>
        request.SortBy is null || defects.IsOn(QueryDefects.SortIgnored)
            ? candidates
            : ResultOrdering.Sort(candidates, request.SortBy, request.Descending && !defects.IsOn(QueryDefects.SortDescendingIgnored), strict,
                defects.IsOn(QueryDefects.SortMissingFirst));

    private SqlFilter TranslateFilter(string? text, bool unknownAttributesAbsent)
    {
        try
        {
            var filter = text is null ? null : FilterParser.Parse(text, defects.IsOn(QueryDefects.FilterPrecedenceWrong));
            return SqlFilterTranslator.Translate(filter, Kind, new SqlFilterOptions
            {
                EqCaseSensitive = defects.IsOn(FoundationDefects.FilterEqCaseSensitive),
                NeIncludesMissingMultiValued = defects.IsOn(QueryDefects.FilterNeIncludesMissingMultiValued),
                ContainsAsStartsWith = defects.IsOn(QueryDefects.FilterCoAsSw),
                UrnPathIgnored = defects.IsOn(QueryDefects.FilterUrnPathIgnored),
                DateTimeAsText = defects.IsOn(QueryDefects.DateTimeComparedAsText),
                UnknownAttributesAbsent = unknownAttributesAbsent,
            });
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
        var stored = ResourceDocument.Compose(Kind, id, content, Modified(existing));
        store.Update(Kind.Name, id, stored);
        TouchMembers(store, existing, stored);
        return renderer.Render(stored, rules, store, urls, selection);
    }

    /// <summary>The put-body-id-honoured defect: the resource moves to the (readOnly) id the PUT body carries.</summary>
    private JsonObject? MoveToBodyId(ResourceStore store, string id, JsonObject body)
    {
        if (body["id"] is not JsonValue value || !value.TryGetValue(out string? newId) || string.IsNullOrEmpty(newId) || newId == id
            || store.IdInUse(newId))
        {
            return null;
        }

        var moved = store.Get(Kind.Name, id)!;
        moved["id"] = newId;
        store.Delete(Kind.Name, id);
        store.Insert(Kind.Name, newId, moved);
        return moved;
    }

    /// <summary>
    /// If-Match on PUT, PATCH and DELETE (RFC 7644 section 3.14): a version other than the current one
    /// refuses the write with 412, inside the same unit of work as the write.
    /// </summary>
    private void CheckPrecondition(JsonObject existing, string? ifMatch)
    {
        if (ifMatch is null || defects.IsOn(WriteDefects.EtagIfMatchIgnored))
        {
            return;
        }

        if (!EntityTags.Matches(ifMatch, (string?)existing["meta"]?["version"]))
        {
            throw new ScimException(StatusCodes.Status412PreconditionFailed, null,
                "The resource has changed: If-Match does not name its current version.");
        }
    }

    /// <summary>
    /// A change of a group's members changes the representation of each member that joined or left
    /// (its computed groups attribute), so those members get a new version too.
    /// </summary>
    private void TouchMembers(ResourceStore store, JsonObject? before, JsonObject? after)
    {
        if (Kind.Name != groupKind.Name)
        {
            return;
        }

        var old = MemberIds(before);
        var now = MemberIds(after);
        old.SymmetricExceptWith(now);
        foreach (var memberId in old)
        {
            foreach (var type in new[] { "User", groupKind.Name })
            {
                if (store.Get(type, memberId) is { } member)
                {
                    member["meta"] = Modified(member);
                    store.Update(type, memberId, member);
                    break;
                }
            }
        }
    }

    private static HashSet<string> MemberIds(JsonObject? group) =>
        new((group?["members"] as JsonArray ?? []).OfType<JsonObject>().Select(m => (string?)m["value"]).OfType<string>(), StringComparer.Ordinal);

    private JsonObject Modified(JsonObject stored)
    {
        var meta = ResourceDocument.ModifiedMeta(stored, Now());
        if (defects.IsOn(WriteDefects.EtagVersionUnchangedOnWrite))
        {
            meta["version"] = stored["meta"]?["version"]?.DeepClone();
        }

        return meta;
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
            store.Update(groupKind.Name, groupId, ResourceDocument.Compose(groupKind, groupId, content, Modified(group)));
        }
    }

    private JsonObject Existing(ResourceStore store, string id) =>
        (_tombstones.ContainsKey(id) ? null : store.Get(Kind.Name, id)) ?? throw ScimException.NotFound($"{Kind.Name} \"{id}\" does not exist.");

    private static bool? ActiveOf(JsonObject content) =>
        content["active"] is JsonValue value && value.TryGetValue(out bool active) ? active : null;

    /// <summary>Puts the stored active value back into content about to be stored (the put-active-ignored and deactivation-ignored defects).</summary>
    private static void KeepStoredActive(JsonObject existing, JsonObject content)
    {
        var stored = ResourceDocument.ContentOf(existing)["active"];
        content.Remove("active");
        if (stored is not null)
        {
            content["active"] = stored.DeepClone();
        }
    }

    /// <summary>The reactivation-ignored defect: a deactivated user stays inactive whatever the write says.</summary>
    private void IgnoreReactivation(JsonObject existing, JsonObject content)
    {
        if (defects.IsOn(LifecycleDefects.ReactivationIgnored) && ActiveOf(ResourceDocument.ContentOf(existing)) == false && ActiveOf(content) == true)
        {
            content["active"] = false;
        }
    }

    /// <summary>The group-delete-deletes-members defect: a cascade that takes the member users with the group.</summary>
    private void DeleteMemberUsers(ResourceStore store, JsonObject group)
    {
        var members = ResourceDocument.ContentOf(group)["members"] as JsonArray ?? [];
        foreach (var member in members.OfType<JsonObject>().Where(m => (string?)m["type"] != "Group").Select(m => (string?)m["value"]).OfType<string>().ToArray())
        {
            if (store.Delete("User", member))
            {
                RemoveFromGroups(store, member);
            }
        }
    }

    private string NewId(string tenant, JsonObject body, ResourceStore store)
    {
        if (defects.IsOn(LifecycleDefects.IdReusedAfterDelete) && _recycledIds.TryGetValue(tenant, out var recycledIds)
            && recycledIds.TryPop(out var recycled) && !store.IdInUse(recycled))
        {
            return recycled;
        }

        if (defects.IsOn(FoundationDefects.ClientIdHonoured) && body["id"] is JsonValue given
            && given.GetValueKind() == JsonValueKind.String && given.GetValue<string>() is { Length: > 0 } clientId && !store.IdInUse(clientId))
        {
            return clientId;
        }

        if (defects.IsOn(BenignVariations.NonUuidIds))
        {
            // Any unique, stable string is a valid id (RFC 7643 section 3.1).
            var prefix = char.ToLowerInvariant(Kind.Name[0]);
            string candidate;
            do
            {
                candidate = $"{prefix}-{Interlocked.Increment(ref _counter).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}";
            }
            while (store.IdInUse(candidate));
            return candidate;
        }

        return Guid.NewGuid().ToString();
    }

    private long _counter;
    /// <summary>The tenant whose rows a read sees; the cross-tenant-read defect lets reads see every tenant's.</summary>
    public string? ReadScope(string tenant) => defects.IsOn(SecurityDefects.CrossTenantRead) ? null : tenant;

    private string Now() => TimestampFormat.Format(clock.GetUtcNow());
}
