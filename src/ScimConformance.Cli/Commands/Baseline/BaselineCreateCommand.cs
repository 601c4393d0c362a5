using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Runner.Baselines;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Baseline;

/// <summary>`scimconf baseline create`: accepts every failure of a run as known, for `run --baseline`.</summary>
public sealed class BaselineCreateCommand(CliContext cli) : Command<BaselineCreateSettings>
{
    public override int Execute(CommandContext context, BaselineCreateSettings settings, CancellationToken cancellationToken)
    {
        var result = ResultsFile.Read(cli.FullPath(settings.From!));
        var baseline = BaselineFile.FromRun(result, DateTimeOffset.UtcNow);
        var path = cli.FullPath(settings.Out);
        BaselineFile.Write(baseline, path);
        cli.Out.WriteLine($"Baseline with {baseline.Accepted.Count} accepted failures written to {path}");
        cli.Out.Flush();
        return ExitCodes.Passed;
    }
}
