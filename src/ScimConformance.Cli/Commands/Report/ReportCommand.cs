using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Runner.Reporting;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Report;

/// <summary>`scimconf report`: renders every report format again from a results.json, without contacting any endpoint.</summary>
public sealed class ReportCommand(CliContext cli) : Command<ReportCommandSettings>
{
    public override int Execute(CommandContext context, ReportCommandSettings settings, CancellationToken cancellationToken)
    {
        var result = ResultsFile.Read(cli.FullPath(settings.Results));
        var written = new ReportWriter().Write(result, OutputFolder.Prepare(cli.FullPath(settings.Out), "--out"));
        cli.Out.WriteLine("Reports written:");
        foreach (var path in written) cli.Out.WriteLine("  " + path);
        cli.Out.Flush();
        return ExitCodes.Passed;
    }
}
