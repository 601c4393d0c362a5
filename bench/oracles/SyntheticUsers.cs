using System.Globalization;
using System.Text.Json.Nodes;
using ScimConformance.Core;

namespace ScimConformance.Bench.Oracles;

/// <summary>
/// Deterministic User resources as a server would return them. Values cycle with different periods so that
/// each benchmark filter matches a fraction of the set rather than all or nothing.
/// </summary>
public static class SyntheticUsers
{
    private static readonly string[] FamilyNames = ["Jensen", "Smith", "Garcia", "Nguyen", "Okafor", "Andersson", "Kowalski"];
    private static readonly string[] GivenNames = ["Barbara", "Ahmed", "Mei", "Lars", "Chloe", "Tomasz", "Ines", "Kofi", "Sven"];
    private static readonly string[] Titles = ["Engineer", "Manager", "Analyst", "Tour Guide", "Director"];

    /// <summary>The first user's meta.lastModified; user i was modified i minutes later.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static JsonObject[] Create(int count) => Enumerable.Range(0, count).Select(One).ToArray();

    public static JsonObject One(int i)
    {
        var given = GivenNames[i % GivenNames.Length];
        var family = FamilyNames[i % FamilyNames.Length];
        var userName = string.Create(CultureInfo.InvariantCulture, $"user{i:D5}");
        var emails = new JsonArray
        {
            new JsonObject { ["value"] = $"{userName}@home.example", ["type"] = "home" },
        };
        // A third of the users have no work address and a further third have one that is not an e-mail address,
        // so the complex filter's two sub-conditions both do work.
        if (i % 3 != 0)
            emails.Add(new JsonObject { ["value"] = i % 3 == 1 ? $"{userName}@work.example" : userName, ["type"] = "work", ["primary"] = true });
        var user = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUris.User),
            ["id"] = string.Create(CultureInfo.InvariantCulture, $"00000000-0000-0000-0000-{i:D12}"),
            ["userName"] = userName,
            ["name"] = new JsonObject { ["givenName"] = given, ["familyName"] = family, ["formatted"] = $"{given} {family}" },
            ["displayName"] = $"{given} {family}",
            ["active"] = i % 4 != 0,
            ["emails"] = emails,
            ["phoneNumbers"] = new JsonArray(new JsonObject { ["value"] = string.Create(CultureInfo.InvariantCulture, $"+1 555 {i:D7}"), ["type"] = "work" }),
            ["meta"] = new JsonObject
            {
                ["resourceType"] = "User",
                ["created"] = Timestamp(Epoch),
                ["lastModified"] = Timestamp(Epoch.AddMinutes(i)),
            },
        };
        if (i % 2 == 0) user["title"] = Titles[i / 2 % Titles.Length];
        return user;
    }

    public static string Timestamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
