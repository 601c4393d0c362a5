using System.Globalization;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;

namespace ScimConformance.Suites.Schema;

/// <summary>RFC 7643 §2.3.4: an integer value is written without a fraction or an exponent, whatever the number it stands for.</summary>
public sealed class IntegerValueTests : ReadBackFixture
{
    [Test]
    [ScimTest("SCH-080", "Attributes declared integer are served without fraction or exponent", Areas.Schema, Severity.Medium, "R7643-2.3.4-01",
        Remediation = "Write integer attributes as plain JSON integers (7), never 7.0 or 7e0: serialise them from an integer type, not a floating-point or decimal one.")]
    public async Task Integers_carry_no_fraction()
    {
        var body = Run.Data.User();
        // From the check's own seeded data, not the userName (which carries the run id): the same seed sends the same number.
        var number = 100 + (Run.Data.Token().Sum(c => c) % 900);
        var writable = DeclaredValues.Writable(Run.Discovery, "User", "integer").Where(w => Fillable(w.Extension)).ToArray();
        if (writable.Length == 0) Assert.Ignore("Skipped: the User schemas in /Schemas declare no writable singular integer attribute this check can send.");
        var schemas = body["schemas"]!.AsArray();
        foreach (var (extension, attribute) in writable)
        {
            var holder = body;
            if (extension is not null)
            {
                if (body[extension] is not JsonObject part)
                {
                    part = RequiredOf(extension, number);
                    body[extension] = part;
                    schemas.Add(extension);
                }
                holder = part;
            }
            holder[attribute.Name] = number;
        }
        var sent = string.Join(", ", writable.Select(w => $"{(w.Extension is null ? "" : w.Extension + ":")}{w.Attribute.Name} = {number.ToString(CultureInfo.InvariantCulture)}"));

        if (await CreateAndReadUserAsync(body, "R7643-2.3.4-01", sent) is not { } readBack) return;
        var (path, user) = readBack;

        var integers = DeclaredValues.OfType(Run.Discovery, "User", user, "integer").ToArray();
        Verify.Precondition(integers.Length > 0, $"GET /{path} returned none of the integer attributes sent ({sent}), so there is no integer to judge (the attribute round-trip cases judge a dropped value).");
        // The raw text decides: a parsed 7.0 equals 7, but RFC 7643 §2.3.4 forbids the fraction in the JSON text itself.
        var odd = integers.Where(i => !i.Value.IsInteger()).Select(i => $"{i.Path} = {i.Value.ToJsonString()}").ToArray();
        Verify.That(odd.Length == 0, "R7643-2.3.4-01",
            $"GET /{path}: sent {sent}; integer attributes must be written without fraction or exponent, got {string.Join(", ", odd)}.");
    }

    /// <summary>Whether the check can build the extension's other required attributes (strings, integers, booleans); the core needs none of its own.</summary>
    private static bool Fillable(string? extension) =>
        extension is null || Required(extension).All(a => a.Type is "string" or "integer" or "boolean" && !a.MultiValued && a.CanonicalValues.Count == 0);

    /// <summary>The extension's required attributes with values of their type: a run-prefixed token for strings (unique, so a uniqueness rule holds).</summary>
    private static JsonObject RequiredOf(string extension, int number)
    {
        var part = new JsonObject();
        foreach (var attribute in Required(extension))
            part[attribute.Name] = attribute.Type switch
            {
                "string" => Run.Prefix + Run.Data.Token(),
                "integer" => number,
                _ => false,
            };
        return part;
    }

    private static IEnumerable<Core.Discovery.AttributeDefinition> Required(string extension) =>
        Run.Discovery.Schema(extension)?.Attributes.Where(a => a.Required && a.Mutability is "readWrite" or "immutable") ?? [];
}
