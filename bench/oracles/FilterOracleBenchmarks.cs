using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using ScimConformance.Core;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Bench.Oracles;

/// <summary>
/// What the Query suite pays per filtered request: parse the filter once, then ask the oracle about every
/// resource in the dataset (Matches re-validates the filter each call, as it does in the suite).
/// </summary>
[MemoryDiagnoser]
public class FilterOracleBenchmarks
{
    private FilterEvaluator evaluator = null!;
    private JsonObject[] users = [];

    [Params(100, 1000)]
    public int Users { get; set; }

    [ParamsSource(nameof(Filters))]
    public FilterCase Filter { get; set; } = FilterCase.All[0];

    public static IEnumerable<FilterCase> Filters => FilterCase.All;

    [GlobalSetup]
    public void Setup()
    {
        evaluator = new FilterEvaluator(ReferenceDiscovery.Build());
        users = SyntheticUsers.Create(Users);
    }

    [Benchmark]
    public int ParseAndEvaluate()
    {
        var filter = FilterParser.Parse(Filter.Text);
        var matches = 0;
        foreach (var user in users)
            if (evaluator.Matches(filter, user, ScimUris.User)) matches++;
        return matches;
    }
}
