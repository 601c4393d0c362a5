namespace ScimConformance.Core.Configuration.Options;

/// <summary>
/// Named parameters (a .runsettings file's TestRunParameters, NUnit test parameters, what `scimconf` resolved) read
/// through the <see cref="TargetOptions"/> declarations. Keys are case-insensitive and blank values count as absent.
/// </summary>
public sealed class ParameterBag(IReadOnlyDictionary<string, string> parameters)
{
    private readonly Dictionary<string, string> _values = parameters
        .Where(kv => !string.IsNullOrWhiteSpace(kv.Value))
        .GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.OrdinalIgnoreCase);

    public bool Has(TargetOption option) => option.Key is not null && _values.ContainsKey(option.Key);

    public string? Text(TargetOption option) => option.Key is null ? null : _values.GetValueOrDefault(option.Key);

    /// <summary>The parsed value, or the declared default when absent; a malformed value is a configuration error naming the key.</summary>
    public T Read<T>(TargetOption<T> option) => Text(option) is { } text ? option.Parse(text, option.SettingsLabel) : option.Default;

    /// <summary>The parsed value, or null when absent (for options whose absence means something other than a default).</summary>
    public T? Optional<T>(TargetOption<T> option) where T : class => Text(option) is { } text ? option.Parse(text, option.SettingsLabel) : null;

    /// <summary>The value of the one source given among alternatives (a variable or a file); both given is a configuration error.</summary>
    public (TargetOption Option, string Text)? OneOf(TargetOption option)
    {
        var given = TargetOptions.SameSource(option).Where(Has).ToArray();
        if (given.Length > 1)
            throw new ConfigurationException($"pass either {string.Join(" or ", given.Select(o => o.Key))}, not both.");
        return given.Length == 0 ? null : (given[0], Text(given[0])!);
    }
}
