using System.Globalization;
using ScimConformance.Cli.Configuration;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Cli.Infrastructure;

/// <summary>
/// Checks a command's own options before Spectre binds them, so the CLI never guesses: a value option given without
/// a value (Spectre would bind a placeholder and run on) and a number option given text (Spectre's message names a
/// .NET type, not the flag) are configuration errors that name the flag and the form it takes.
/// </summary>
public static class CommandLineCheck
{
    /// <param name="commands">Command paths ("run", "baseline create") and the Spectre command type each runs.</param>
    public static void Check(IReadOnlyList<string> args, IReadOnlyDictionary<string, Type> commands)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(commands);
        var (settingsType, first) = Resolve(args, commands);
        if (settingsType is null) return;
        var options = SettingsOptions.Of(settingsType).ToDictionary(o => o.Flag, StringComparer.Ordinal);
        for (var i = first; i < args.Count && args[i] != "--"; i++)
        {
            var token = args[i];
            if (!token.StartsWith("--", StringComparison.Ordinal)) continue;
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            if (!options.TryGetValue(equals < 0 ? token : token[..equals], out var option) || !option.TakesValue) continue;
            string value;
            if (equals >= 0) value = token[(equals + 1)..];
            else if (i + 1 < args.Count && !TargetFlags.LooksLikeFlag(args[i + 1])) value = args[++i];
            else throw new ConfigurationException($"{option.Flag} needs a value: {option.Flag} <{option.ValueName}>.");
            CheckNumber(option, value);
        }
    }

    /// <summary>The command a command line runs (its settings type) and where its options start.</summary>
    public static (Type? SettingsType, int FirstOption) Resolve(IReadOnlyList<string> args, IReadOnlyDictionary<string, Type> commands)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(commands);
        if (args.Count > 0 && commands.TryGetValue(args[0], out var one)) return (SettingsOptions.SettingsTypeOf(one), 1);
        if (args.Count > 1 && commands.TryGetValue(args[0] + " " + args[1], out var two)) return (SettingsOptions.SettingsTypeOf(two), 2);
        return (null, 0);
    }

    private static void CheckNumber(SettingsOption option, string value)
    {
        var ok = option.NumberType switch
        {
            null => true,
            var t when t == typeof(double) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d),
            var t when t == typeof(long) => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            _ => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        };
        if (!ok)
            throw new ConfigurationException($"{option.Flag} '{value}' is not {(option.NumberType == typeof(double) ? "a number (e.g. 2.5)" : "a whole number (e.g. 10)")}: {option.Flag} <{option.ValueName}>.");
    }
}
