using System.Net;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>Tenants in storage: a database file written before tenants existed keeps working, its rows in the default tenant.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class SecurityStorageTests
{
    [Test]
    public async Task A_database_file_without_the_tenant_column_is_upgraded_into_the_default_tenant()
    {
        using var file = DatabaseFile.Create("""
                CREATE TABLE resources (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL,
                    user_name_folded TEXT, display_name_folded TEXT, external_id TEXT, UNIQUE (type, id));
                INSERT INTO resources (type, id, json, user_name_folded) VALUES ('User', 'legacy-1',
                    '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"legacy-1","userName":"legacy","meta":{"resourceType":"User","created":"2024-01-01T00:00:00Z","lastModified":"2024-01-01T00:00:00Z","version":"W/\"1\""}}',
                    'legacy');
                """);
        var path = file.Path;

        await using var host = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            Token = ScimTestServer.Token,
            DbPath = path,
            TenantTokens = [new TenantToken("other-tenant-token", "other", ReadOnly: false)],
        });
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ScimTestServer.Token);
        using var own = await http.GetAsync(host.BaseUrl + "/Users/legacy-1");
        using var other = new HttpRequestMessage(HttpMethod.Get, host.BaseUrl + "/Users/legacy-1");
        other.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "other-tenant-token");
        using var otherReply = await http.SendAsync(other);
        var snapshot = await host.SnapshotAsync();

        Assert.Multiple(() =>
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(otherReply.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(snapshot.Single().Tenant, Is.EqualTo("default"));
        });
    }
}
