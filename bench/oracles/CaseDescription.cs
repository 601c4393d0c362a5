using System.Globalization;
using ScimConformance.Core;
using ScimConformance.Core.Filtering;
using ScimConformance.Core.Patching;

namespace ScimConformance.Bench.Oracles;

/// <summary>
/// Prints each case's result on the benchmark data. Benchmarks discard results, so an error path (a rejected
/// PATCH, a filter that matches nothing) would go unnoticed in the timings; this makes it visible.
/// </summary>
public static class CaseDescription
{
    public static void Print(TextWriter output)
    {
        var discovery = ReferenceDiscovery.Build();
        if (discovery.Problems.Count > 0) output.WriteLine($"schema problems: {string.Join("; ", discovery.Problems)}");
        var evaluator = new FilterEvaluator(discovery);
        var users = SyntheticUsers.Create(1000);
        foreach (var filter in FilterCase.All)
        {
            var parsed = FilterParser.Parse(filter.Text);
            var matches = users.Count(u => evaluator.Matches(parsed, u, ScimUris.User));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"filter {filter.Name,-10} {matches,4}/{users.Length} match  {filter.Text}"));
        }

        var oracle = new PatchOracle(discovery);
        var user = SyntheticUsers.One(PatchOracleBenchmarks.ResourceIndex);
        var requests = new (string Name, System.Text.Json.Nodes.JsonObject Request)[]
        {
            ("ReplaceSimple", PatchRequests.ReplaceSimple()),
            ("AddEmail", PatchRequests.AddEmail()),
            ("RemoveFiltered", PatchRequests.RemoveFiltered()),
            ("ReplaceWithoutPath", PatchRequests.ReplaceWithoutPath()),
            ("EntraCasing", PatchRequests.EntraCasing()),
            ("TwentyOperations", PatchRequests.TwentyOperations()),
        };
        foreach (var (name, request) in requests)
        {
            var outcome = oracle.Apply(user, "User", request);
            var result = outcome.Succeeded ? "succeeds" : $"fails: {outcome.Error}";
            output.WriteLine($"patch  {name,-18} {result}");
        }
    }
}
