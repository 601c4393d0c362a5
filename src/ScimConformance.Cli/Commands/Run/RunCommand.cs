using System.Globalization;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Baselines;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Reporting;
using ScimConformance.Runner.Selection;
using ScimConformance.Runner.Sharding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>`scimconf run`: the conformance run, live progress, a summary, and the reports.</summary>
public sealed class RunCommand(CliContext cli, TargetFlags targetFlags) : AsyncCommand<RunCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunCommandSettings settings, CancellationToken cancellationToken)
    {
        // Everything that can be wrong with the command line is found before a single request goes out.
        var threshold = GatingOptions.Threshold(settings.FailOn);
        var outDirectory = OutputFolder.Prepare(cli.FullPath(settings.Out), "--out");
        var baseline = settings.Baseline is null ? null : BaselineFile.Read(cli.FullPath(settings.Baseline));
        var assemblies = new[] { cli.BuiltInSuites() }.Concat(settings.Suites.Select(p => SuiteLoader.Load(cli.FullPath(p)))).ToArray();
        var planned = SelectionPlanner.Plan(assemblies,
            new TestSelection(settings.Include, settings.Exclude, readOnly: settings.ReadOnly),
            settings.Shard is null ? null : ShardSpec.Parse(settings.Shard), settings.AllowEmpty, settings.Profile);
        // Generated checks (ATT-...) exist only once the target is discovered, so the suites cannot vouch for them here.
        foreach (var stale in baseline?.Accepted.Where(a => !planned.KnownIds.Contains(a.Id) && !a.Id.StartsWith(SelectionPlanner.GeneratedPrefix, StringComparison.Ordinal)) ?? [])
            cli.Console.MarkupLineInterpolated($"[yellow]warning:[/] the baseline accepts {stale.Id}, which no check of these suites has (renamed or removed?); delete that entry from {settings.Baseline}.");
        var extra = new Dictionary<string, string>();
        if (settings.ReadOnly) extra[ParameterNames.ReadOnly] = "true";
        if (settings.Seed is { } seed) extra[ParameterNames.Seed] = seed.ToString(CultureInfo.InvariantCulture);
        if (settings.Generated is { } generated)
        {
            var count = generated.ToString(CultureInfo.InvariantCulture);
            extra[ParameterNames.GeneratedFilters] = count;
            extra[ParameterNames.GeneratedSequences] = count;
        }
        // The replay fixtures of providers left out are then not even built.
        if (planned.Profiles is { } profiles) extra[ParameterNames.Profiles] = string.Join(',', profiles);

        await using var target = await TargetResolver.ResolveAsync(targetFlags, cli, extra, cancellationToken);
        if (target.IsDemo)
            cli.Console.MarkupLineInterpolated($"Demo: the bundled reference server is listening on {target.DemoServer!.BaseUrl}");
        if (planned.Shard is { } shard)
            cli.Console.MarkupLineInterpolated($"Shard {shard.Index}/{shard.Count}: {planned.Selected} checks of the selection, whole fixtures (plan {shard.Plan}).");

        var request = new RunRequest
        {
            Parameters = target.Parameters,
            Assemblies = assemblies,
            Selection = planned.Selection,
            GeneratedIncludes = planned.Deferred,
            Environment = cli.GetEnvironment,
            Workers = settings.Workers,
        };
        var result = await SuiteRunner.RunAsync(request, new ConsoleProgress(cli.Console), cancellationToken);
        result = result with
        {
            Command = ReproduceCommand.Build(targetFlags, settings, result.Seed, settings.Out),
            Target = result.Target with { Demo = target.IsDemo },
            Shard = planned.Shard,
        };
        if (baseline is not null) result = BaselineApplier.Apply(result, baseline);

        cli.Console.WriteLine();
        return RunConclusion.Write(cli, result, threshold, settings.Baseline, outDirectory, $"Reports written to {outDirectory}:", "Reproduce");
    }
}
