using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// One resource written and read for many cases at once: created with a value for every writable attribute, read,
/// replaced (PUT) with new values, read, patched with new values, read, then read with attributes=id, with
/// excludedAttributes naming every always/default attribute, and with attributes naming every request/never one.
/// Cases that only read share it; a case whose attribute makes a stage fail gets a workbench of its own
/// (<see cref="Solo"/>), so one refused value is reported on its own attribute, once.
/// </summary>
internal sealed class Workbench
{
    public required ResourceTypeDefinition ResourceType { get; init; }
    public required IReadOnlyList<Slot> Slots { get; init; }
    public bool Solo { get; init; }
    /// <summary>What building it sent and received, shared into the evidence of every other case that reads it.</summary>
    public IReadOnlyList<Exchange> Exchanges { get; set; } = [];

    public ScimResponse? Created { get; set; }
    public ScimResponse? CreatedRead { get; set; }
    public ScimResponse? Replaced { get; set; }
    public ScimResponse? ReplacedRead { get; set; }
    public ScimResponse? Patched { get; set; }
    public ScimResponse? PatchedRead { get; set; }
    public ScimResponse? AttributesId { get; set; }
    public ScimResponse? Excluded { get; set; }
    public ScimResponse? Requested { get; set; }

    /// <summary>The first stage the endpoint refused, and which; null when every stage succeeded.</summary>
    public (ScimResponse Response, WorkbenchStage Stage)? Refusal { get; set; }

    public Slot? SlotOf(AttributeCase c) => Slots.FirstOrDefault(s => s.Is(c));

    /// <summary>The resource as last read without parameters.</summary>
    public JsonObject? FinalRead => (PatchedRead ?? ReplacedRead ?? CreatedRead)?.Object;

    /// <summary>Every response that carries the resource, in the order sent.</summary>
    public IEnumerable<ScimResponse> Responses() =>
        new[] { Created, CreatedRead, Replaced, ReplacedRead, Patched, PatchedRead, AttributesId, Excluded, Requested }.OfType<ScimResponse>();
}

internal enum WorkbenchStage
{
    Create,
    Replace,
    Patch,
    Read,
}
