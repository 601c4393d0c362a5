namespace ScimConformance.Runner.Model;

/// <summary>Which part of a sharded run a results.json holds; `merge` needs every index of one plan once.</summary>
/// <param name="Plan">The plan's fingerprint: shards of different selections, suites or versions differ here.</param>
public sealed record ShardInfo(int Index, int Count, string Plan);
