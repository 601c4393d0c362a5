using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Put;

/// <summary>RFC 7643 §2.5: unassigned, null and [] are one state, so a PUT that assigns null or [] leaves the attribute without a value.</summary>
public sealed class PutUnassignTests : ScimFixture
{
    // A single-valued and a multi-valued attribute the run's users are created with.
    private static readonly string[] Unassigned = ["title", "phoneNumbers"];

    [Test]
    [ScimTest("PUT-090", "A PUT assigning null or [] unassigns the attribute", Areas.Users, Severity.Medium, "R7643-2.5-01",
        Remediation = "Treat an attribute a PUT sets to null, or a multi-valued one set to [], as unassigned: keep no value for it and return none (RFC 7643 §2.5).")]
    public async Task Null_and_empty_array_unassign()
    {
        var id = IdOf(await CreateUserAsync());
        var path = Endpoints.User(id);
        var before = await ReadSetUpAsync(path, "reading the new user back");
        var names = Unassigned.Where(n => Assigned(before.At(n))).ToArray();
        Verify.Precondition(names.Length > 0, $"the new user reads back with neither {string.Join(" nor ", Unassigned)}, so there is nothing to unassign.");

        var body = Replacements.Of(before);
        foreach (var name in names)
            body[name] = name == "title" ? null : new JsonArray();
        var sent = string.Join(" and ", names.Select(n => $"\"{n}\": {(body[n] is null ? "null" : "[]")}"));
        var put = await Client.PutAsync(path, body);
        if (!Responses.Subject(put, "R7643-2.5-01", $"PUT {path} with {sent}")) return;
        var after = await ReadSetUpAsync(path, "reading the user back after the PUT");

        var kept = names.Where(n => Assigned(after.At(n))).ToArray();
        Verify.That(kept.Length == 0, "R7643-2.5-01",
            $"PUT {path} with {sent} answered {put.Status}, and GET still shows {string.Join(" and ", kept.Select(n => $"{n} = {after.At(n).Show()}"))}.");
        Assert.Pass($"after PUT {path} with {sent}, GET shows no value for {string.Join(" or ", names)}.");
    }

    // null and [] read back are the unassigned state too (RFC 7643 §2.5).
    private static bool Assigned(JsonNode? value) => value is not null and not JsonArray { Count: 0 };
}
