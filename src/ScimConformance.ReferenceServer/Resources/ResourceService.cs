using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Patching;
using ScimConformance.ReferenceServer.Resources.Paging;
using ScimConformance.ReferenceServer.Resources.Seams;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// Create, read, replace, patch, delete and list for one resource type, each as one unit of work on the database.
/// The code reads as the RFCs; where a switched-on defect deviates, it goes through one of the <see cref="ResourceSeams"/>.
/// </summary>
/// <param name="groupKind">The Group type, whose members lists change when a member is deleted.</param>
/// <param name="cursors">Issues and reads the cursors of cursor-based pagination (RFC 9865).</param>
internal sealed class ResourceService(IResourceRules rules, ResourceKind groupKind, ScimDatabase database, ResourceRenderer renderer,
    ListResponse lists, ResourceSeams seams, CursorCodec cursors, TimeProvider clock)
{
    public ResourceKind Kind => rules.Kind;

    public Task<JsonObject> CreateAsync(string tenant, JsonObject body, ScimUrls urls, AttributeSelection selection) =>
        database.WriteAsync(tenant, store =>
        {
            var content = seams.Writes.Normalizing(body, Kind, ResourceWrite.Create);
            var id = seams.Ids.NewId(tenant, Kind, body, store);
            Validate(content, id, store, ResourceWrite.Create);
            var stored = ResourceDocument.Compose(Kind, id, content, ResourceDocument.NewMeta(Kind, Now()));
            store.Insert(Kind.Name, id, stored);
            TouchMembers(store, null, stored);
            return renderer.Render(stored, rules, store, urls, selection, RequestedAttributes.OfContent(Kind, content));
        });

    public Task<JsonObject> GetAsync(string tenant, string id, ScimUrls urls, AttributeSelection selection) =>
        database.ReadAsync(ReadScope(tenant), store => renderer.Render(Existing(store, id), rules, store, urls, selection));

    public Task<JsonObject> ReplaceAsync(string tenant, string id, JsonObject body, ScimUrls urls, AttributeSelection selection, string? ifMatch = null) =>
        database.WriteAsync(tenant, store =>
        {
            var target = seams.Writes.Target(store, Kind, id, body);
            var existing = Existing(store, target);
            CheckPrecondition(existing, ifMatch);
            var content = seams.Writes.Normalizing(body, Kind, ResourceWrite.Replace);
            seams.Writes.Immutable(Kind, ResourceDocument.ContentOf(existing), content, ResourceWrite.Replace);
            Validate(content, target, store, ResourceWrite.Replace);
            seams.Writes.Unassigning(body, existing, content);
            seams.Writes.Replacing(existing, content);
            var specified = RequestedAttributes.OfContent(Kind, content);
            var replaced = Store(store, existing, content, urls, selection, specified);
            return seams.Writes.MovedBy(store, Kind, target, body) is { } moved ? renderer.Render(moved, rules, store, urls, selection, specified) : replaced;
        });

    public Task<JsonObject> PatchAsync(string tenant, string id, IReadOnlyList<PatchOperation> operations, ScimUrls urls, AttributeSelection selection,
        string? ifMatch = null) =>
        database.WriteAsync(tenant, store =>
        {
            var existing = Existing(store, id);
            CheckPrecondition(existing, ifMatch);
            var content = ResourceDocument.ContentOf(existing);
            for (var i = 0; i < operations.Count; i++)
            {
                seams.Writes.Sequencing(existing, Kind, operations, i);
                PatchApplier.Apply(content, Kind, seams.Writes.Reading(operations[i], id), seams.Patching);
            }

            seams.Writes.Immutable(Kind, ResourceDocument.ContentOf(existing), content, ResourceWrite.Patch);
            Validate(content, id, store, ResourceWrite.Patch);
            var specified = RequestedAttributes.OfPatch(Kind, operations);
            var toStore = seams.Writes.Storing(existing, content);
            if (!ReferenceEquals(toStore, content))
            {
                // What is stored differs from what is answered: the answer is the patched view with the new meta.
                Store(store, existing, toStore, urls, AttributeSelection.None);
                var answered = ResourceDocument.Compose(Kind, id, content, ResourceDocument.ModifiedMeta(existing, Now()));
                return renderer.Render(answered, rules, store, urls, selection, specified);
            }

            return Store(store, existing, content, urls, selection, specified);
        });

    /// <summary>Deletes and returns the last view; null when a seam answers a DELETE of an unknown id as done.</summary>
    public Task<JsonObject?> DeleteAsync(string tenant, string id, ScimUrls urls, string? ifMatch = null) =>
        database.WriteAsync<JsonObject?>(tenant, store =>
        {
            if (seams.Deletes.AnswersMissing(store, Kind, id))
            {
                return null;
            }

            var existing = Existing(store, id);
            CheckPrecondition(existing, ifMatch);
            var lastView = renderer.Render(existing, rules, store, urls, AttributeSelection.None);
            var steps = new ResourceSteps((stored, content) => Store(store, stored, content, urls, AttributeSelection.None), member => RemoveFromGroups(store, member));
            if (seams.Deletes.Instead(store, Kind, existing, steps))
            {
                return lastView;
            }

            seams.Deletes.Deleting(store, Kind, existing, steps);
            store.Delete(Kind.Name, id);
            TouchMembers(store, existing, null);
            if (seams.Deletes.EndsMemberships(Kind))
            {
                RemoveFromGroups(store, id);
            }

            seams.Ids.Released(tenant, Kind, id);
            return lastView;
        });

    public async Task<JsonObject> ListAsync(string tenant, ListRequest request, ScimUrls urls)
    {
        request = Effective(request);
        var cursor = request.Cursor is null || !cursors.Supported ? null : CursorPaging.Start(request, cursors, tenant, Kind);
        var sql = TranslateFilter(request.Filter, unknownAttributesAbsent: false);
        var selection = AttributeSelection.Parse(Kind, request.Attributes, request.ExcludedAttributes);
        var (offset, size) = PageOf(request);
        return await database.ReadAsync(ReadScope(tenant), store =>
        {
            if (request.Filter is not null)
            {
                seams.Queries.Inspecting(store, Kind, request.Filter);
            }

            var total = store.Count(Kind.Name, sql);
            if (cursor is not null)
            {
                if (total > 0 && request.SortBy is not null) ResultOrdering.RequireAttribute(Kind, request.SortBy);
                var (served, next) = CursorPaging.Page(store, Kind, sql, cursors, cursor, size,
                    request.SortBy is null ? null : all => Sorted(all, request, strict: true));
                return lists.BuildCursorPage(total, next, served.Select(r => Project(renderer.Render(r, rules, store, urls, selection), selection)).ToArray());
            }

            IEnumerable<JsonObject> page;
            if (size == 0)
            {
                page = [];
            }
            else if (request.SortBy is null)
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

    /// <summary>A list request as this server reads it (from the URL or a SearchRequest body).</summary>
    public ListRequest Effective(ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return seams.Queries.Reading(request);
    }

    private JsonObject Project(JsonObject rendered, AttributeSelection selection)
    {
        seams.Queries.Projected(rendered, selection);
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

    /// <summary>The 0-based offset and the page size of a list request.</summary>
    public (int Offset, int Size) PageOf(ListRequest request) => seams.Queries.Page(request);

    /// <summary>sortBy / sortOrder applied (RFC 7644 section 3.4.2.3).</summary>
    public IReadOnlyList<ResultOrdering.Candidate> Sorted(IReadOnlyList<ResultOrdering.Candidate> candidates, ListRequest request, bool strict) =>
        request.SortBy is null
            ? candidates
            : ResultOrdering.Sort(candidates, request.SortBy, request.Descending, strict, seams.Queries.MissingFirst);

    /// <summary>The tenant whose rows a read sees.</summary>
    public string? ReadScope(string tenant) => seams.Queries.ReadScope(tenant);

    private SqlFilter TranslateFilter(string? text, bool unknownAttributesAbsent)
    {
        try
        {
            var filter = text is null ? null : seams.Queries.Parse(text);
            return SqlFilterTranslator.Translate(filter, Kind, seams.Queries.FilterOptions with { UnknownAttributesAbsent = unknownAttributesAbsent });
        }
        catch (ScimException ex) when (ex.ScimType == ScimErrorType.InvalidFilter && seams.Queries.Refusal(ex) is { } refusal)
        {
            throw refusal;
        }
    }

    /// <summary>The type's own rules, then the characteristics every schema attribute declares (required, uniqueness).</summary>
    private void Validate(JsonObject content, string id, ResourceStore store, ResourceWrite write)
    {
        rules.Prepare(content, id, store, write);
        RequiredRule.Check(Kind, content, write);
        UniquenessRule.Check(Kind, content, id, store);
    }

    /// <param name="specified">The attributes the write named, which its answer shows even when they are returned only on request.</param>
    private JsonObject Store(ResourceStore store, JsonObject existing, JsonObject content, ScimUrls urls, AttributeSelection selection,
        IReadOnlySet<string>? specified = null)
    {
        // A write that changes nothing keeps the version and lastModified (RFC 7644 section 3.5.2.1).
        if (JsonNode.DeepEquals(ResourceDocument.ContentOf(existing), content))
        {
            return renderer.Render(existing, rules, store, urls, selection, specified);
        }

        var id = (string)existing["id"]!;
        var stored = ResourceDocument.Compose(Kind, id, content, Modified(existing));
        store.Update(Kind.Name, id, stored);
        TouchMembers(store, existing, stored);
        return renderer.Render(stored, rules, store, urls, selection, specified);
    }

    /// <summary>
    /// If-Match on PUT, PATCH and DELETE (RFC 7644 section 3.14): a version other than the current one
    /// refuses the write with 412, inside the same unit of work as the write.
    /// </summary>
    private void CheckPrecondition(JsonObject existing, string? ifMatch)
    {
        if (ifMatch is null || !seams.Versions.EvaluatesIfMatch)
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

    private JsonObject Modified(JsonObject stored) => seams.Versions.Modified(stored, ResourceDocument.ModifiedMeta(stored, Now()));

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
        (seams.Deletes.Hides(id) ? null : store.Get(Kind.Name, id)) ?? throw ScimException.NotFound($"{Kind.Name} \"{id}\" does not exist.");

    private string Now() => TimestampFormat.Format(clock.GetUtcNow());
}
