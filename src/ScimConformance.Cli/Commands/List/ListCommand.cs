using System.Text.Json;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Catalog;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model.Coverage;
using ScimConformance.Runner.Reporting;
using ScimConformance.Runner.Selection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.List;

/// <summary>`scimconf list`: the checks and their metadata, read from the suites without contacting any endpoint.</summary>
public sealed class ListCommand(CliContext cli) : Command<ListCommandSettings>
{
    public override int Execute(CommandContext context, ListCommandSettings settings, CancellationToken cancellationToken)
    {
        var assemblies = new[] { cli.BuiltInSuites() }.Concat(settings.Suites.Select(p => SuiteLoader.Load(cli.FullPath(p))));
        var tests = SuiteRunner.List(assemblies, new TestSelection(settings.Include, settings.Exclude));

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
}
