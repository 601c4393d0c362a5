using System.Globalization;
using System.Text.Json.Nodes;
using ScimConformance.Core;

namespace ScimConformance.Suites.Query;

/// <summary>
/// Builds the bodies of the query dataset from the run seed: small vocabularies so that values repeat across
/// users (eq matches several), mixed case so that caseExact matters, and attributes left out on purpose so
/// that pr and ne meet absent values.
/// </summary>
public static class QueryDatasetBuilder
{
    public const int UserCount = 36;

    private static readonly string[] GivenNames = ["Ada", "Barbara", "Chidi", "Dmitri", "Eve", "Fatima", "Grace"];
    private static readonly string[] FamilyNames = ["Smith", "SMITH", "smith", "McDonald", "van Dijk", "O'Brien", "Lovelace", "Hopper"];
    private static readonly string[] Titles = ["Engineer", "Senior Engineer", "engineering Manager", "Director"];
    private static readonly string[] Domains = ["example.com", "Example.ORG", "mail.example.net"];
    private static readonly string[] EmailTypes = ["work", "home", "other"];
    private static readonly string[] Departments = ["Sales", "R&D", "Support"];

    public static string MarkerOf(string runPrefix) => runPrefix + "q-";

    public static IReadOnlyList<JsonObject> Bodies(string runPrefix, int seed, bool withEnterprise)
    {
        // A seed of its own (derived from the run seed) keeps the dataset stable whatever other tests drew from Run.Data.
        var random = new Random(unchecked(seed * 31 + 7));
        var marker = MarkerOf(runPrefix);
        return Enumerable.Range(1, UserCount).Select(i => Body(random, marker, runPrefix, i, withEnterprise)).ToArray();
    }

    private static JsonObject Body(Random random, string marker, string runPrefix, int number, bool withEnterprise)
    {
        var given = Pick(random, GivenNames);
        var family = Pick(random, FamilyNames);
        var local = MixCase(random, $"{given}.{Slug(family)}") + number.ToString("00", CultureInfo.InvariantCulture);
        var schemas = new JsonArray(ScimUris.User);
        var user = new JsonObject
        {
            ["schemas"] = schemas,
            ["userName"] = marker + local,
            ["active"] = random.Next(3) != 0,
        };
        // Roughly one user in six lacks each optional attribute, so absence is part of every query.
        if (random.Next(6) != 0) user["name"] = Name(random, given, family);
        if (random.Next(6) != 0) user["title"] = Pick(random, Titles);
        if (random.Next(5) != 0) user["externalId"] = runPrefix + MixCase(random, "ext-") + number.ToString(CultureInfo.InvariantCulture);
        var emails = Emails(random, local, number);
        if (emails.Count > 0) user["emails"] = emails;
        if (withEnterprise && random.Next(4) != 0)
        {
            schemas.Add(ScimUris.EnterpriseUser);
            user[ScimUris.EnterpriseUser] = new JsonObject
            {
                ["employeeNumber"] = (1000 + number).ToString(CultureInfo.InvariantCulture),
                ["department"] = Pick(random, Departments),
            };
        }
        return user;
    }

    private static JsonObject Name(Random random, string given, string family)
    {
        var name = new JsonObject { ["familyName"] = family };
        if (random.Next(5) != 0) name["givenName"] = given;
        return name;
    }

    private static JsonArray Emails(Random random, string local, int number)
    {
        var emails = new JsonArray();
        var count = random.Next(4);
        var primary = count == 0 ? -1 : random.Next(count + 1) - 1; // sometimes no primary at all
        for (var k = 0; k < count; k++)
        {
            var email = new JsonObject
            {
                ["value"] = $"{local}.{k}@{Pick(random, Domains)}",
                ["type"] = EmailTypes[(number + k) % EmailTypes.Length],
            };
            if (k == primary) email["primary"] = true;
            emails.Add(email);
        }
        return emails;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string MixCase(Random random, string text) =>
        string.Concat(text.Select(c => random.Next(3) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));

    private static string Slug(string text) => string.Concat(text.Where(char.IsAsciiLetterOrDigit));
}
