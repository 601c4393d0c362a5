using System.Globalization;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration.Options;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>
/// The command line that repeats a run with the same seed, derived from the declarations: the target flags as each
/// <see cref="TargetOption"/> says it is repeated, then the command's own options as Spectre bound them. Flags never
/// carry a secret (only the names of variables and files that hold them), so neither does the line.
/// </summary>
public static class ReproduceCommand
{
    public static string Build(TargetFlags target, CommandSettings own, int seed, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(target);
        var demo = target.IsOn(TargetOptions.Demo);
        var args = new List<string> { "scimconf", "run" };
        foreach (var option in target.Given.Where(o => o.Reproduce == ReproduceForm.Always || !demo))
        {
            if (option.IsSwitch) args.Add(option.Flag!);
            else foreach (var value in target.Texts(option)) args.AddRange([option.Flag!, value]);
        }
        foreach (var (flag, value) in SettingsOptions.Given(own).Where(o => o.Flag is not (SeedFlag or OutFlag)))
        {
            args.Add(flag);
            if (value is not null) args.Add(value);
        }
        args.AddRange([SeedFlag, seed.ToString(CultureInfo.InvariantCulture), OutFlag, outDirectory]);
        return string.Join(' ', args.Select(Quote));
    }

    /// <summary>A reproduce line with its --out (always its last option) pointing at <paramref name="outDirectory"/>.</summary>
    public static string WithOut(string command, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(command);
        var at = command.LastIndexOf(" " + OutFlag + " ", StringComparison.Ordinal);
        return (at < 0 ? command : command[..at]) + " " + OutFlag + " " + Quote(outDirectory);
    }

    private const string SeedFlag = "--seed";
    private const string OutFlag = "--out";

    public static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsLetterOrDigit(c) || "-_./:=,@%+*?".Contains(c, StringComparison.Ordinal))
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
