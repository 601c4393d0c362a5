namespace ScimConformance.Suites.Profiles;

/// <summary>
/// Which step bound each replay value, and which steps broke (failed or errored). A step whose inputs come from a
/// broken step is blocked by it: an error naming that step, never a failure of its own. A broken step that was to bind
/// a value also withdraws whatever that value held before, so an id from an earlier step (say, of a user a later step
/// deleted and failed to re-create) is never reused.
/// </summary>
public sealed class ReplayDependencies
{
    private readonly Dictionary<string, string> _boundBy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _blockedBy = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);

    /// <summary>The step bound the value (a capture or a create's id): it now depends on that step's outcome.</summary>
    public void Bound(string name, string stepId)
    {
        _boundBy[name] = stepId;
        _blockedBy.Remove(name);
    }

    /// <summary>The step failed or errored: every value it bound, and every value it was to bind, is blocked by it.</summary>
    public void Broke(string stepId, IEnumerable<string> meantToBind)
    {
        ArgumentNullException.ThrowIfNull(meantToBind);
        _broken.Add(stepId);
        foreach (var name in _boundBy.Where(b => b.Value == stepId).Select(b => b.Key).Concat(meantToBind).ToArray())
            _blockedBy[name] = stepId;
    }

    /// <summary>The broken step the first blocked input depends on; null when every input is usable.</summary>
    public string? BlockerOf(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var name in inputs)
            if (_blockedBy.TryGetValue(name, out var step)) return step;
        return null;
    }

    public bool IsBroken(string stepId) => _broken.Contains(stepId);
}
