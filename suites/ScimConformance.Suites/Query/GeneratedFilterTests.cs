using System.Globalization;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Suites.Query;

/// <summary>
/// Differential filter testing: random filters over the query dataset, each answered by the endpoint and by the
/// harness's own evaluator (RFC 7644 §3.4.2.2); any difference is shrunk to a minimal filter and reported.
/// </summary>
public sealed class GeneratedFilterTests : QueryFixture
{
    private const int DefaultFilterCount = 200;
    private const int InFlight = 8;

    [Test]
    [ScimTest("QRY-001", "Generated filters return exactly what the oracle selects", Areas.Query, Severity.High,
        "R7644-3.4.2.2-01", "R7644-3.4.2.2-03", "R7644-3.4.2.2-04", "R7644-3.4.2.2-05", "R7644-3.4.2.2-06", "R7644-3.4.2.2-08",
        "R7644-3.4.2.2-09", "R7644-3.4.2.2-11", "R7644-3.4.2.2-12", "R7644-3.4.2.2-15",
        Needs = [Capability.Filter],
        Remediation = "Evaluate filters as RFC 7644 §3.4.2.2 defines them: caseExact decides string case, ne/not include resources without the attribute, a bracketed filter holds on one value, and/or/not combine as boolean logic.")]
    public async Task Generated_filters_match_the_oracle()
    {
        var dataset = await DatasetAsync();
        var oracle = new FilterEvaluator(Run.Discovery);
        var generator = new FilterGenerator(dataset, Run.Seed);
        var total = SuiteParameters.Get(ParameterNames.GeneratedFilters, DefaultFilterCount);

        // The filters are drawn first, then sent side by side (each is an independent read of the same dataset; one after
        // another they are 200 round trips in a row); the lowest-numbered disagreement is the one shrunk and reported.
        var filters = Enumerable.Range(0, total).Select(_ => generator.Next()).ToArray();
        var agrees = new bool[total];
        await Parallel.ForEachAsync(Enumerable.Range(0, total), new ParallelOptions { MaxDegreeOfParallelism = InFlight },
            async (i, _) => agrees[i] = (await CompareAsync(dataset, oracle, filters[i])).Agrees);
        if (Array.IndexOf(agrees, false) is var i and >= 0)
        {
            var filter = filters[i];
            var minimal = await FilterShrinker.ShrinkAsync(filter, async f => !(await CompareAsync(dataset, oracle, f)).Agrees);
            var shown = await CompareAsync(dataset, oracle, minimal);
            Verify.That(false, "R7644-3.4.2.2-01",
                $"generated filter #{i + 1} of {total} (seed {Run.Seed}) disagrees with the oracle. Minimal failing filter: {minimal} " +
                $"(from {filter}). Expected ids {IdsText(shown.Expected)}, the endpoint {shown.Seen}. Replay: GET {shown.RequestUri}");
        }

        var note = string.Create(CultureInfo.InvariantCulture,
            $"{total} generated filters (seed {Run.Seed}) over {dataset.Users.Count} users returned exactly what the oracle selects.");
        TestContext.Out.WriteLine(note);
        Assert.Pass(note);
    }

    private static async Task<Outcome> CompareAsync(QueryDataset dataset, FilterEvaluator oracle, FilterNode filter)
    {
        // Sent as generated, without a scoping wrapper: a construct the target refuses is the check's own finding.
        var response = await FindUsersAsync(dataset, filter.ToString());
        var ids = IdsOf(response);
        if (response.Status != 200)
            return new Outcome(false, OracleQueries.Select(dataset, oracle, filter), $"answered {Describe(response)}", response.RequestUri);
        // Either reading of ne on a multi-valued attribute, the one this run's endpoint showed first (docs/interpretations.md).
        var verdict = OracleQueries.Judge(dataset, Run.Discovery, Run.RunId, filter, ids);
        return new Outcome(verdict.Agrees, verdict.Expected, $"returned ids {IdsText(ids)}{verdict.Reading}", response.RequestUri);
    }

    private sealed record Outcome(bool Agrees, IReadOnlySet<string> Expected, string Seen, Uri RequestUri);
}
