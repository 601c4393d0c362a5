using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using ScimConformance.Core.Run;

namespace ScimConformance.Suites.Fidelity;

public sealed partial class AttributeFidelityTests
{
    private const string BenchKey = "fidelity-workbench:";
    private const string AnchorKey = "fidelity-anchor";
    private Lazy<Task<JsonObject>>? _anchor;

    // The workbench each case read but did not build: its exchanges join the case's evidence only when the case does not
    // pass (a verdict shows the exchange it rested on; a pass would carry a hundred copies of one resource's traffic).
    private readonly ConcurrentDictionary<string, Workbench> _read = new(StringComparer.Ordinal);

    private void ShareEvidence()
    {
        if (CurrentTest.Id is { } test && _read.TryRemove(test, out var bench)) Run.Journal.Share(bench.Exchanges);
    }

    /// <summary>
    /// The shared workbench of the case's resource type, or, when the shared one had a stage refused, one of the case's
    /// own attribute alone (so the refusal is told apart from the attributes that were fine). Its exchanges join the
    /// evidence of every case that reads it and does not pass, the one that happened to build it included.
    /// </summary>
    private async Task<Workbench> BenchAsync(AttributeCase c)
    {
        var bench = await SharedAsync($"{c.ResourceType.Name}", () => BuildAsync(c.ResourceType, null));
        if (bench.Refusal is not null)
            bench = await SharedAsync($"{c.ResourceType.Name}|{c.Schema.Id}|{c.Attribute.Name}", () => BuildAsync(c.ResourceType, c));
        if (CurrentTest.Id is { } test) _read[test] = bench;
        return bench;
    }

    private Task<Workbench> SharedAsync(string key, Func<Task<Workbench>> build) =>
        _benches.GetOrAdd(key, _ => new Lazy<Task<Workbench>>(async () =>
        {
            using var filed = ExchangeJournal.FileUnder(BenchKey + key);
            var bench = await build();
            bench.Exchanges = Run.Journal.Take(BenchKey + key);
            return bench;
        })).Value;

    /// <summary>The user every resource-valued attribute (manager, members, a reference typed User) points at; a set-up of all the cases, owned by none.</summary>
    private Task<JsonObject> AnchorAsync() =>
        LazyInitializer.EnsureInitialized(ref _anchor, () => new Lazy<Task<JsonObject>>(async () =>
        {
            using var filed = ExchangeJournal.FileUnder(AnchorKey);
            var anchor = await CreateUserAsync();
            Run.Journal.Take(AnchorKey);
            return anchor;
        }))!.Value;

    private async Task<AttributeValues> ValuesAsync(string scope)
    {
        var anchor = await AnchorAsync();
        var id = IdOf(anchor);
        var location = anchor.Text("meta.location") ?? new Uri(Run.Settings.BaseUrl, Endpoints.User(id)).ToString();
        var data = Run.DataFor(scope);
        return new AttributeValues(Run.Prefix, () => data.Token(6), id, location);
    }

    private async Task<Workbench> BuildAsync(ResourceTypeDefinition resourceType, AttributeCase? only)
    {
        var values = await ValuesAsync(only?.Id ?? AttributeCaseIds.Prefix + resourceType.Name);
        var bench = new Workbench { ResourceType = resourceType, Slots = SlotsOf(resourceType, values, only), Solo = only is not null };
        await WriteAndReadAsync(bench);
        return bench;
    }

    /// <summary>
    /// The attributes a workbench writes: every writable top-level attribute of the resource type's schemas whose value
    /// can be built, or for a solo workbench the case's attribute with what a create needs beside it (the name that
    /// carries the run prefix, required attributes).
    /// </summary>
    private static List<Slot> SlotsOf(ResourceTypeDefinition resourceType, AttributeValues values, AttributeCase? only)
    {
        var patch = Run.Capabilities.Patch;
        var changePassword = Run.Capabilities.Has(Capability.ChangePassword, Run.Discovery);
        var slots = new List<Slot>();
        foreach (var (schema, core, attribute) in Writable(resourceType))
        {
            var needed = only is null || (string.Equals(schema.Id, only.Schema.Id, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(attribute.Name, only.Attribute.Name, StringComparison.OrdinalIgnoreCase))
                || ResourceBodies.NeededBeside(resourceType, schema, core, attribute, only.Schema);
            if (!needed || values.Value(attribute, 0) is not { } created) continue;
            var immutable = attribute.Mutability == "immutable";
            var createOnly = core && string.Equals(attribute.Name, "password", StringComparison.OrdinalIgnoreCase) && !changePassword;
            var replaced = immutable || createOnly ? created : values.Value(attribute, 1)!;
            var patched = immutable || createOnly || !patch ? null : values.Value(attribute, 2);
            slots.Add(new Slot(schema, core, attribute, created, replaced, patched) { CreateOnly = createOnly });
        }
        return slots;
    }

    private static IEnumerable<(SchemaDefinition Schema, bool Core, AttributeDefinition Attribute)> Writable(ResourceTypeDefinition resourceType)
    {
        var schemas = new[] { resourceType.Schema }.Concat(resourceType.Extensions.Select(e => e.Schema))
            .Select(Run.Discovery.Schema).OfType<SchemaDefinition>().DistinctBy(s => s.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var schema in schemas)
        {
            var core = string.Equals(schema.Id, resourceType.Schema, StringComparison.OrdinalIgnoreCase);
            foreach (var attribute in schema.Attributes.Where(a => a.Mutability is "readWrite" or "immutable" or "writeOnly")
                         .Where(a => !(core && a.Name is "id" or "meta" or "schemas")).DistinctBy(a => a.Name, StringComparer.OrdinalIgnoreCase))
                yield return (schema, core, attribute);
        }
    }

    private async Task WriteAndReadAsync(Workbench bench)
    {
        var resourceType = bench.ResourceType;
        var endpoint = Endpoints.Of(resourceType.Name);
        var created = ResourceBodies.Named(Run, resourceType, ResourceBodies.Build(resourceType, bench.Slots.Select(s => (s.Schema, s.Core, s.Attribute, s.Created))));
        bench.Created = await PostAdaptedAsync(resourceType, created);
        if (!Succeeded(bench, bench.Created, WorkbenchStage.Create)) return;
        var id = bench.Created.Object.Text("id");
        if (string.IsNullOrEmpty(id))
        {
            bench.Refusal = (bench.Created, WorkbenchStage.Create);
            return;
        }
        var path = $"{endpoint}/{Uri.EscapeDataString(id)}";
        bench.CreatedRead = await Client.GetAsync(path);
        if (!Succeeded(bench, bench.CreatedRead, WorkbenchStage.Read)) return;

        // The replacement keeps the name the create gave, so the resource stays findable by the run's prefix.
        var replacement = ResourceBodies.Build(resourceType, bench.Slots.Where(s => !s.CreateOnly).Select(s => (s.Schema, s.Core, s.Attribute, s.Replaced)));
        replacement = ResourceBodies.Named(Run, resourceType, replacement, created);
        bench.Replaced = await Client.PutAsync(path, Run.Adapter.Prepare(resourceType.Name, replacement));
        if (!Succeeded(bench, bench.Replaced, WorkbenchStage.Replace)) return;
        bench.ReplacedRead = await Client.GetAsync(path);
        if (!Succeeded(bench, bench.ReplacedRead, WorkbenchStage.Read)) return;

        var operations = bench.Slots.Where(s => s.Patched is not null)
            .Select(s => (JsonNode)new JsonObject { ["op"] = "replace", ["path"] = s.Path, ["value"] = s.Patched!.DeepClone() }).ToArray();
        if (operations.Length > 0)
        {
            bench.Patched = await Client.PatchAsync(path, new JsonObject
            {
                ["schemas"] = new JsonArray(ScimUris.PatchOp),
                ["Operations"] = new JsonArray(operations),
            });
            if (!Succeeded(bench, bench.Patched, WorkbenchStage.Patch)) return;
            bench.PatchedRead = await Client.GetAsync(path);
            if (!Succeeded(bench, bench.PatchedRead, WorkbenchStage.Read)) return;
        }

        // Shared reads of the final state for the returned cases: what attributes=id leaves, what excludedAttributes
        // removes, and what attributes= naming the request/never ones brings.
        bench.AttributesId = await GetWithAsync(path, ("attributes", "id"));
        var shown = Paths(resourceType, a => a.Returned is "always" or "default" && a.Mutability != "writeOnly");
        if (shown.Length > 0) bench.Excluded = await GetWithAsync(path, ("excludedAttributes", string.Join(',', shown)));
        var asked = Paths(resourceType, a => a.Returned is "request" or "never" || a.Mutability == "writeOnly");
        if (asked.Length > 0) bench.Requested = await GetWithAsync(path, ("attributes", string.Join(',', asked)));
    }

    private static bool Succeeded(Workbench bench, ScimResponse response, WorkbenchStage stage)
    {
        if (response.IsSuccess && (response.Status == 204 || response.Object is not null)) return true;
        bench.Refusal = (response, stage);
        return false;
    }

    private static string[] Paths(ResourceTypeDefinition resourceType, Func<AttributeDefinition, bool> which)
    {
        var schemas = new[] { resourceType.Schema }.Concat(resourceType.Extensions.Select(e => e.Schema)).Select(Run.Discovery.Schema).OfType<SchemaDefinition>();
        return schemas.SelectMany(s => s.Attributes.Where(which).Where(a => a.Name is not ("id" or "meta" or "schemas"))
                .Select(a => string.Equals(s.Id, resourceType.Schema, StringComparison.OrdinalIgnoreCase) ? a.Name : s.Id + ":" + a.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }
}
