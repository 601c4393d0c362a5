using System.Globalization;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Runner.Reporting;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.History;

/// <summary>
/// `scimconf history RUN...`: the reports of the newest of several runs, its report.html with a trend of all of them
/// (passed, failed and findings per run, oldest to newest), so a nightly gate shows where a regression started.
/// Contacts no endpoint.
/// </summary>
public sealed class HistoryCommand(CliContext cli) : Command<HistoryCommandSettings>
{
    public override int Execute(CommandContext context, HistoryCommandSettings settings, CancellationToken cancellationToken)
    {
        var runs = HistoryFiles.Read(settings.Runs.Select(cli.FullPath));
        var points = runs.Select(r => r.Point).ToArray();
        var latest = ResultsFile.Read(runs[^1].Path);
        var reporters = ReportWriter.Default.Select(r => r is HtmlReporter ? new HtmlReporter(history: points) : r);
        var written = new ReportWriter(reporters).Write(latest, OutputFolder.Prepare(cli.FullPath(settings.Out), "--out"));
        cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Trend of {points.Length} runs, oldest to newest:"));
        foreach (var p in points)
            cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {p.StartedAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC  run {p.RunId}  {p.Verdict,-11} {p.Pass} passed, {p.Fail} failed, {p.Error} errors{(p.Findings is { } f ? $", {f} findings" : "")}"));
        cli.Out.WriteLine("Reports of the newest run written:");
        foreach (var path in written) cli.Out.WriteLine("  " + path);
        cli.Out.Flush();
        return ExitCodes.Passed;
    }
}
