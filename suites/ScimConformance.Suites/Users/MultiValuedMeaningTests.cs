using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Suites.Schema;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §2.4: value, type and primary of a multi-valued attribute keep their meaning: the value sent, its label, the one preferred value.</summary>
public sealed class MultiValuedMeaningTests : ReadBackFixture
{
    private static readonly string[] Attributes = ["emails", "phoneNumbers"];

    [Test]
    [ScimTest("USR-092", "Multi-valued values keep their value, type and primary as sent", Areas.Users, Severity.Medium, "R7643-2.4-01",
        Remediation = "Return each emails / phoneNumbers entry with the value and type it was sent with, and primary true on the entry the client marked primary and no other.")]
    public async Task Sub_attributes_keep_their_meaning()
    {
        var body = Run.Data.User();
        var sent = Attributes.Where(a => body[a] is JsonArray { Count: > 0 }).ToArray();

        var what = string.Join(" and ", sent.Select(a => $"{a} {body[a].Show()}"));
        if (await CreateAndReadUserAsync(body, "R7643-2.4-01", what) is not { } readBack) return;
        var (path, user) = readBack;

        // An attribute that does not come back at all is the attribute round-trip cases' verdict; this check judges what is returned.
        var back = sent.Where(a => user.Array(a) is not null).ToArray();
        Verify.Precondition(back.Length > 0, $"GET /{path} returned none of {string.Join(", ", sent)}, so no entry's meaning can be judged.");
        var problems = back.SelectMany(a => Problems(a, body[a]!.AsArray(), user.Array(a)!)).ToArray();
        Verify.That(problems.Length == 0, "R7643-2.4-01", $"GET /{path}: {string.Join("; ", problems)}.");
    }

    /// <summary>For each entry sent: one returned entry with the same value (compared as the attribute allows) and type, and the same primary.</summary>
    private static IEnumerable<string> Problems(string attribute, JsonArray sent, JsonArray returned)
    {
        var entries = returned.OfType<JsonObject>().ToArray();
        foreach (var entry in sent.OfType<JsonObject>())
        {
            var value = entry.Text("value")!;
            var match = entries.FirstOrDefault(e => e.Text("value") is { } v && SameValue(attribute, value, v));
            if (match is null)
            {
                yield return $"{attribute}: no entry has the value {value} that was sent (returned {returned.Show()})";
                continue;
            }
            if (!string.Equals(match.Text("type"), entry.Text("type"), StringComparison.OrdinalIgnoreCase))
                yield return $"{attribute} {value}: sent type {entry.Attr("type").Show()}, returned type {match.Attr("type").Show()}";
            var primarySent = entry.Attr("primary") is JsonValue p && p.TryGetValue(out bool s) && s;
            var primaryBack = match.Attr("primary") is JsonValue q && q.TryGetValue(out bool r) && r;
            if (primarySent != primaryBack)
                yield return $"{attribute} {value}: sent {(primarySent ? "primary true" : "without primary")}, returned primary {match.Attr("primary").Show()}";
        }
    }

    // A server may canonicalise: emails compare without regard to case (RFC 5321 domains), phone numbers by their digits (RFC 3966 formatting).
    private static bool SameValue(string attribute, string sent, string returned) => attribute == "phoneNumbers"
        ? string.Equals(Digits(sent), Digits(returned), StringComparison.Ordinal)
        : string.Equals(sent, returned, StringComparison.OrdinalIgnoreCase);

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
