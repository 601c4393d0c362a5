using System.Globalization;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Runner.Sharding;

/// <summary>`--shard i/n`: run part i (1-based) of n of the selection; <see cref="ShardPlan"/> decides which checks that is.</summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
            return new ShardSpec(index, count);
        throw new ConfigurationException($"--shard '{text}' must be i/n with 1 <= i <= n, e.g. 2/4.");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
