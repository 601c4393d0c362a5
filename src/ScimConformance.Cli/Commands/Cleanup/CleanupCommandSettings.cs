using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Cleanup;

/// <summary>Flags of `scimconf cleanup`: the target (inherited) and which run's leftovers to remove.</summary>
public sealed class CleanupCommandSettings : CommandSettings
{
    public const string SafePrefix = "scimconf-";

    [CommandOption("--run-id <ID>")]
    [Description("Remove users and groups named with the prefix scimconf-<ID>- (the run id is in every report).")]
    public string? RunId { get; init; }

    [CommandOption("--prefix <PREFIX>")]
    [Description("Remove users and groups whose userName, displayName or externalId starts with PREFIX (must start with scimconf- unless --force).")]
    public string? Prefix { get; init; }

    [CommandOption("--force")]
    [Description("Accept a --prefix that does not start with scimconf- (it may match the tenant's own data: check with --dry-run first).")]
    public bool Force { get; init; }

    [CommandOption("--dry-run")]
    [Description("List what would be deleted, delete nothing.")]
    public bool DryRun { get; init; }

    /// <summary>The prefix to sweep, from --run-id or --prefix.</summary>
    public string EffectivePrefix => RunId is not null ? $"{SafePrefix}{RunId.ToLowerInvariant()}-" : Prefix!;

    public override ValidationResult Validate()
    {
        if ((RunId is null) == (Prefix is null)) return ValidationResult.Error("Give exactly one of --run-id <ID> or --prefix <PREFIX>.");
        if (RunId is not null && (RunId.Length is 0 or > 32 || !RunId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            return ValidationResult.Error("--run-id may only hold letters, digits and '-' (at most 32 characters).");
        if (Prefix is not null)
        {
            if (Prefix.Trim().Length < 4) return ValidationResult.Error("--prefix needs at least 4 characters.");
            if (!Prefix.StartsWith(SafePrefix, StringComparison.Ordinal) && !Force)
                return ValidationResult.Error($"--prefix '{Prefix}' does not start with {SafePrefix}: it could match data the harness never created. Add --force if you mean it.");
        }

        return ValidationResult.Success();
    }
}
