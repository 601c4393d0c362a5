using System.Security.Cryptography;
using NUnit.Framework;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Run;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Suites;

/// <summary>
/// Starts a run when the suites execute under `dotnet test` or an IDE. The `scimconf` runner installs
/// its own run before the suites load, so this fixture then does nothing. With referenceServer=inprocess
/// it also hosts the bundled reference server (optionally with defect switches) on a free local port.
/// </summary>
[SetUpFixture]
public sealed class RunSetUp
{
    /// <summary>Where the in-process server's token is handed to the settings reader (never on argv or in logs).</summary>
    public const string InProcessTokenVariable = "SCIMCONF_INPROCESS_TOKEN";

    private ScimRun? _ownRun;
    private ReferenceServerHost? _server;

    [OneTimeSetUp]
    public async Task StartRunUnlessHosted()
    {
        if (ScimRun.Current is not null) return;

        var parameters = TestContext.Parameters.Names.ToDictionary(n => n, n => TestContext.Parameters[n] ?? "", StringComparer.OrdinalIgnoreCase);
        if (string.Equals(parameters.GetValueOrDefault(ParameterNames.ReferenceServer), "inprocess", StringComparison.OrdinalIgnoreCase))
        {
            var token = "inproc-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
            _server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
            {
                Port = 0,
                Token = token,
                Defects = SplitDefects(parameters.GetValueOrDefault(ParameterNames.ReferenceServerDefects)),
            });
            Environment.SetEnvironmentVariable(InProcessTokenVariable, token);
            parameters[ParameterNames.BaseUrl] = _server.BaseUrl.ToString();
            parameters[ParameterNames.TokenEnv] = InProcessTokenVariable;
            parameters.Remove(ParameterNames.TokenFile);
            parameters[ParameterNames.Auth] = "bearer";
        }

        var settings = TargetSettingsReader.Read(parameters, Environment.GetEnvironmentVariable);
        var assume = TargetSettingsReader.ParseAssume(parameters.GetValueOrDefault(ParameterNames.Assume));
        _ownRun = await ScimRun.StartAsync(settings, assume, CancellationToken.None);
        ScimRun.Install(_ownRun);
        TestContext.Progress.WriteLine($"scimconf: run {settings.RunId}, seed {settings.Seed}, target {settings.BaseUrl}");
    }

    [OneTimeTearDown]
    public async Task StopOwnRun()
    {
        // Only a run this fixture started is ours to clean up; the runner cleans up its own.
        try
        {
            if (_ownRun is not null)
            {
                var leftovers = await _ownRun.CleanupAsync(CancellationToken.None);
                foreach (var entry in leftovers)
                    TestContext.Progress.WriteLine($"scimconf: could not delete {entry.RelativePath}: {entry.CleanupError}");
                ScimRun.Install(null);
                await _ownRun.DisposeAsync();
            }
        }
        finally
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
                Environment.SetEnvironmentVariable(InProcessTokenVariable, null);
            }
        }
    }

    private static string[] SplitDefects(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
