using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NUnit.Framework.Interfaces;

namespace ScimConformance.Runner.Sharding;

/// <summary>
/// How a selection splits into shards: by fixture, never by check. Every check of one NUnit fixture (a class, or one
/// instance of a parameterised fixture, such as one identity provider's replay profile) lands in the same shard, so
/// checks that build on each other (ordered replay steps, a fixture's one-time set-up) always run together. Fixtures
/// are dealt largest first to the shard holding the fewest checks so far (ties by name), so every job that plans the
/// same selection gets the same plan, and the shards come out about the same size.
/// </summary>
public sealed class ShardPlan
{
    private readonly Dictionary<string, int> _shardOfUnit;
    private readonly int[] _checksPerShard;

    private ShardPlan(int count, Dictionary<string, int> shardOfUnit, int[] checksPerShard, string fingerprint)
    {
        Count = count;
        _shardOfUnit = shardOfUnit;
        _checksPerShard = checksPerShard;
        Fingerprint = fingerprint;
    }

    public int Count { get; }

    /// <summary>
    /// A hash of the units and their check counts: two jobs with different selections, suites or harness versions get
    /// different fingerprints, so `merge` can refuse shards that do not belong to one plan.
    /// </summary>
    public string Fingerprint { get; }

    public static ShardPlan Build(IEnumerable<ITest> checks, int count)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var units = checks.GroupBy(UnitOf, StringComparer.Ordinal)
            .Select(g => (Unit: g.Key, Checks: g.Count()))
            .OrderByDescending(u => u.Checks).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .ToArray();
        var load = new int[count];
        var shardOfUnit = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (unit, size) in units)
        {
            var lightest = Array.IndexOf(load, load.Min());
            load[lightest] += size;
            shardOfUnit[unit] = lightest + 1;
        }
        var text = string.Join('\n', units.OrderBy(u => u.Unit, StringComparer.Ordinal).Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Unit}\t{u.Checks}")));
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
        return new ShardPlan(count, shardOfUnit, load, fingerprint);
    }

    /// <summary>The unit a check moves with: the full name of the fixture (instance) that holds it.</summary>
    public static string UnitOf(ITest check)
    {
        ArgumentNullException.ThrowIfNull(check);
        for (var node = check.Parent; node is not null; node = node.Parent)
            if (node.TestType == "TestFixture") return node.FullName;
        return check.FullName;
    }

    /// <summary>The 1-based shard a check belongs to; 0 for a check that was not in the planned selection.</summary>
    public int ShardOf(ITest check) => _shardOfUnit.GetValueOrDefault(UnitOf(check));

    public int ChecksIn(int shard) => _checksPerShard[shard - 1];
}

/// <summary>One shard of a plan, as a selection filter.</summary>
public sealed record ShardAssignment(ShardPlan Plan, int Index)
{
    public bool Includes(ITest check) => Plan.ShardOf(check) == Index;
}
