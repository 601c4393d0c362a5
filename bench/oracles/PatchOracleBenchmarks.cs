using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using ScimConformance.Core.Patching;

namespace ScimConformance.Bench.Oracles;

/// <summary>
/// One oracle prediction per PATCH request the Patch suite sends. Requests are built once in setup: Apply
/// deep-clones the resource and never modifies its arguments, so every invocation sees the same inputs.
/// </summary>
[MemoryDiagnoser]
public class PatchOracleBenchmarks
{
    /// <summary>Has a title and a work e-mail, so every request below finds its targets.</summary>
    public const int ResourceIndex = 4;

    private PatchOracle oracle = null!;
    private JsonObject user = null!;
    private JsonObject replaceSimple = null!;
    private JsonObject addEmail = null!;
    private JsonObject removeFiltered = null!;
    private JsonObject replaceWithoutPath = null!;
    private JsonObject entraCasing = null!;
    private JsonObject twentyOperations = null!;

    [GlobalSetup]
    public void Setup()
    {
        oracle = new PatchOracle(ReferenceDiscovery.Build());
        user = SyntheticUsers.One(ResourceIndex);
        replaceSimple = PatchRequests.ReplaceSimple();
        addEmail = PatchRequests.AddEmail();
        removeFiltered = PatchRequests.RemoveFiltered();
        replaceWithoutPath = PatchRequests.ReplaceWithoutPath();
        entraCasing = PatchRequests.EntraCasing();
        twentyOperations = PatchRequests.TwentyOperations();
    }

    [Benchmark(Baseline = true)]
    public PatchOutcome ReplaceSimple() => oracle.Apply(user, "User", replaceSimple);

    [Benchmark]
    public PatchOutcome AddEmail() => oracle.Apply(user, "User", addEmail);

    [Benchmark]
    public PatchOutcome RemoveFiltered() => oracle.Apply(user, "User", removeFiltered);

    [Benchmark]
    public PatchOutcome ReplaceWithoutPath() => oracle.Apply(user, "User", replaceWithoutPath);

    [Benchmark]
    public PatchOutcome EntraCasing() => oracle.Apply(user, "User", entraCasing);

    [Benchmark]
    public PatchOutcome TwentyOperations() => oracle.Apply(user, "User", twentyOperations);
}
