using BenchmarkDotNet.Attributes;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Bench.Oracles;

/// <summary>Parsing alone, to separate the per-request cost from the per-resource cost of evaluation.</summary>
[MemoryDiagnoser]
public class FilterParseBenchmarks
{
    [ParamsSource(nameof(Filters))]
    public FilterCase Filter { get; set; } = FilterCase.All[0];

    public static IEnumerable<FilterCase> Filters => FilterCase.All;

    [Benchmark]
    public FilterNode Parse() => FilterParser.Parse(Filter.Text);
}
