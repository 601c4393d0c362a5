using ScimConformance.Cli.Commands.Baseline;
using ScimConformance.Cli.Commands.Cleanup;
using ScimConformance.Cli.Commands.Diff;
using ScimConformance.Cli.Commands.Discover;
using ScimConformance.Cli.Commands.History;
using ScimConformance.Cli.Commands.List;
using ScimConformance.Cli.Commands.Load;
using ScimConformance.Cli.Commands.Merge;
using ScimConformance.Cli.Commands.MutationScore;
using ScimConformance.Cli.Commands.Report;
using ScimConformance.Cli.Commands.Run;
using ScimConformance.Cli.Commands.Serve;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration.Options;
using ScimConformance.Runner.Execution;
using Spectre.Console.Cli;

namespace ScimConformance.Cli;

/// <summary>
/// The `scimconf` command line. Program.Main wires signals and the real console; tests call
/// <see cref="RunAsync"/> in-process with captured output.
/// </summary>
public static class ScimConfApp
{
    /// <summary>The commands that take the target flags (<see cref="TargetOptions"/>).</summary>
    public static IReadOnlySet<string> TargetCommands { get; } = new HashSet<string>(StringComparer.Ordinal) { "run", "discover", "cleanup", "load", "list" };

    public static async Task<int> RunAsync(string[] args, CliContext cli, CancellationToken ct)
    {
        try
        {
            // Target flags are declared once (TargetOptions) and read here, not bound by Spectre; everything else is Spectre's.
            var (target, rest) = args.Length > 0 && TargetCommands.Contains(args[0]) ? TargetFlags.Extract(args) : (TargetFlags.None, args);
            var commands = new Dictionary<string, Type>(StringComparer.Ordinal);
            ICommandConfigurator Add<TCommand>(IConfigurator config, string name) where TCommand : class, ICommand
            {
                commands[name] = typeof(TCommand);
                return config.AddCommand<TCommand>(name);
            }

            var app = new CommandApp();
            app.Configure(config =>
            {
                config.Settings.Registrar.RegisterInstance(cli);
                config.Settings.Registrar.RegisterInstance(target);
                config.SetApplicationName("scimconf");
                config.UseStrictParsing();
                config.SetApplicationVersion(SuiteRunner.HarnessVersion);
                config.ConfigureConsole(cli.Console);
                config.SetHelpProvider(new ScimConfHelpProvider(config.Settings));
                config.CancellationExitCode(ExitCodes.Interrupted);
                config.SetExceptionHandler((exception, _) => ErrorReporter.Report(exception, cli.Error));

                Add<RunCommand>(config, "run")
                    .WithDescription("Run the conformance checks against an endpoint (or --demo) and write report.html, junit.xml, results.json, results.sarif and summary.md.")
                    .WithExample("run", "--base-url", "https://app.example.com/scim/v2", "--token-env", "SCIM_TOKEN")
                    .WithExample("run", "--demo", "--include", "area:Users");
                Add<LoadCommand>(config, "load")
                    .WithDescription("Provision and deprovision --users users (create, look up, update, deactivate, delete) at --concurrency and report throughput and latency; deletes everything it created. Only runs when asked.")
                    .WithExample("load", "--demo", "--users", "200", "--concurrency", "16");
                Add<ListCommand>(config, "list")
                    .WithDescription("List the checks with their id, area, severity and requirements. Without target flags nothing is contacted; with one (--demo, --base-url) its /Schemas are read and the attribute checks generated from them are listed too.");
                Add<DiscoverCommand>(config, "discover")
                    .WithDescription("Show what an endpoint advertises: capabilities, resource types, schemas, authentication schemes.");
                Add<ServeCommand>(config, "serve")
                    .WithDescription("Host the bundled reference SCIM server on 127.0.0.1 until Ctrl-C.");
                Add<ReportCommand>(config, "report")
                    .WithDescription("Render every report again from a results.json.")
                    .WithExample("report", "reports/results.json", "--out", "rerendered");
                Add<HistoryCommand>(config, "history")
                    .WithDescription("Render the newest of several runs' reports with a trend chart of them all (passed, failed, findings per run, oldest to newest), to see where a regression started.")
                    .WithExample("history", "nightly/2026-12-01", "nightly/2026-12-02", "nightly/2026-12-03", "--out", "reports");
                Add<DiffCommand>(config, "diff")
                    .WithDescription("Compare two results.json: regressions, fixes, new and removed checks (exit 1 on a regression at or above --fail-on); warns when the runs tested different endpoints.")
                    .WithExample("diff", "main/results.json", "branch/results.json");
                Add<MergeCommand>(config, "merge")
                    .WithDescription("Join the results.json of `run --shard` jobs into one run and write its reports.")
                    .WithExample("merge", "shard1/results.json", "shard2/results.json", "--out", "reports");
                Add<CleanupCommand>(config, "cleanup")
                    .WithDescription("Delete the users and groups an earlier run left behind (found by its scimconf-<runId>- prefix) and list them.")
                    .WithExample("cleanup", "--base-url", "https://app.example.com/scim/v2", "--run-id", "1a2b3c4d");
                Add<MutationScoreCommand>(config, "mutation-score")
                    .WithDescription("Score the runs made against each reference-server switch: defects caught, false failures on benign variations (see scripts/mutation-score.sh).")
                    .WithExample("mutation-score", "--runs", "mutation-runs");
                config.AddBranch("baseline", baseline =>
                {
                    baseline.SetDescription("Manage baselines of accepted known failures.");
                    commands["baseline create"] = typeof(BaselineCreateCommand);
                    baseline.AddCommand<BaselineCreateCommand>("create")
                        .WithDescription("Write a baseline accepting every failure of a run.")
                        .WithExample("baseline", "create", "--from", "reports/results.json", "--out", "baseline.json");
                    commands["baseline prune"] = typeof(BaselinePruneCommand);
                    baseline.AddCommand<BaselinePruneCommand>("prune")
                        .WithDescription("Remove the entries whose checks pass in a run's results.json.")
                        .WithExample("baseline", "prune", "--baseline", "ci/scimconf-baseline.json", "--from", "reports/results.json");
                });
            });
            CommandLineCheck.Check(rest, commands);
            return await app.RunAsync(rest, ct);
        }
        catch (Exception e)
        {
            return ErrorReporter.Report(e, cli.Error);
        }
    }
}
