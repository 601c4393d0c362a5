using System.ComponentModel;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests.Interop;

/// <summary>
/// SCIMMY (npm scimmy + scimmy-routers on express, versions pinned by Interop/scimmy/package-lock.json) run by
/// node on 127.0.0.1: a SCIM server nobody here wrote. The packages are installed once into the test output
/// folder (never the source tree) and reused while the lock file is unchanged.
/// </summary>
internal sealed class ScimmyServer : IDisposable
{
    public const string TokenVariable = "SCIMMY_TOKEN";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly CliProcess _node;

    private ScimmyServer(CliProcess node, Uri baseUrl, string token)
    {
        _node = node;
        BaseUrl = baseUrl;
        Token = token;
    }

    public Uri BaseUrl { get; }
    public string Token { get; }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { [TokenVariable] = Token };

    /// <summary>Installs (when needed) and starts the server; fails the fixture with the reason when either cannot be done.</summary>
    public static async Task<ScimmyServer> StartAsync()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Interop", "scimmy");
        await InstallAsync(folder);
        var token = "interop-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var node = StartProgram("node", ["server.mjs", "0"], folder, new Dictionary<string, string?> { [TokenVariable] = token });
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            var line = node.StdoutSoFar.Split('\n').FirstOrDefault(l => l.StartsWith("listening on ", StringComparison.Ordinal));
            if (line is not null) return new ScimmyServer(node, new Uri(line["listening on ".Length..].Trim()), token);
            if (node.HasExited) break;
            await Task.Delay(100);
        }
        var output = $"stdout:\n{node.StdoutSoFar}\nstderr:\n{node.StderrSoFar}";
        node.Dispose();
        Assert.Fail($"the SCIMMY interop server did not start within {StartTimeout.TotalSeconds} s.\n{output}");
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Every resource the server still holds, as "Users/{id} {userName or displayName}".</summary>
    public async Task<IReadOnlyList<string>> ResourcesAsync()
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var held = new List<string>();
        foreach (var endpoint in new[] { "Users", "Groups" })
        {
            var body = await client.GetStringAsync(new Uri(BaseUrl + "/" + endpoint + "?count=1000"));
            var list = JsonNode.Parse(body)!.AsObject();
            foreach (var resource in list["Resources"]?.AsArray() ?? [])
                held.Add($"{endpoint}/{resource!["id"]} {resource["userName"] ?? resource["displayName"]}");
            var total = list["totalResults"]!.GetValue<int>();
            if (total > held.Count) held.Add($"{endpoint}: totalResults {total}, more than the page listed");
        }
        return held;
    }

    public void Dispose() => _node.Dispose();

    private static async Task InstallAsync(string folder)
    {
        var lockFile = Path.Combine(folder, "package-lock.json");
        var marker = Path.Combine(folder, "node_modules", ".scimconf-installed");
        var wanted = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(lockFile)));
        if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == wanted) return;

        using var npm = StartProgram("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], folder,
            new Dictionary<string, string?> { ["CI"] = "true", ["npm_config_update_notifier"] = "false" });
        CliResult result;
        try
        {
            result = await npm.WaitAsync(InstallTimeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"npm ci of scimmy, scimmy-routers and express did not finish within {InstallTimeout.TotalMinutes} min; is the npm registry reachable?");
            throw;
        }
        if (result.ExitCode != 0)
            Assert.Fail($"npm ci of scimmy, scimmy-routers and express failed (exit {result.ExitCode}); the interop test needs the npm registry.\n{result.Stderr}");
        await File.WriteAllTextAsync(marker, wanted);
    }

    private static CliProcess StartProgram(string file, string[] args, string folder, Dictionary<string, string?> environment)
    {
        try
        {
            return CliProcess.Start(file, args, environment, folder);
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"'{file}' could not be started ({e.Message}); the SCIMMY interop test needs node and npm on PATH.");
            throw;
        }
    }
}
