using System.Text.Json;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Run;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Discover;

/// <summary>`scimconf discover`: reads /ServiceProviderConfig, /ResourceTypes and /Schemas and shows what they advertise.</summary>
public sealed class DiscoverCommand(CliContext cli, TargetFlags targetFlags) : AsyncCommand<DiscoverCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DiscoverCommandSettings settings, CancellationToken cancellationToken)
    {
        await using var target = await TargetResolver.ResolveAsync(targetFlags, cli, new Dictionary<string, string> { [ParameterNames.RunId] = "discover", [ParameterNames.Seed] = "1" }, cancellationToken);
        var targetSettings = TargetSettingsReader.Read(target.Parameters, cli.GetEnvironment);
        var assume = TargetSettingsReader.ParseAssume(target.Parameters.GetValueOrDefault(ParameterNames.Assume));
        await using var run = await ScimRun.StartAsync(targetSettings, assume, cancellationToken);
        var view = DiscoveryView.From(new TargetInfo(targetSettings.BaseUrl.ToString(), SuiteRunner.AuthSchemeName(targetSettings.Auth)), run.Discovery);

        if (settings.Json)
        {
            cli.Out.WriteLine(JsonSerializer.Serialize(view, ReportJson.Options));
            cli.Out.Flush();
            return ExitCodes.Passed;
        }
        Write(view);
        return ExitCodes.Passed;
    }

    private void Write(DiscoveryView view)
    {
        var console = cli.Console;
        console.MarkupLineInterpolated($"[bold]{view.Target.BaseUrl}[/] ({view.Target.AuthScheme})");

        var caps = view.Capabilities;
        var capabilities = new Table().Border(TableBorder.Rounded).Title("Capabilities (ServiceProviderConfig)").AddColumns("Feature", "Advertised");
        capabilities.AddRow("patch", Flag(caps.Patch));
        capabilities.AddRow("filter", caps.Filter ? $"yes (maxResults {caps.FilterMaxResults})" : "no");
        capabilities.AddRow("sort", Flag(caps.Sort));
        capabilities.AddRow("etag", Flag(caps.ETag));
        capabilities.AddRow("changePassword", Flag(caps.ChangePassword));
        capabilities.AddRow("bulk", caps.Bulk ? $"yes (maxOperations {caps.BulkMaxOperations}, maxPayloadSize {caps.BulkMaxPayloadSize})" : "no");
        capabilities.AddRow("authenticationSchemes", Markup.Escape(view.AuthenticationSchemes.Count == 0 ? "(none)" : string.Join(", ", view.AuthenticationSchemes)));
        console.Write(capabilities);

        var types = new Table().Border(TableBorder.Rounded).Title("Resource types").AddColumns("Name", "Endpoint", "Schema", "Extensions");
        foreach (var t in view.ResourceTypes)
            types.AddRow(Markup.Escape(t.Name), Markup.Escape(t.Endpoint), Markup.Escape(t.Schema),
                Markup.Escape(string.Join(", ", t.Extensions.Select(e => e.Schema + (e.Required ? " (required)" : "")))));
        console.Write(types);

        var schemas = new Table().Border(TableBorder.Rounded).Title("Schemas").AddColumns("Id", "Name", "Attributes");
        foreach (var s in view.Schemas)
            schemas.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Name), s.Attributes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(schemas);

        foreach (var problem in view.Problems)
            console.MarkupLineInterpolated($"[yellow]problem:[/] {problem}");
    }

    private static string Flag(bool value) => value ? "yes" : "no";
}
