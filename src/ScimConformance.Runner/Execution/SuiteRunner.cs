using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Ledger;
using ScimConformance.Core.Redaction;
using ScimConformance.Core.Run;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Selection;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// One conformance run from start to report model: reads the target settings, connects and discovers,
/// installs the run for the suites, runs the selected checks through NUnit, and always deletes what the
/// run created, also after a failure or an interruption.
/// </summary>
public static class SuiteRunner
{
    public static string HarnessVersion { get; } =
        typeof(SuiteRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(SuiteRunner).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>A typo in an ATT-... term must not turn a gate green: each has to name a check the target's discovery generated.</summary>
    private static void RequireGeneratedIncludes(RunRequest request)
    {
        if (request.GeneratedIncludes.Count == 0) return;
        var unmatched = new TestSelection(request.GeneratedIncludes, null).IncludesMatchingNone(NUnitSession.ExploreChecks(request.Assemblies, TestSelection.All));
        if (unmatched.Count > 0)
            throw new ConfigurationException($"--include {string.Join(", ", unmatched.Select(t => "'" + t + "'"))} matches no check generated from the target's /Schemas; `scimconf list` with the same target shows the ids there are (or pass --allow-empty).");
    }

    /// <summary>The selected checks, without contacting any endpoint.</summary>
    public static IReadOnlyList<CheckInfo> List(IEnumerable<Assembly> assemblies, TestSelection selection) =>
        NUnitSession.Explore(assemblies, selection);

    /// <summary>
    /// Throws <see cref="ConfigurationException"/> for a bad configuration (including a generated-check --include term that
    /// matches nothing once the target is discovered), and ScimTransportException or NotScimException when the target
    /// cannot be used; once checks have started it always returns a result, with <see cref="RunResult.Interrupted"/> set
    /// when <paramref name="ct"/> stopped it.
    /// </summary>
    public static async Task<RunResult> RunAsync(RunRequest request, IRunObserver? observer, CancellationToken ct)
    {
        var parameters = WithRunIdentity(request.Parameters);
        var settings = TargetSettingsReader.Read(parameters, request.Environment);
        var assume = TargetSettingsReader.ParseAssume(parameters.GetValueOrDefault(ParameterNames.Assume));
        var started = DateTimeOffset.UtcNow;
        var target = new TargetInfo(settings.BaseUrl.ToString(), AuthSchemeName(settings.Auth));

        var run = await ScimRun.StartAsync(settings, assume, ct);
        var workers = request.Workers ?? WorkerCount.For(run.Journal.Peek(Core.Http.ExchangeJournal.RunKey), Environment.ProcessorCount);
        var collector = new OutcomeCollector(run.Journal, observer, ct);
        var completed = false;
        IReadOnlyList<LedgerEntry> leftovers = [];
        IReadOnlyList<LedgerEntry> toDelete = [];
        ScimRun.Install(run);
        IReadOnlyList<CheckInfo> explored = [];
        try
        {
            // Explored once the run is installed: some checks are generated from its discovery (the attribute cases).
            explored = NUnitSession.Explore(request.Assemblies, request.Selection);
            RequireGeneratedIncludes(request);
            observer?.RunStarted(new RunHeader(settings.RunId, settings.Seed, target, explored.Count) { Workers = workers });
            // NUnit lets running checks finish after a stop; refusing their next request makes that quick.
            using var stopChecks = ct.Register(run.Client.StopChecks);
            completed = await NUnitSession.RunAsync(request.Assemblies, request.Selection, parameters, collector, ct, workers);
        }
        finally
        {
            var recorded = run.Ledger.Entries;
            // A failed delete's error comes from the ledger, not a check: it passes the run's redactor here, and it and the
            // path (which holds the id the endpoint gave) lose terminal escapes and bidi controls.
            var (failed, swept) = await CleanupAsync(run, request.CleanupTimeout);
            toDelete = [.. recorded, .. swept];
            leftovers = failed
                .Select(l => l with
                {
                    RelativePath = DisplayText.Clean(l.RelativePath),
                    Id = DisplayText.Clean(l.Id),
                    CleanupError = l.CleanupError is null ? null : Shown(l.CleanupError),
                }).ToArray();
            ScimRun.Install(null);
            await run.DisposeAsync();
        }

        // A check the interruption stopped before NUnit reached it has no result at all: it is "not run", like those NUnit cancelled.
        var reported = collector.Outcomes.Select(o => o.Check.FullName).ToHashSet(StringComparer.Ordinal);
        var unreached = completed ? [] : explored.Where(d => !reported.Contains(d.FullName))
            .Select(d => new TestOutcome { Check = d, Outcome = Outcome.NotRun, Message = OutcomeMapper.NotStarted });
        var tests = collector.Outcomes.Concat(unreached).ToArray();
        var undeleted = leftovers.Select(l => l.RelativePath).ToHashSet(StringComparer.Ordinal);
        // What the checks built is garbage now; hand it back before the reporters build their large texts, so the
        // process's peak stays the run's, not the run's plus the reports'.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        // What the run itself quotes from the endpoint (refused scoping, demanded data, what the sweep found) passes the
        // run's redactor and loses terminal escapes and bidi controls, as check messages do in the collector.
        string Shown(string text) => DisplayText.Clean(run.Journal.Redactor.RedactText(text));
        return new RunResult
        {
            HarnessVersion = HarnessVersion,
            RunId = settings.RunId,
            Seed = settings.Seed,
            Target = target,
            StartedAt = started,
            Duration = DateTimeOffset.UtcNow - started,
            Interrupted = !completed,
            Capabilities = run.Capabilities,
            Scoping = ScopingSummary.Of(run.Scope, Shown),
            DataDemands = run.Adapter.Demands.Select(d => d with { Attribute = Shown(d.Attribute), Request = Shown(d.Request), Answer = Shown(d.Answer) }).ToArray(),
            Counts = OutcomeCounts.Of(tests),
            Tests = tests,
            Leftovers = leftovers,
            Cleanup = CleanupSummary.Of(toDelete.Where(e => !undeleted.Contains(e.RelativePath)).Select(e => e.ResourceType)) with
            {
                Found = [.. toDelete.Where(e => e.FoundBy is not null && !undeleted.Contains(e.RelativePath))
                    .Select(e => new FoundResource(e.RelativePath, e.ResourceType, Shown(e.FoundBy!)))],
            },
            Command = request.Command,
        };
    }

    public static string AuthSchemeName(AuthKind kind) => kind switch
    {
        AuthKind.OAuthClientCredentials => "oauth",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Fixes run id and seed before anything reads them, so suites, reports and the reproduce command agree.</summary>
    private static Dictionary<string, string> WithRunIdentity(IReadOnlyDictionary<string, string> parameters)
    {
        var copy = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (!copy.TryGetValue(ParameterNames.Seed, out var seed) || string.IsNullOrWhiteSpace(seed))
            copy[ParameterNames.Seed] = RandomNumberGenerator.GetInt32(1, 1_000_000).ToString(CultureInfo.InvariantCulture);
        if (!copy.TryGetValue(ParameterNames.RunId, out var runId) || string.IsNullOrWhiteSpace(runId))
            copy[ParameterNames.RunId] = Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        return copy;
    }

    /// <summary>
    /// The ledger's cleanup, then a sweep for the prefix and a second cleanup of what it found; returns what could not be
    /// deleted and what the sweep found.
    /// </summary>
    private static async Task<(IReadOnlyList<LedgerEntry> Failed, IReadOnlyList<LedgerEntry> Swept)> CleanupAsync(ScimRun run, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        IReadOnlyList<LedgerEntry> swept = [];
        try
        {
            var recorded = run.Ledger.Entries.Select(e => e.RelativePath).ToHashSet(StringComparer.Ordinal);
            var failed = await run.CleanupAsync(cts.Token);
            recorded.ExceptWith(failed.Select(f => f.RelativePath));
            swept = await SweepAsync(run, recorded, cts.Token);
            return (swept.Count == 0 ? failed : await run.CleanupAsync(cts.Token), swept);
        }
        catch (Exception e)
        {
            // Whatever is still recorded was not deleted; the report lists it for the user to remove.
            try
            {
                return (run.Ledger.Entries.Select(entry => entry with { CleanupError = entry.CleanupError ?? e.Message }).ToArray(), swept);
            }
            catch (Exception)
            {
                return ([], swept);
            }
        }
    }

    /// <summary>The sweep, whose failure (a target that lists nothing) leaves the ledger's verdict as it was.</summary>
    private static async Task<IReadOnlyList<LedgerEntry>> SweepAsync(ScimRun run, IReadOnlySet<string> deleted, CancellationToken ct)
    {
        try
        {
            return await run.SweepAsync(deleted, ct);
        }
        catch (Exception e) when (e is Core.Http.ScimTransportException or System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
