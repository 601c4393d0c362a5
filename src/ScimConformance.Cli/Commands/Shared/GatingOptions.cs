using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Sharding;
using Spectre.Console;

namespace ScimConformance.Cli.Commands.Shared;

/// <summary>Parsing and validation of --fail-on and --shard, shared by the commands that gate a build.</summary>
public static class GatingOptions
{
    public static ValidationResult Validate(string? failOn, string? shard)
    {
        if (failOn is not null && !ExitGate.TryParse(failOn, out _))
            return ValidationResult.Error($"--fail-on '{failOn}' must be one of {string.Join(", ", ExitGate.ThresholdNames)}.");
        if (shard is not null)
        {
            try
            {
                ShardSpec.Parse(shard);
            }
            catch (ConfigurationException e)
            {
                return ValidationResult.Error(e.Message);
            }
        }
        return ValidationResult.Success();
    }

    public static Severity Threshold(string? failOn) =>
        failOn is null ? ExitGate.Default
        : ExitGate.TryParse(failOn, out var threshold) ? threshold
        : throw new ConfigurationException($"--fail-on '{failOn}' must be one of {string.Join(", ", ExitGate.ThresholdNames)}.");
}
