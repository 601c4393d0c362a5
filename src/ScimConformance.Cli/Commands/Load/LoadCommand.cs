using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;
using ScimConformance.Core.Ledger;
using ScimConformance.Core.Run;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Load;

/// <summary>
/// `scimconf load`: an identity-provider-shaped burst of user flows against a target, bounded by the user
/// count and --max-duration, then cleanup of everything it created (also after Ctrl-C). Writes load.json.
/// </summary>
public sealed class LoadCommand(CliContext cli, TargetFlags targetFlags) : AsyncCommand<LoadCommandSettings>
{
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromMinutes(2);

    public override async Task<int> ExecuteAsync(CommandContext context, LoadCommandSettings settings, CancellationToken cancellationToken)
    {
        var runId = Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var seed = settings.Seed ?? RandomNumberGenerator.GetInt32(1, 1_000_000);
        var extra = new Dictionary<string, string>
        {
            [ParameterNames.RunId] = runId,
            [ParameterNames.Seed] = seed.ToString(CultureInfo.InvariantCulture),
        };
        var outDirectory = OutputFolder.Prepare(cli.FullPath(settings.Out), "--out");
        await using var target = await TargetResolver.ResolveAsync(targetFlags, cli, extra, cancellationToken);
        if (target.IsDemo)
            cli.Console.MarkupLineInterpolated($"Demo: the bundled reference server is listening on {target.DemoServer!.BaseUrl}");
        var targetSettings = TargetSettingsReader.Read(target.Parameters, cli.GetEnvironment);
        var assume = TargetSettingsReader.ParseAssume(target.Parameters.GetValueOrDefault(ParameterNames.Assume));
        await using var run = await ScimRun.StartAsync(targetSettings, assume, cancellationToken);
        cli.Console.MarkupLineInterpolated(
            $"Load run {runId}: {settings.Users} users, concurrency {settings.Concurrency}, rate {(settings.Rate is { } r ? r.ToString("0.##", CultureInfo.InvariantCulture) + "/s" : "uncapped")}, at most {settings.MaxDurationSeconds} s; every user is named {run.Prefix}...");

        var recorder = new LoadRecorder();
        var flow = new UserFlow(run.Client, run.Ledger, run.Data, recorder, new RateGate(settings.Rate), run.Capabilities.Patch);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(settings.MaxDurationSeconds);
        var next = 0;
        var started = 0;
        var succeeded = 0;
        var interrupted = false;

        async Task Worker()
        {
            while (!cancellationToken.IsCancellationRequested && clock.Elapsed < deadline && Interlocked.Increment(ref next) <= settings.Users)
            {
                Interlocked.Increment(ref started);
                if (await flow.RunAsync(cancellationToken).ConfigureAwait(false)) Interlocked.Increment(ref succeeded);
                // The evidence journal is for checks; a burst of thousands of flows must not keep every exchange in memory.
                run.Journal.Take(ExchangeJournal.RunKey);
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(Worker, CancellationToken.None)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }
        clock.Stop();
        var elapsed = clock.Elapsed;
        var stoppedBy = interrupted || cancellationToken.IsCancellationRequested ? "interrupted"
            : started < settings.Users ? "maxDuration" : "completed";

        cli.Console.MarkupLineInterpolated($"Burst over ({stoppedBy}) after {elapsed.TotalSeconds:0.0} s; deleting what is left of run {runId}...");
        var leftovers = await CleanupAsync(run);
        var remaining = await RemainingAsync(run);

        var result = new LoadResult
        {
            HarnessVersion = SuiteRunner.HarnessVersion,
            RunId = runId,
            Seed = seed,
            Target = new TargetInfo(targetSettings.BaseUrl.ToString(), SuiteRunner.AuthSchemeName(targetSettings.Auth)),
            StartedAt = startedAt,
            Duration = elapsed,
            StoppedBy = stoppedBy,
            Users = settings.Users,
            Concurrency = settings.Concurrency,
            Rate = settings.Rate,
            MaxDurationSeconds = settings.MaxDurationSeconds,
            FlowsStarted = started,
            FlowsSucceeded = succeeded,
            Requests = recorder.Requests,
            RequestsPerSecond = PerSecond(recorder.Requests, elapsed),
            FlowsPerSecond = PerSecond(started, elapsed),
            Throttled = recorder.Throttled,
            Steps = Enum.GetValues<LoadStep>().Select(s => LoadStepStats.Of(s, recorder.Latencies(s))).ToArray(),
            Errors = recorder.Errors,
            Leftovers = leftovers,
            RemainingOnServer = remaining,
        };
        LoadSummary.Write(cli.Console, result);
        Directory.CreateDirectory(outDirectory);
        var file = Path.Combine(outDirectory, "load.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, ReportJson.Options) + "\n", CancellationToken.None);
        cli.Out.WriteLine("Load report written to " + file);
        cli.Out.Flush();

        if (stoppedBy == "interrupted") return ExitCodes.Interrupted;
        return result.Errors.Count > 0 || leftovers.Count > 0 || remaining > 0 ? ExitCodes.Failures : ExitCodes.Passed;
    }

    private static double PerSecond(int count, TimeSpan elapsed) =>
        elapsed > TimeSpan.Zero ? Math.Round(count / elapsed.TotalSeconds, 2) : 0;

    /// <summary>Deletes every user still in the ledger, with its own time budget: it must run after Ctrl-C too.</summary>
    private static async Task<IReadOnlyList<LedgerEntry>> CleanupAsync(ScimRun run)
    {
        using var cts = new CancellationTokenSource(CleanupTimeout);
        try
        {
            return await run.CleanupAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            return run.Ledger.Entries.Select(e => e with { CleanupError = e.CleanupError ?? "cleanup ran out of time" }).ToArray();
        }
    }

    /// <summary>How many users named with the run prefix the endpoint still holds; null when it cannot be asked.</summary>
    private static async Task<int?> RemainingAsync(ScimRun run)
    {
        if (!run.Capabilities.Filter) return null;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            var response = await run.Client.SendAsync(new ScimRequest(HttpMethod.Get, "Users")
            {
                Query = [new("filter", $"userName sw \"{run.Prefix}\""), new("count", "0")],
            }, cts.Token);
            return response.Status == 200 && response.Object?["totalResults"]?.GetValueKind() == JsonValueKind.Number
                ? response.Object["totalResults"]!.GetValue<int>()
                : null;
        }
        catch (Exception e) when (e is ScimTransportException or OperationCanceledException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
