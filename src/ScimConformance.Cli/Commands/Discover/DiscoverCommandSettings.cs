using System.ComponentModel;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Discover;

/// <summary>Flags of `scimconf discover`: the target, and the output form.</summary>
public sealed class DiscoverCommandSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Print what the endpoint advertises as JSON.")]
    public bool Json { get; init; }
}
