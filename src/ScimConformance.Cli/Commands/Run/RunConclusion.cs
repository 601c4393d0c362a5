using ScimConformance.Authoring;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>
/// How `run` and `merge` both end: the exit gate decides, the summary and the reports show that decision, the
/// reproduce line follows, and the console's last lines say what the exit code rests on.
/// </summary>
public static class RunConclusion
{
    /// <returns>The exit code the gate decided.</returns>
    public static int Write(CliContext cli, RunResult result, Severity threshold, string? baseline, string outDirectory,
        string reportsHeadline, string reproduceLabel)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var gate = ExitGate.Decide(result, threshold, baseline, ExitCodes.Of);
        result = result with { Gate = gate };
        RunSummary.Write(cli.Console, result);
        var written = new ReportWriter().Write(result, outDirectory);
        cli.Out.WriteLine(reportsHeadline);
        foreach (var path in written) cli.Out.WriteLine("  " + path);
        cli.Out.WriteLine(reproduceLabel + ": " + result.Command);
        cli.Out.Flush();
        RunEnding.Write(cli.Console, result);
        return gate.ExitCode;
    }
}
