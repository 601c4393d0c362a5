using System.Security.Cryptography;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// A reference server in this process with a known token and seeded users, plus helpers to run the
/// CLI against it and to compare the server's stored state before and after.
/// </summary>
internal sealed class ServerFixture : IAsyncDisposable
{
    public const string TokenVariable = "E2E_SCIM_TOKEN";

    private ServerFixture(ReferenceServerHost host, string token)
    {
        Host = host;
        Token = token;
    }

    public ReferenceServerHost Host { get; }
    public string Token { get; }

    public static async Task<ServerFixture> StartAsync(int seedUsers = 0, params string[] defects) =>
        await StartAsync(seedUsers, TimeSpan.Zero, defects);

    public static Task<ServerFixture> StartAsync(int seedUsers, TimeSpan responseDelay, params string[] defects) =>
        StartAsync(seedUsers, responseDelay, defectAsked: null, defects);

    /// <summary>A server that tells <paramref name="defectAsked"/> each defect switch it asks about (see <see cref="ReferenceServerOptions.DefectAsked"/>).</summary>
    public static async Task<ServerFixture> StartAsync(int seedUsers, TimeSpan responseDelay, Action<string>? defectAsked, params string[] defects)
    {
        var token = "e2e-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var host = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            Port = 0,
            Token = token,
            SeedUsers = seedUsers,
            Defects = defects,
            ResponseDelay = responseDelay,
            DefectAsked = defectAsked,
        });
        return new ServerFixture(host, token);
    }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { [TokenVariable] = Token };

    public string[] RunArgs(string outDir, params string[] extra) =>
        ["run", "--base-url", Host.BaseUrl.ToString(), "--token-env", TokenVariable, "--out", outDir, "--seed", "4242", .. extra];

    public Task<CliResult> RunCliAsync(string outDir, params string[] extra) =>
        CliProcess.RunAsync(RunArgs(outDir, extra), Environment);

    /// <summary>A run that may take longer than the default bound: a whole serial run on a loaded machine.</summary>
    public Task<CliResult> RunCliAsync(string outDir, TimeSpan timeout, params string[] extra) =>
        CliProcess.RunAsync(RunArgs(outDir, extra), Environment, timeout);

    /// <summary>The same run in a run host (<see cref="CliHosts"/>), for tests that judge what a run wrote, not the process.</summary>
    public Task<CliResult> RunInHostAsync(string outDir, params string[] extra) =>
        CliHosts.RunAsync(RunArgs(outDir, extra), Environment);

    /// <summary>A run in a run host that may take longer than the default bound.</summary>
    public Task<CliResult> RunInHostAsync(string outDir, TimeSpan timeout, params string[] extra) =>
        CliHosts.RunAsync(RunArgs(outDir, extra), Environment, timeout);

    /// <summary>Seeded resources, as stored, keyed by id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SeededAsync() =>
        (await Host.SnapshotAsync()).Where(r => r.Json.Contains("seed-user-", StringComparison.Ordinal))
            .ToDictionary(r => r.ResourceType + "/" + r.Id, r => r.Json);

    /// <summary>Stored resources whose content carries the harness's run prefix.</summary>
    public async Task<IReadOnlyList<StoredResource>> RunCreatedAsync() =>
        (await Host.SnapshotAsync()).Where(r => r.Json.Contains("scimconf-", StringComparison.Ordinal)).ToArray();

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
