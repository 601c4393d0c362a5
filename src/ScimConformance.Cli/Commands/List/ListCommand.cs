using System.Text.Json;
using ScimConformance.Authoring;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Catalog;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Run;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model.Coverage;
using ScimConformance.Runner.Reporting;
using ScimConformance.Runner.Selection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.List;

/// <summary>
/// `scimconf list`: the checks and their metadata, read from the suites. Without target flags nothing is contacted and
/// checks generated from a target's schemas show as their generator; with a target (--demo, --base-url, --settings) its
/// discovery documents are read first (nothing is written), so the generated checks are listed one by one.
/// </summary>
public sealed class ListCommand(CliContext cli, TargetFlags targetFlags) : AsyncCommand<ListCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ListCommandSettings settings, CancellationToken cancellationToken)
    {
        var assemblies = new[] { cli.BuiltInSuites() }.Concat(settings.Suites.Select(p => SuiteLoader.Load(cli.FullPath(p)))).ToArray();
        var selection = new TestSelection(settings.Include, settings.Exclude);
        var tests = targetFlags.Given.Any()
            ? await ListDiscoveredAsync(assemblies, selection, cancellationToken)
            : SuiteRunner.List(assemblies, selection);

        if (settings.Coverage)
        {
            CoverageView.Write(cli, CatalogueCoverage.Of(tests, RequirementCatalog.Default, UnobservableRow.Default), settings.Json);
            return ExitCodes.Passed;
        }

        if (settings.Json)
        {
            cli.Out.WriteLine(JsonSerializer.Serialize(tests, ReportJson.Options));
            cli.Out.Flush();
            return ExitCodes.Passed;
        }

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("Id", "Area", "Severity", "Title", "Requirements", "Needs");
        foreach (var t in tests)
            table.AddRow(Markup.Escape(t.Id), Markup.Escape(t.Area), t.Severity.ToString().ToLowerInvariant(), Markup.Escape(t.Title),
                Markup.Escape(string.Join(", ", t.Requirements)), Markup.Escape(string.Join(", ", t.Needs)));
        cli.Console.Write(table);
        cli.Console.MarkupLineInterpolated($"{tests.Count} checks.");
        return ExitCodes.Passed;
    }

    /// <summary>Discovers the target (as `discover` does: reads only) and lists the suites with its run installed.</summary>
    private async Task<IReadOnlyList<CheckInfo>> ListDiscoveredAsync(System.Reflection.Assembly[] assemblies, TestSelection selection, CancellationToken ct)
    {
        await using var target = await TargetResolver.ResolveAsync(targetFlags, cli, new Dictionary<string, string> { [ParameterNames.RunId] = "list", [ParameterNames.Seed] = "1" }, ct);
        var targetSettings = TargetSettingsReader.Read(target.Parameters, cli.GetEnvironment);
        var assume = TargetSettingsReader.ParseAssume(target.Parameters.GetValueOrDefault(ParameterNames.Assume));
        await using var run = await ScimRun.StartAsync(targetSettings, assume, ct);
        ScimRun.Install(run);
        try
        {
            return SuiteRunner.List(assemblies, selection);
        }
        finally
        {
            ScimRun.Install(null);
        }
    }
}
