using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bogus;
using Bogus.DataSets;

namespace ScimConformance.Core.Data;

/// <summary>
/// Seeded test data (Bogus). Every name it produces carries the run prefix, so the run can find, and
/// only ever touch, what it created. The same seed gives the same data, in the same order of calls.
/// </summary>
public sealed class TestDataFactory
{
    private const string PasswordSymbols = "!#$%*+-=?@^_";
    private readonly Lock _gate = new();
    private readonly Randomizer _random;
    private readonly Name _names;
    private readonly PhoneNumbers _phones;
    private readonly Company _companies;
    private readonly Commerce _commerce;
    private readonly string _scopeTag;
    private int _counter;

    public TestDataFactory(string prefix, int seed) : this(prefix, seed, scopeTag: "")
    {
    }

    private TestDataFactory(string prefix, int seed, string scopeTag)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        Prefix = prefix;
        Seed = seed;
        _scopeTag = scopeTag;
        // A local Randomizer (not Bogus's global seed) keeps this factory's sequence independent of others. Only the
        // data sets used are made: a whole Faker builds a Person and twenty sets, a run keeps a factory per test until
        // it ends, and their Fakers were about 90 MB of a demo run's 112 MB live heap.
        _random = new Randomizer(seed);
        _names = new Name("en") { Random = _random };
        _phones = new PhoneNumbers("en") { Random = _random };
        _companies = new Company("en") { Random = _random };
        _commerce = new Commerce("en") { Random = _random };
    }

    public string Prefix { get; }
    public int Seed { get; }

    /// <summary>
    /// A factory of its own for one scope (a test's full name), seeded from this seed and the scope, so what a
    /// test generates depends on neither the tests that ran before it nor those running beside it. Its names
    /// carry a tag of the scope, so two scopes never produce the same userName or group name.
    /// </summary>
    public TestDataFactory ForScope(string scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Seed.ToString(CultureInfo.InvariantCulture) + "\n" + scope));
        var seed = BitConverter.ToInt32(hash, 0) & int.MaxValue;
        var tag = Convert.ToHexString(hash, 4, 3).ToLowerInvariant();
        return new TestDataFactory(Prefix, seed, tag);
    }

    /// <summary>A unique, prefixed userName such as "scimconf-&lt;run&gt;-jane.doe.17".</summary>
    public string UserName()
    {
        lock (_gate) return NextPerson().UserName;
    }

    /// <summary>A full core User (name, displayName, emails with types and primary, phoneNumbers, active, externalId, password).</summary>
    public JsonObject User(bool includeEnterprise = false)
    {
        lock (_gate)
        {
            var p = NextPerson();
            var schemas = new JsonArray(ScimUris.User);
            var user = new JsonObject
            {
                ["schemas"] = schemas,
                ["userName"] = p.UserName,
                ["externalId"] = $"{Prefix}ext-{p.Number}-{_random.AlphaNumeric(8)}",
                ["name"] = new JsonObject
                {
                    ["givenName"] = p.First,
                    ["familyName"] = p.Last,
                    ["formatted"] = $"{p.First} {p.Last}",
                },
                ["displayName"] = $"{Prefix}{p.First} {p.Last}",
                ["title"] = _names.JobTitle(),
                ["active"] = true,
                ["emails"] = new JsonArray(
                    new JsonObject { ["value"] = $"{p.Local}@example.com", ["type"] = "work", ["primary"] = true },
                    new JsonObject { ["value"] = $"{p.Local}@example.org", ["type"] = "home" }),
                ["phoneNumbers"] = new JsonArray(
                    new JsonObject { ["value"] = _phones.PhoneNumber("+1 555-###-####"), ["type"] = "work" }),
                ["password"] = Password(),
            };
            if (includeEnterprise)
            {
                schemas.Add(ScimUris.EnterpriseUser);
                user[ScimUris.EnterpriseUser] = new JsonObject
                {
                    ["employeeNumber"] = _random.Int(10000, 99999).ToString(CultureInfo.InvariantCulture) + p.Number.ToString(CultureInfo.InvariantCulture),
                    ["costCenter"] = "CC-" + _random.Int(100, 999).ToString(CultureInfo.InvariantCulture),
                    ["organization"] = Prefix + _companies.CompanyName(),
                    ["department"] = _commerce.Department(),
                };
            }
            return user;
        }
    }

    /// <summary>A seeded lower-case alphanumeric token, for names a check makes up (never Guid.NewGuid: runs must repeat).</summary>
    public string Token(int length = 8)
    {
        lock (_gate) return _random.AlphaNumeric(length);
    }

    /// <summary>A seeded UUID, e.g. for an id that must not exist on the endpoint.</summary>
    public Guid Uuid()
    {
        lock (_gate) return _random.Guid();
    }

    /// <summary>A Group with a prefixed displayName and the given member ids.</summary>
    public JsonObject Group(params string[] memberIds)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        lock (_gate)
        {
            var n = ++_counter;
            var word = Slug(_commerce.Department());
            var members = new JsonArray(memberIds.Select(id => (JsonNode)new JsonObject { ["value"] = id }).ToArray());
            return new JsonObject
            {
                ["schemas"] = new JsonArray(ScimUris.Group),
                ["displayName"] = $"{Prefix}group-{word}-{_scopeTag}{n}",
                ["members"] = members,
            };
        }
    }

    /// <summary>A password with upper and lower case letters, digits and a symbol, 16 characters long.</summary>
    public string Password()
    {
        lock (_gate)
        {
            var r = _random;
            var chars = new List<char>
            {
                r.Char('A', 'Z'), r.Char('a', 'z'), r.Char('0', '9'), PasswordSymbols[r.Int(0, PasswordSymbols.Length - 1)],
            };
            const string all = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789" + PasswordSymbols;
            while (chars.Count < 16) chars.Add(all[r.Int(0, all.Length - 1)]);
            return new string(r.Shuffle(chars).ToArray());
        }
    }

    private Person NextPerson()
    {
        var n = ++_counter;
        var first = _names.FirstName();
        var last = _names.LastName();
        var local = $"{Slug(first)}.{Slug(last)}.{_scopeTag}{n}";
        return new Person(n, first, last, (Prefix + local).ToLowerInvariant(), (Prefix + local).ToLowerInvariant());
    }

    /// <summary>Lower-case ASCII letters and digits only, so names survive every endpoint's userName rules.</summary>
    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
        return builder.Length == 0 ? "x" : builder.ToString();
    }

    private sealed record Person(int Number, string First, string Last, string UserName, string Local);
}
