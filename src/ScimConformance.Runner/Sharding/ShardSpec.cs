using System.Globalization;
using System.Text;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Runner.Sharding;

/// <summary>
/// `--shard i/n`: shard i (1-based) of n runs the checks whose id hashes to i-1 modulo n. The hash is
/// FNV-1a over the id's UTF-8 bytes, so every machine, process and .NET version splits the same way
/// (string.GetHashCode is randomised per process).
/// </summary>
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

    public bool Includes(string testId) => StableHash(testId) % (uint)Count == (uint)(Index - 1);

    public static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return hash;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
