using System.Globalization;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Query;

/// <summary>RFC 7644 §3.4.2.4: walking a filtered result page by page.</summary>
public sealed class PagingTests : QueryFixture
{
    private const int PageSize = 5;

    [Test]
    [ScimTest("QRY-007", "Pages of a filtered query hold every match once", Areas.Query, Severity.Medium, "R7644-3.4.2.4-05", "R7644-3.4.2.4-04",
        Needs = [Capability.Filter],
        Remediation = "Treat startIndex as the 1-based position in one consistent ordering of the results, so that consecutive pages neither repeat nor skip resources.")]
    public async Task Pages_hold_every_match_once()
    {
        var dataset = await DatasetAsync();
        var expected = dataset.Users.Select(IdOf).ToHashSet(StringComparer.Ordinal);
        var seen = new List<string>();
        // Walks by position rather than totalResults, so that this check is about paging alone.
        // A provider may return fewer than count (RFC 7644 §3.4.2.4), so the next page starts after what was returned.
        for (var startIndex = 1; startIndex <= expected.Count + PageSize;)
        {
            var response = await QueryUsersAsync(dataset.Scope, PageSize, startIndex);
            Verify.Precondition(response.Status == 200, $"page at startIndex {startIndex} answered {Describe(response)}.");
            var ids = IdsOf(response);
            Verify.That(ids.Count <= PageSize, "R7644-3.4.2.4-04",
                string.Create(CultureInfo.InvariantCulture, $"count={PageSize} at startIndex {startIndex} returned {ids.Count} resources."));
            if (ids.Count == 0) break;
            seen.AddRange(ids);
            startIndex += ids.Count;
        }
        var duplicates = seen.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        var missing = expected.Except(seen, StringComparer.Ordinal).ToArray();
        var foreign = seen.Except(expected, StringComparer.Ordinal).ToArray();
        Verify.That(duplicates.Length == 0 && missing.Length == 0 && foreign.Length == 0, "R7644-3.4.2.4-05",
            string.Create(CultureInfo.InvariantCulture,
                $"paging {expected.Count} matches with count={PageSize}: repeated {IdsText(duplicates)}, skipped {IdsText(missing)}, not matching {IdsText(foreign)}."));
    }
}
