using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Fidelity;

// The aspects judged on the shared workbench: values round-trip, and each returned characteristic.
public sealed partial class AttributeFidelityTests
{
    private async Task RoundTripAsync(AttributeCase c)
    {
        var (bench, slot) = await WrittenAsync(c);
        if (bench.Refusal is { } refusal)
        {
            // Refused on its own (the shared resource was refused first): this attribute's value is what the endpoint would not take.
            var what = $"{refusal.Stage switch { WorkbenchStage.Create => "creating", WorkbenchStage.Replace => "replacing (PUT)", WorkbenchStage.Patch => "patching", _ => "reading" }} a {c.ResourceType.Name} with {c.Path} = {StageValue(slot, refusal.Stage).Show()}";
            switch (refusal.Stage)
            {
                // A SHOULD-level refusal warns and ends the case there: the refusal is its evidence, once.
                case WorkbenchStage.Create: if (!Responses.Subject(refusal.Response, "R7644-3.3-04", what)) return; break;
                case WorkbenchStage.Replace: if (!Responses.Subject(refusal.Response, "R7644-3.5.1-02", what)) return; break;
                case WorkbenchStage.Patch: if (!Responses.Subject(refusal.Response, "R7644-3.5.2.3-02", what)) return; break;
                default: Responses.SetUp(refusal.Response, what); break;
            }
            Verify.Precondition(false, $"{what} answered {refusal.Response.Status} without the resource.");
            return;
        }

        Judge(c, WorkbenchStage.Create, slot.Created, bench.Created, bench.CreatedRead, "R7644-3.3-04");
        Judge(c, WorkbenchStage.Replace, slot.Replaced, bench.Replaced, bench.ReplacedRead, "R7644-3.5.1-02");
        if (slot.Patched is not null)
            Judge(c, WorkbenchStage.Patch, slot.Patched, bench.Patched, bench.PatchedRead ?? bench.Requested, "R7644-3.5.2.3-02", bench.Requested);
        Assert.Pass($"{c.Path} came back as sent after create and replace{(slot.Patched is null ? (Run.Capabilities.Patch ? " (immutable: not patched)" : " (PATCH not advertised)") : " and patch")}.");
    }

    /// <summary>
    /// One stage of the round trip: the value read back (GET), or for a returned=request attribute the write's own answer,
    /// which returns what the write specified (RFC 7643 §7), or when the write answered without a body (a PATCH may answer
    /// 204), the last read that named it in attributes= (<paramref name="asked"/>). Wrong JSON type fails (RFC 7643 §2.3); another case fails only
    /// for a caseExact attribute (§7 lets a server change the case of the others); a lost or changed value is the stage's deviation.
    /// </summary>
    private static void Judge(AttributeCase c, WorkbenchStage stage, JsonNode sent, ScimResponse? write, ScimResponse? read, string row, ScimResponse? asked = null)
    {
        var requested = c.Attribute.Returned == "request";
        var source = !requested ? read : write?.Object is not null ? write : asked ?? read;
        var seen = ResourceBodies.Read(source?.Object, c.Schema, c.IsCore, c.Attribute.Name);
        var match = ValueMatch.Of(c.Attribute, sent, seen);
        var where = $"after {stage.ToString().ToLowerInvariant()}, {(ReferenceEquals(source, write) ? "the write's answer" : "GET " + source?.RequestUri.PathAndQuery)}";
        switch (match.Kind)
        {
            case MatchKind.WrongKind:
                Verify.That(false, "R7643-2.3-02", $"{where}: {match.Detail}.");
                break;
            case MatchKind.CaseOnly:
                Verify.That(!c.Attribute.CaseExact, "R7643-7-09", $"{where}: {match.Detail}, though {c.Path} is caseExact.");
                break;
            case MatchKind.Missing or MatchKind.Different:
                Verify.That(false, row, $"{where}: {c.Path} was sent as {sent.Show()}; {match.Detail}.");
                break;
        }
    }

    private async Task NeverReturnedAsync(AttributeCase c)
    {
        var (bench, _) = await WrittenAsync(c);
        RequireWritten(bench, c);
        var row = c.Attribute.Mutability == "writeOnly" ? "R7643-7-13" : "R7643-7-15";
        foreach (var response in bench.Responses())
        {
            var seen = ResourceBodies.Read(response.Object, c.Schema, c.IsCore, c.Attribute.Name);
            Verify.That(seen is null, row, $"{response.RequestUri.PathAndQuery} ({Describe(response)}) returned {c.Path} = {seen.Show()}, which is {(row == "R7643-7-13" ? "writeOnly" : "returned never")}.");
        }
        Assert.Pass($"{c.Path} was written and appeared in none of {bench.Responses().Count()} responses, attributes= naming it included.");
    }

    private async Task ReturnedAlwaysAsync(AttributeCase c)
    {
        var bench = await ReadableAsync(c);
        Verify.That(Holds(bench.AttributesId!, c), "R7643-7-14", $"GET {bench.AttributesId!.RequestUri.PathAndQuery} left out {c.Path}, which is returned always.");
        if (bench.Excluded is { } excluded)
        {
            Responses.SetUp(excluded, "reading the resource with excludedAttributes");
            Verify.That(Holds(excluded, c), "R7644-3.4.2.5-02", $"GET {excluded.RequestUri.PathAndQuery} left out {c.Path}, which is returned always and cannot be excluded.");
        }
        Assert.Pass($"{c.Path} came back with attributes=id and with excludedAttributes naming it.");
    }

    private async Task ReturnedDefaultAsync(AttributeCase c)
    {
        var bench = await ReadableAsync(c);
        Verify.That(!Holds(bench.AttributesId!, c), "R7643-7-16", $"GET {bench.AttributesId!.RequestUri.PathAndQuery} returned {c.Path}, which is returned default and was not asked for.");
        if (bench.Excluded is { } excluded)
        {
            Responses.SetUp(excluded, "reading the resource with excludedAttributes");
            Verify.That(!Holds(excluded, c), "R7644-3.9-02", $"GET {excluded.RequestUri.PathAndQuery} returned {c.Path}, which excludedAttributes names.");
        }
        Assert.Pass($"{c.Path} came back by default, and not with attributes=id or with excludedAttributes naming it.");
    }

    private async Task ReturnedRequestAsync(AttributeCase c)
    {
        var (bench, slot) = await WrittenAsync(c);
        RequireWritten(bench, c);
        foreach (var read in new[] { bench.CreatedRead, bench.ReplacedRead, bench.PatchedRead }.OfType<ScimResponse>())
            // A read without attributes/excludedAttributes carries exactly the always and default attributes (RFC 7644 §3.4), so no request one.
            Verify.That(!Holds(read, c), "R7644-3.4-01", $"GET {read.RequestUri.PathAndQuery} returned {c.Path} = {ResourceBodies.Read(read.Object, c.Schema, c.IsCore, c.Attribute.Name).Show()} unasked, though it is returned request.");
        var asked = bench.Requested!;
        Responses.SetUp(asked, "reading the resource with attributes naming it");
        Verify.That(Holds(asked, c), "R7643-7-17", $"GET {asked.RequestUri.PathAndQuery} names {c.Path} in attributes, and the answer left it out (the value written was {slot.Final.Show()}).");
        Assert.Pass($"{c.Path} was left out of plain reads and came back when attributes named it.");
    }

    /// <summary>The workbench holding a value of the case's attribute; skips when no value of its type can be built.</summary>
    private async Task<(Workbench Bench, Slot Slot)> WrittenAsync(AttributeCase c)
    {
        var bench = await BenchAsync(c);
        var slot = bench.SlotOf(c);
        if (slot is null)
            Assert.Ignore($"Skipped: no value can be built for {c.Path} as declared (type '{c.Attribute.Type}'{(c.Attribute.Type == "complex" ? $", {c.Attribute.SubAttributes.Count} sub-attributes" : "")}), so nothing can be written to observe.");
        return (bench, slot!);
    }

    private static void RequireWritten(Workbench bench, AttributeCase c)
    {
        if (bench.Refusal is { } refusal)
            Responses.SetUp(refusal.Response, $"writing a {c.ResourceType.Name} with {c.Path} ({refusal.Stage.ToString().ToLowerInvariant()}; its round-trip case reports the refusal)");
    }

    /// <summary>The workbench once every read succeeded and the resource holds the attribute; skips when it holds none to observe.</summary>
    private async Task<Workbench> ReadableAsync(AttributeCase c)
    {
        var bench = await BenchAsync(c);
        RequireWritten(bench, c);
        Responses.SetUp(bench.AttributesId!, "reading the resource with attributes=id");
        if (ResourceBodies.Read(bench.FinalRead, c.Schema, c.IsCore, c.Attribute.Name) is null)
            Assert.Ignore($"Skipped: the {c.ResourceType.Name} written for these checks holds no value of {c.Path} ({c.Attribute.Mutability}), so whether it is returned cannot be observed.");
        return bench;
    }

    /// <summary>
    /// The value the resource holds as its reads show it, else the value last sent: a write the endpoint dropped (its
    /// round-trip case reports that) must not turn a filter or a uniqueness probe into one on a value nobody holds.
    /// </summary>
    private static JsonNode Held(Workbench bench, Slot slot, AttributeCase c) =>
        ResourceBodies.Read(bench.FinalRead, c.Schema, c.IsCore, c.Attribute.Name)
        ?? ResourceBodies.Read(bench.Requested?.Object, c.Schema, c.IsCore, c.Attribute.Name)
        ?? slot.Final;

    private static bool Holds(ScimResponse response, AttributeCase c) => ResourceBodies.Read(response.Object, c.Schema, c.IsCore, c.Attribute.Name) is not null;

    private static JsonNode StageValue(Slot slot, WorkbenchStage stage) => stage switch
    {
        WorkbenchStage.Replace => slot.Replaced,
        WorkbenchStage.Patch => slot.Patched ?? slot.Replaced,
        _ => slot.Created,
    };
}
