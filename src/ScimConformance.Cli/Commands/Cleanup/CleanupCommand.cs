using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;
using ScimConformance.Core.Ledger;
using ScimConformance.Core.Redaction;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Cleanup;

/// <summary>
/// `scimconf cleanup`: deletes the users and groups an earlier run left behind (a killed process, a crashed CI job),
/// found by the run's prefix, and lists each one. Nothing without the prefix is touched.
/// </summary>
public sealed class CleanupCommand(CliContext cli, TargetFlags targetFlags) : AsyncCommand<CleanupCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CleanupCommandSettings settings, CancellationToken cancellationToken)
    {
        var prefix = settings.EffectivePrefix;
        await using var target = await TargetResolver.ResolveAsync(targetFlags, cli,
            new Dictionary<string, string> { [ParameterNames.RunId] = "cleanup", [ParameterNames.Seed] = "1" }, cancellationToken);
        var targetSettings = TargetSettingsReader.Read(target.Parameters, cli.GetEnvironment);
        using var client = new ScimClient(targetSettings, AuthProviderFactory.Create(targetSettings), new ExchangeJournal());

        var search = await LeftoverSweeper.FindAsync(client, prefix, cancellationToken);
        foreach (var problem in search.Problems)
            cli.Console.MarkupLineInterpolated($"[yellow]warning:[/] {DisplayText.Clean(client.Redactor.RedactText(problem))}");
        cli.Console.MarkupLineInterpolated($"Found {search.Found.Count} resource(s) starting with {prefix} on {client.Redactor.RedactUrl(targetSettings.BaseUrl.AbsoluteUri)}.");
        if (settings.DryRun)
        {
            foreach (var r in search.Found) cli.Out.WriteLine($"  would delete {r.RelativePath} ({r.Name})");
            cli.Out.Flush();
            return search.Problems.Count == 0 ? ExitCodes.Passed : ExitCodes.Failures;
        }

        var results = await LeftoverSweeper.DeleteAsync(client, search.Found, cancellationToken);
        foreach (var r in results.Where(r => r.Error is null)) cli.Out.WriteLine($"  deleted {DisplayText.Clean(r.RelativePath)} ({DisplayText.Clean(r.Name)})");
        cli.Out.Flush();
        var failed = results.Where(r => r.Error is not null).ToArray();
        foreach (var r in failed)
            cli.Console.MarkupLineInterpolated($"[red]  not deleted {DisplayText.Clean(r.RelativePath)} ({DisplayText.Clean(r.Name)}): {DisplayText.Clean(client.Redactor.RedactText(r.Error!))}[/]");
        cli.Console.MarkupLineInterpolated($"Deleted {results.Count - failed.Length} of {results.Count}.");
        return failed.Length == 0 && search.Problems.Count == 0 ? ExitCodes.Passed : ExitCodes.Failures;
    }
}
