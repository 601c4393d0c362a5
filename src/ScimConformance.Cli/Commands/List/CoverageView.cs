using System.Text.Json;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Runner.Model.Coverage;
using ScimConformance.Runner.Reporting;
using Spectre.Console;

namespace ScimConformance.Cli.Commands.List;

/// <summary>Prints `scimconf list --coverage`: per catalogue, the cited share of testable rows, then the rows left.</summary>
internal static class CoverageView
{
    public static void Write(CliContext cli, IReadOnlyList<CatalogueCoverage> scopes, bool json)
    {
        if (json)
        {
            cli.Out.WriteLine(JsonSerializer.Serialize(scopes.Select(Json), ReportJson.Options));
            cli.Out.Flush();
            return;
        }

        foreach (var scope in scopes)
        {
            cli.Console.MarkupLineInterpolated(
                $"{scope.Scope}: {scope.Cited} of {scope.Testable} testable rows cited by a check ({scope.Percent:0.0}%).");
            if (scope.Unobservable.Count > 0)
            {
                cli.Console.MarkupLineInterpolated($"  Not observable from outside ({scope.Unobservable.Count}, not counted as cited):");
                foreach (var row in scope.Unobservable)
                    cli.Console.MarkupLineInterpolated($"    {row.Id}  {row.Reason}");
            }
            if (scope.Uncited.Count > 0)
            {
                cli.Console.MarkupLineInterpolated($"  Cited by no check ({scope.Uncited.Count}):");
                foreach (var row in scope.Uncited)
                    cli.Console.MarkupLineInterpolated($"    {row.Id}  {row.Level} {row.Area}  {row.Summary}");
            }
        }
    }

    private static object Json(CatalogueCoverage scope) => new
    {
        scope = scope.Scope,
        testable = scope.Testable,
        cited = scope.Cited,
        percent = scope.Percent,
        uncited = scope.Uncited.Select(r => new { id = r.Id, level = r.Level, area = r.Area, summary = r.Summary }),
        unobservable = scope.Unobservable.Select(r => new { id = r.Id, reason = r.Reason }),
    };
}
