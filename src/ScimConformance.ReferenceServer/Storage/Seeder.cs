using System.Globalization;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Resources;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>Creates the seed-user-NNNN users that stand in for a tenant's own data, which a harness run must leave alone.</summary>
internal static class Seeder
{
    public static async Task SeedUsersAsync(ResourceService users, int count)
    {
        var urls = new ScimUrls("http://seed.invalid" + ScimUrls.BasePath);
        for (var n = 1; n <= count; n++)
        {
            var number = n.ToString("D4", CultureInfo.InvariantCulture);
            var body = new JsonObject
            {
                ["schemas"] = new JsonArray(ScimUrns.User),
                ["userName"] = $"seed-user-{number}",
                ["externalId"] = $"seed-{number}",
                ["name"] = new JsonObject { ["givenName"] = "Seed", ["familyName"] = $"User {number}" },
                ["displayName"] = $"Seed User {number}",
                ["active"] = true,
                ["emails"] = new JsonArray(new JsonObject
                {
                    ["value"] = $"seed-user-{number}@example.org",
                    ["type"] = "work",
                    ["primary"] = true,
                }),
            };
            try
            {
                await users.CreateAsync(ScimDatabase.DefaultTenant, body, urls, AttributeSelection.None);
            }
            catch (ScimException ex) when (ex.Status == 409)
            {
                // A database file from an earlier run already holds this seed user; keep it untouched.
            }
        }
    }
}
