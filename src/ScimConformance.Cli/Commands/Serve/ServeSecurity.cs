using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Cli.Commands.Serve;

/// <summary>
/// The tenants and OAuth clients of `serve --https` / `serve --tenant`: generated secrets, written to one JSON file
/// only the owner can read, so they never appear on the console.
/// </summary>
public static class ServeSecurity
{
    public const string DefaultTenant = "default";

    public sealed record Credentials(IReadOnlyList<OAuthClient> Clients, IReadOnlyList<TenantToken> Tokens, string? WrittenTo);

    public static Credentials Create(ServeCommandSettings settings, CliContext cli)
    {
        if (!settings.Https && settings.Tenants.Length == 0) return new Credentials([], [], null);

        var clients = new List<OAuthClient>();
        var tokens = new List<TenantToken>();
        foreach (var tenant in new[] { DefaultTenant }.Concat(settings.Tenants.Distinct(StringComparer.Ordinal)))
        {
            clients.Add(new OAuthClient(tenant, Secret(), tenant, ReadOnly: false));
            clients.Add(new OAuthClient(tenant + "-readonly", Secret(), tenant, ReadOnly: true));
            if (tenant != DefaultTenant) tokens.Add(new TenantToken("serve-" + Secret(), tenant, ReadOnly: false));
        }

        var document = new JsonObject
        {
            ["tokens"] = new JsonObject(tokens.Select(t => KeyValuePair.Create(t.Tenant, (JsonNode?)t.Token))),
            ["oauthClients"] = new JsonArray(clients.Select(c => (JsonNode?)new JsonObject
            {
                ["client_id"] = c.ClientId,
                ["client_secret"] = c.Secret,
                ["tenant"] = c.Tenant,
                ["scope"] = c.ReadOnly ? "scim.read" : "scim.read scim.write",
            }).ToArray()),
        };
        var path = cli.FullPath(settings.SecretsOut);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        // An existing file keeps its old mode on truncation; make sure it is private either way.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new Credentials(clients, tokens, path);
    }

    private static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
