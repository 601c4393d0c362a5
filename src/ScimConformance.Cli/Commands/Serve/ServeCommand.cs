using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration;
using ScimConformance.ReferenceServer;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Serve;

/// <summary>`scimconf serve`: hosts the reference server on 127.0.0.1 until Ctrl-C.</summary>
public sealed class ServeCommand(CliContext cli) : AsyncCommand<ServeCommandSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeCommandSettings settings, CancellationToken cancellationToken)
    {
        if (settings.ListDefects)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Defect", "What it breaks", "Caught by");
            foreach (var d in DefectCatalog.All)
                table.AddRow(Markup.Escape(d.Name), Markup.Escape(d.Description), Markup.Escape(string.Join(", ", d.CaughtBy)));
            cli.Console.Write(table);
            var benign = new Table().Border(TableBorder.Rounded).AddColumns("Benign variation", "What changes", "Allowed by");
            foreach (var d in DefectCatalog.Benign)
                benign.AddRow(Markup.Escape(d.Name), Markup.Escape(d.Description), Markup.Escape(d.Allowance));
            cli.Console.Write(benign);
            return ExitCodes.Passed;
        }

        foreach (var name in settings.Defects)
            if (DefectCatalog.Find(name) is null)
                throw new ConfigurationException($"Unknown defect '{name}'. Known: {string.Join(", ", DefectCatalog.Everything.Select(d => d.Name))}.");

        var (token, writtenTo) = ServeToken.Resolve(settings, cli);
        var credentials = ServeSecurity.Create(settings, cli);
        await using var host = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            Port = settings.Port,
            Token = token,
            DbPath = settings.Db is null ? null : cli.FullPath(settings.Db),
            SeedUsers = settings.SeedUsers,
            Defects = settings.Defects,
            Https = settings.Https,
            CaCertificatePath = settings.Https ? cli.FullPath(settings.CaCertOut) : null,
            PlainHttpRedirect = settings.Https,
            TokenTtl = TimeSpan.FromSeconds(settings.TokenTtl),
            OAuthClients = credentials.Clients,
            TenantTokens = credentials.Tokens,
        }, cancellationToken);

        cli.Out.WriteLine($"Reference server listening on {host.BaseUrl}");
        if (host.CaCertificatePath is not null)
            cli.Out.WriteLine($"TLS 1.2/1.3 with a CA made at start: trust {host.CaCertificatePath} (scimconf run --ca-cert {host.CaCertificatePath}).");
        if (host.PlainHttpUrl is not null)
            cli.Out.WriteLine($"Plain HTTP on {host.PlainHttpUrl} only redirects (308) to HTTPS.");
        if (credentials.WrittenTo is not null)
        {
            cli.Out.WriteLine($"OAuth 2.0 client credentials: token endpoint {host.TokenUrl}, revocation {host.RevocationUrl}; tokens live {settings.TokenTtl} s.");
            cli.Out.WriteLine($"Tenants: {string.Join(", ", new[] { ServeSecurity.DefaultTenant }.Concat(settings.Tenants.Distinct(StringComparer.Ordinal)))}. Client ids, secrets and tenant tokens are in {credentials.WrittenTo} (readable only by you).");
        }
        if (writtenTo is not null)
            cli.Out.WriteLine($"No token was configured: a new one is in {writtenTo} (readable only by you). Clients send it as a bearer token, e.g. export SCIM_TOKEN=$(cat {writtenTo})");
        if (settings.Defects.Length > 0)
            cli.Out.WriteLine("Defects on: " + string.Join(", ", settings.Defects));
        cli.Out.WriteLine("Press Ctrl-C to stop.");
        cli.Out.Flush();

        try
        {
            await host.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C is how this command is meant to end.
        }
        await host.StopAsync();
        cli.Out.WriteLine("Reference server stopped.");
        return ExitCodes.Passed;
    }
}
