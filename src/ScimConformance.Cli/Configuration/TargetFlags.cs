using ScimConformance.Core.Configuration;
using ScimConformance.Core.Configuration.Options;

namespace ScimConformance.Cli.Configuration;

/// <summary>
/// The target flags of one command line (`--base-url`, `--token-env`, `--demo`, ...), recognised from the
/// <see cref="TargetOptions"/> declarations and checked against them as they are read: a value flag without a
/// value, a malformed value, a flag given twice or two sources of one secret are configuration errors naming the flag.
/// </summary>
public sealed class TargetFlags
{
    private readonly Dictionary<TargetOption, List<string>> _given;

    private TargetFlags(Dictionary<TargetOption, List<string>> given) => _given = given;

    public static TargetFlags None { get; } = new([]);

    /// <summary>Reads target flags only; any other argument is an error (for callers that hold just target flags).</summary>
    public static TargetFlags Parse(IReadOnlyList<string> args)
    {
        var (flags, rest) = Extract(args);
        return rest.Count == 0 ? flags : throw new ConfigurationException($"'{rest[0]}' is not a target option.");
    }

    /// <summary>Takes the target flags out of a command line; returns them and every other argument, in order.</summary>
    public static (TargetFlags Flags, IReadOnlyList<string> Others) Extract(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var given = new Dictionary<TargetOption, List<string>>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token == "--")
            {
                rest.AddRange(args.Skip(i));
                break;
            }
            var equals = token.StartsWith("--", StringComparison.Ordinal) ? token.IndexOf('=', StringComparison.Ordinal) : -1;
            var option = TargetOptions.ByFlag(equals < 0 ? token : token[..equals]);
            if (option?.Flag is not { } flag)
            {
                rest.Add(token);
                continue;
            }

            string value;
            if (option.IsSwitch)
            {
                // A switch takes no value; `--insecure=false` says "off", the same as leaving it out.
                if (equals >= 0 && !((TargetOption<bool>)option).Parse(token[(equals + 1)..], flag)) continue;
                value = "true";
            }
            else if (equals >= 0)
            {
                value = token[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !LooksLikeFlag(args[i + 1]))
            {
                value = args[++i];
            }
            else
            {
                throw new ConfigurationException($"{flag} needs a value: {option.Usage}.");
            }

            option.Check(value, flag);
            if (!given.TryGetValue(option, out var values)) given[option] = values = [];
            else if (!option.Repeatable) throw new ConfigurationException($"{flag} is given twice; give it once.");
            values.Add(value.Trim());
        }

        foreach (var option in given.Keys)
        {
            var sources = TargetOptions.SameSource(option).Where(given.ContainsKey).ToArray();
            if (sources.Length > 1)
                throw new ConfigurationException($"Give either {string.Join(" or ", sources.Select(o => o.Flag))}, not both.");
        }
        return (new TargetFlags(given), rest);
    }

    /// <summary>A token that starts another option, so it cannot be the value of the one before it ("-5" can).</summary>
    public static bool LooksLikeFlag(string token) => token.StartsWith("--", StringComparison.Ordinal) || token is "-h" or "-?";

    public bool Has(TargetOption option) => _given.ContainsKey(option);

    public bool IsOn(TargetOption<bool> option) => _given.ContainsKey(option);

    /// <summary>The value as typed (paths unresolved), or null when the flag was not given.</summary>
    public string? Text(TargetOption option) => _given.TryGetValue(option, out var values) ? string.Join(',', values) : null;

    /// <summary>Each value of a repeatable flag, as typed.</summary>
    public IReadOnlyList<string> Texts(TargetOption option) => _given.TryGetValue(option, out var values) ? values : [];

    /// <summary>The typed value, or the declared default when the flag was not given.</summary>
    public T Get<T>(TargetOption<T> option) => Text(option) is { } text ? option.Parse(text, option.Flag!) : option.Default;

    /// <summary>The flags given, in declaration order.</summary>
    public IEnumerable<TargetOption> Given => TargetOptions.All.Where(_given.ContainsKey);
}
