using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Fidelity;

// The aspects that write a resource of their own: readOnly ignored, immutable kept, and the create-time constraints.
public sealed partial class AttributeFidelityTests
{
    private async Task ReadOnlyIgnoredAsync(AttributeCase c)
    {
        var values = await ValuesAsync(c.Id);
        var value = values.Value(c.Attribute, 7, readOnlyToo: true) ?? Unbuildable(c);
        var response = await PostAdaptedAsync(c.ResourceType, CreateBody(c, values, value));
        if (!Responses.Subject(response, "R7644-3.3-01", $"creating a {c.ResourceType.Name} that carries a value for the readOnly {c.Path}")) return;
        var read = await ReadBackAsync(c, response);
        var kept = ValueMatch.Of(c.Attribute, value, ResourceBodies.Read(read.Object, c.Schema, c.IsCore, c.Attribute.Name));
        Verify.That(kept.Kind != MatchKind.Same, "R7644-3.3-01", $"GET {read.RequestUri.PathAndQuery} holds {c.Path} = {value.Show()}, the value the client sent for a readOnly attribute.");
        Assert.Pass($"the create was accepted and {c.Path} does not hold the client's value.");
    }

    private async Task ImmutableAsync(AttributeCase c)
    {
        var values = await ValuesAsync(c.Id);
        var first = values.Value(c.Attribute, 0) ?? Unbuildable(c);
        var other = values.Value(c.Attribute, 3)!;
        var body = CreateBody(c, values, first);
        var created = CreatedView(await PostAdaptedAsync(c.ResourceType, body), $"a {c.ResourceType.Name} with {c.Path}");
        var path = $"{Endpoints.Of(c.ResourceType.Name)}/{Uri.EscapeDataString(IdOf(created))}";
        Verify.Precondition(Kept(c, first, await ReadSetUpAsync(path, "reading the new resource back")), $"the new {c.ResourceType.Name} does not hold {c.Path} as created, so a change cannot be told from a loss (its round-trip case says more).");

        var replacement = (JsonObject)Run.Adapter.Prepare(c.ResourceType.Name, body).DeepClone();
        Put(c, replacement, other);
        var put = await Client.PutAsync(path, replacement);
        var afterPut = await ReadSetUpAsync(path, "reading the resource back after the PUT");
        var putKept = Kept(c, first, afterPut);
        var warnings = new List<Action>();
        if (put.IsSuccess)
        {
            Verify.That(putKept, "R7644-3.5.1-04", $"PUT {path} with {c.Path} = {other.Show()} answered {put.Status} and GET now shows {Value(c, afterPut).Show()}: the immutable value changed.");
            warnings.Add(() => Verify.That(false, "R7644-3.5.1-05", $"PUT {path} changing the immutable {c.Path} answered {put.Status} (ignored it) instead of 400 mutability."));
        }
        else if (put.Status == 400)
        {
            Verify.That(putKept, "R7643-7-12", $"PUT {path} was refused with 400, yet GET now shows {c.Path} = {Value(c, afterPut).Show()}.");
            if (put.Object.Text("scimType") != "mutability")
                warnings.Add(() => Verify.That(false, "R7644-3.5.1-05", $"PUT {path} changing the immutable {c.Path} answered 400 with scimType '{put.Object.Text("scimType") ?? "none"}' instead of mutability."));
        }
        else if (!Responses.Subject(put, "R7644-3.5.1-05", $"PUT {path} changing the immutable {c.Path}")) return;

        if (Run.Capabilities.Patch)
        {
            var patch = await Client.PatchAsync(path, new JsonObject
            {
                ["schemas"] = new JsonArray(ScimUris.PatchOp),
                ["Operations"] = new JsonArray(new JsonObject { ["op"] = "replace", ["path"] = c.Path, ["value"] = other.DeepClone() }),
            });
            // A refusal is the answer asked for; anything else but a success (credentials refused, a server error) goes by the outcome policy.
            if (!patch.IsSuccess && ResponseClasses.Of(patch.Status) != ResponseClass.Refused
                && !Responses.Subject(patch, "R7644-3.5.2-01", $"PATCH replace of the immutable {c.Path}")) return;
            var afterPatch = await ReadSetUpAsync(path, "reading the resource back after the PATCH");
            Verify.That(Kept(c, first, afterPatch), "R7643-7-12", $"PATCH replace {c.Path} with {other.Show()} answered {patch.Status} and GET now shows {Value(c, afterPatch).Show()}: the immutable value changed.");
            if (patch.IsSuccess)
                Verify.That(false, "R7644-3.5.2-01", $"PATCH replace of the immutable {c.Path} answered {patch.Status} instead of refusing it (400 mutability).");
        }
        foreach (var warn in warnings) warn();
        var firstSet = await FirstValueAsync(c, values);
        Assert.Pass($"{c.Path} kept its first value through a PUT{(Run.Capabilities.Patch ? " and a PATCH" : "")} that tried to change it{firstSet}.");
    }

    /// <summary>
    /// An immutable attribute with no value yet takes the one a PUT (RFC 7644 §3.5.1) or a PATCH add (§3.5.2) supplies, each
    /// on a resource of its own created without it. A required attribute has no such state, and one the server filled in on
    /// create already has a value; neither is observed. Returns what was observed, for the pass message.
    /// </summary>
    private async Task<string> FirstValueAsync(AttributeCase c, AttributeValues values)
    {
        if (c.Attribute.Required) return " (it is required, so it never lacks a value to be set first)";
        var value = values.Value(c.Attribute, 1)!;
        if (await UnsetResourceAsync(c, values) is not var (putPath, body)) return " (a resource created without it holds a value already)";
        var replacement = (JsonObject)Run.Adapter.Prepare(c.ResourceType.Name, body).DeepClone();
        Put(c, replacement, value);
        var put = await Client.PutAsync(putPath, replacement);
        if (!Responses.Subject(put, "R7644-3.5.1-06", $"PUT {putPath} giving the unset immutable {c.Path} its first value {value.Show()}")) return "";
        var afterPut = await ReadSetUpAsync(putPath, "reading the resource back after the PUT");
        Verify.That(Kept(c, value, afterPut), "R7644-3.5.1-06", $"PUT {putPath} giving the unset immutable {c.Path} the value {value.Show()} answered {put.Status}, and GET now shows {Value(c, afterPut).Show()}.");
        if (!Run.Capabilities.Patch) return "; a PUT gave it its first value";

        if (await UnsetResourceAsync(c, values) is not var (patchPath, _)) return "; a PUT gave it its first value";
        var patch = await Client.PatchAsync(patchPath, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUris.PatchOp),
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "add", ["path"] = c.Path, ["value"] = value.DeepClone() }),
        });
        if (!Responses.Subject(patch, "R7644-3.5.2-02", $"PATCH {patchPath} add of {c.Path} = {value.Show()} to the unset immutable attribute")) return "";
        var afterPatch = await ReadSetUpAsync(patchPath, "reading the resource back after the PATCH");
        Verify.That(Kept(c, value, afterPatch), "R7644-3.5.2-02", $"PATCH {patchPath} add of {c.Path} = {value.Show()} to the unset immutable attribute answered {patch.Status}, and GET now shows {Value(c, afterPatch).Show()}.");
        return "; a PUT and a PATCH add each gave it its first value";
    }

    /// <summary>A new resource created without the case's attribute (its path and create body), or null when the server gave it a value anyway.</summary>
    private async Task<(string Path, JsonObject Body)?> UnsetResourceAsync(AttributeCase c, AttributeValues values)
    {
        var body = CreateBody(c, values, null);
        var created = CreatedView(await PostAdaptedAsync(c.ResourceType, (JsonObject)body.DeepClone()), $"a {c.ResourceType.Name} without {c.Path}");
        var path = $"{Endpoints.Of(c.ResourceType.Name)}/{Uri.EscapeDataString(IdOf(created))}";
        return Value(c, await ReadSetUpAsync(path, "reading the resource created without the attribute")) is null ? (path, body) : null;
    }

    private async Task UniquenessAsync(AttributeCase c)
    {
        var (bench, slot) = await WrittenAsync(c);
        RequireWritten(bench, c);
        var values = await ValuesAsync(c.Id);
        var taken = Held(bench, slot, c);
        await RepeatAsync(c, values, taken, "the same value");
        if (c.Attribute.Type == "string" && !c.Attribute.CaseExact && taken.GetValue<string>() is var text && CaseVariants.Flip(text) != text)
            await RepeatAsync(c, values, JsonValue.Create(CaseVariants.Flip(text))!, "the same value in another case (caseExact false)");
        Assert.Pass($"a second {c.ResourceType.Name} with {c.Path} = {taken.Show()} was refused with 409 uniqueness.");
    }

    private async Task RepeatAsync(AttributeCase c, AttributeValues values, JsonNode taken, string how)
    {
        var response = await PostAdaptedAsync(c.ResourceType, CreateBody(c, values, taken));
        var row = AttributeCaseDeclaration.UniquenessRow(c);
        var what = $"creating a second {c.ResourceType.Name} with {c.Path} = {taken.Show()} ({how} as one the run already holds)";
        if (response.IsSuccess) Verify.That(false, row, $"{what} answered {response.Status}: the value is declared uniqueness {c.Attribute.Uniqueness}.");
        else if (response.Status is 409 or 400)
            Verify.Should(response.Object.Text("scimType") == "uniqueness", "R7644-3.3-07", $"{what} answered {response.Status} with scimType '{response.Object.Text("scimType") ?? "none"}' instead of 409 uniqueness.");
        else Responses.Subject(response, row, what);
    }

    private async Task CaseExactAsync(AttributeCase c)
    {
        var (bench, slot) = await WrittenAsync(c);
        RequireWritten(bench, c);
        var held = Held(bench, slot, c);
        if (((held as JsonArray)?.FirstOrDefault() ?? held) is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            Verify.Precondition(false, $"the {c.ResourceType.Name} written for these checks holds {held.Show()} for {c.Path}, no string to filter on (its round-trip case reports the value).");
            return;
        }
        var variant = CaseVariants.Flip(text);
        if (variant == text) Assert.Ignore($"Skipped: the value of {c.Path} has no letters, so no other case exists.");
        var id = bench.FinalRead.Text("id") ?? bench.Created!.Object.Text("id") ?? "";
        var endpoint = Endpoints.Of(c.ResourceType.Name);

        var exact = await QueryAsync(endpoint, Filters.Eq(c.Path, text));
        if (exact.Status == 400)
            Assert.Ignore($"Skipped: the endpoint refuses to filter on {c.Path} ({Describe(exact)}; RFC 7644 §3.4.2.2 lets it answer invalidFilter for an attribute it cannot filter on).");
        Responses.SetUp(exact, $"filtering on {c.Path} with its exact value");
        Verify.Precondition(Ids(exact).Contains(id), $"filtering on {c.Path} eq its exact value did not find the {c.ResourceType.Name} that holds it, so the case of the value cannot be judged.");

        var other = await QueryAsync(endpoint, Filters.Eq(c.Path, variant));
        Responses.SetUp(other, $"filtering on {c.Path} with the value in another case");
        var found = Ids(other).Contains(id);
        Verify.That(found != c.Attribute.CaseExact, "R7643-7-08", c.Attribute.CaseExact
            ? $"GET {other.RequestUri.PathAndQuery} matched the {c.ResourceType.Name} holding \"{text}\", though {c.Path} is caseExact."
            : $"GET {other.RequestUri.PathAndQuery} did not match the {c.ResourceType.Name} holding \"{text}\", though {c.Path} is not caseExact.");
        Assert.Pass($"{c.Path} eq \"{variant}\" {(found ? "matched" : "did not match")} \"{text}\", as caseExact {c.Attribute.CaseExact.ToString().ToLowerInvariant()} says.");
    }

    private async Task RequiredAsync(AttributeCase c)
    {
        var values = await ValuesAsync(c.Id);
        // Nothing is added back: not the name (when it is the attribute), not a demand the run learnt.
        var body = CreateBody(c, values, null, named: !string.Equals(c.Attribute.Name, ResourceBodies.NameAttribute(c.ResourceType), StringComparison.OrdinalIgnoreCase) || !c.IsCore);
        var response = await PostRecordedAsync(Endpoints.Of(c.ResourceType.Name), c.ResourceType.Name, body);
        var row = AttributeCaseDeclaration.RequiredRow(c);
        var what = $"creating a {c.ResourceType.Name} without the required {c.Path}";
        if (response.IsSuccess) Verify.That(false, row, $"{what} answered {response.Status}: the create was accepted.");
        else if (response.Status == 400)
            Verify.That(response.Object.Text("scimType") == "invalidValue", "R7644-3.12-14", $"{what} answered 400 with scimType '{response.Object.Text("scimType") ?? "none"}' instead of invalidValue.");
        else Responses.Subject(response, row, what);
        Assert.Pass($"{what} was refused with 400 invalidValue.");
    }

    private async Task CanonicalAsync(AttributeCase c)
    {
        var values = await ValuesAsync(c.Id);
        var outside = values.Outside();
        var value = OutsideValue(c, values, outside) ?? Unbuildable(c);
        var response = await PostAdaptedAsync(c.ResourceType, CreateBody(c, values, value));
        var what = $"creating a {c.ResourceType.Name} with {c.Path} = \"{outside}\", outside its canonicalValues";
        if (response.Status == 400)
        {
            Verify.That(response.Object.Text("scimType") == "invalidValue", "R7644-3.12-14", $"{what} answered 400 with scimType '{response.Object.Text("scimType") ?? "none"}' instead of invalidValue.");
            Assert.Pass($"{what} was refused with 400 invalidValue.");
        }
        if (!Responses.Subject(response, "R7643-2.3.1-01", what)) return;
        var read = await ReadBackAsync(c, response);
        var match = ValueMatch.Of(c.Attribute, value, ResourceBodies.Read(read.Object, c.Schema, c.IsCore, c.Attribute.Name));
        // Either reading passes (RFC 7643 §2.3.1: a server may refuse it); keeping another value than the one sent is neither.
        Verify.Must(match.Kind == MatchKind.Same || match.Kind == MatchKind.CaseOnly && !(c.SubAttribute ?? c.Attribute).CaseExact, "R7643-2.3.1-01",
            $"{what} was accepted ({response.Status}), and GET {read.RequestUri.PathAndQuery} shows another value: {match.Detail}. Refuse it with 400 invalidValue or keep it as sent.");
        Assert.Pass($"{what} was accepted and kept as sent.");
    }

    /// <summary>The case's attribute holding <paramref name="outside"/>: itself, or the sub-attribute within one value.</summary>
    private static JsonNode? OutsideValue(AttributeCase c, AttributeValues values, string outside)
    {
        if (c.SubAttribute is null) return c.Attribute.MultiValued ? new JsonArray(outside) : JsonValue.Create(outside);
        var value = values.Value(c.Attribute, 0);
        var holder = value is JsonArray array ? array.FirstOrDefault() as JsonObject : value as JsonObject;
        if (holder is null) return null;
        holder[c.SubAttribute.Name] = outside;
        return value;
    }

    /// <summary>
    /// A create body for a case that writes its own resource: the attributes a create needs beside the case's (name,
    /// required ones, its extension's required ones), and the case's attribute with <paramref name="value"/> (left out when null).
    /// </summary>
    private static JsonObject CreateBody(AttributeCase c, AttributeValues values, JsonNode? value, bool named = true)
    {
        var parts = Writable(c.ResourceType)
            .Where(w => !(string.Equals(w.Schema.Id, c.Schema.Id, StringComparison.OrdinalIgnoreCase) && string.Equals(w.Attribute.Name, c.Attribute.Name, StringComparison.OrdinalIgnoreCase)))
            .Where(w => ResourceBodies.NeededBeside(c.ResourceType, w.Schema, w.Core, w.Attribute, c.Schema))
            .Select(w => (w.Schema, w.Core, w.Attribute, Value: values.Value(w.Attribute, 5)))
            .Where(w => w.Value is not null)
            .Select(w => (w.Schema, w.Core, w.Attribute, w.Value!))
            .ToList();
        if (value is not null) parts.Add((c.Schema, c.IsCore, c.Attribute, value));
        var body = ResourceBodies.Build(c.ResourceType, parts);
        if (!c.IsCore && !body.ContainsKey(c.Schema.Id))
        {
            // The extension is named even when none of its attributes is sent: the check is about the one left out.
            body[c.Schema.Id] = new JsonObject();
            body["schemas"]!.AsArray().Add(c.Schema.Id);
        }
        return named ? ResourceBodies.Named(Run, c.ResourceType, body) : body;
    }

    /// <summary>
    /// POSTs through the run's data adapter (a target that demands an attribute the body lacks, such as emails, gets it,
    /// RFC 7644 §3.12) and records what was created. The required case does not use it: there the demand is the point.
    /// </summary>
    private static async Task<ScimResponse> PostAdaptedAsync(ResourceTypeDefinition resourceType, JsonObject body)
    {
        var endpoint = Endpoints.Of(resourceType.Name);
        var response = await Run.Adapter.PostAsync(Client, endpoint, resourceType.Name, body);
        if (response.IsSuccess && response.Object.Text("id") is { Length: > 0 } id)
            Run.Ledger.Record($"{endpoint}/{Uri.EscapeDataString(id)}", resourceType.Name, id);
        return response;
    }

    private static async Task<ScimResponse> ReadBackAsync(AttributeCase c, ScimResponse created)
    {
        var id = created.Object.Text("id");
        Verify.Precondition(!string.IsNullOrEmpty(id), $"the create answered {created.Status} without an id, so the resource cannot be read back.");
        var read = await Client.GetAsync($"{Endpoints.Of(c.ResourceType.Name)}/{Uri.EscapeDataString(id!)}");
        Responses.SetUp(read, "reading the new resource back");
        return read;
    }

    private static void Put(AttributeCase c, JsonObject body, JsonNode value)
    {
        var holder = c.IsCore ? body : body[c.Schema.Id] as JsonObject;
        holder![c.Attribute.Name] = value.DeepClone();
    }

    private static JsonNode? Value(AttributeCase c, JsonObject? resource) => ResourceBodies.Read(resource, c.Schema, c.IsCore, c.Attribute.Name);

    private static bool Kept(AttributeCase c, JsonNode first, JsonObject? resource) =>
        ValueMatch.Of(c.Attribute, first, Value(c, resource)).Kind is MatchKind.Same or MatchKind.CaseOnly;

    private static HashSet<string> Ids(ScimResponse response) =>
        ResourcesOf(response).Select(r => r.Text("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static JsonNode Unbuildable(AttributeCase c)
    {
        Assert.Ignore($"Skipped: no value can be built for {c.Path} as declared (type '{c.Attribute.Type}'), so nothing can be sent.");
        return null!;
    }
}
