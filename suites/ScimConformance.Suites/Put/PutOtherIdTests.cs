using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Put;

/// <summary>
/// RFC 7644 §3.5.1: PUT replaces the resource at the request URI, and a readOnly id in the body is disregarded. The
/// dangerous reading is a server that looks the body's id up and writes there: any client could rewrite any user.
/// Both users are the run's own, so nothing outside the run can be touched even when the server misbehaves.
/// </summary>
public sealed class PutOtherIdTests : ScimFixture
{
    [Test]
    [ScimTest("PUT-008", "PUT whose body carries another user's id leaves that other user unchanged", Areas.Users, Severity.Critical,
        "R7644-3.5.1-07", "R7643-3.1-06", Cwe = "CWE-639",
        Remediation = "Replace only the resource named in the request URL; ignore id in the PUT body (it is readOnly) and never look a resource up by it.")]
    public async Task Other_users_id_in_body_changes_nothing_of_that_user()
    {
        var target = IdOf(await CreateUserAsync());
        var other = IdOf(await CreateUserAsync());
        var targetBefore = await ReadAsync(target);
        var otherBefore = await ReadAsync(other);

        var body = Replacements.Of(targetBefore);
        body["id"] = other;
        body["userName"] = Run.Data.User().Text("userName");
        body["displayName"] = Run.Prefix + "put-carrying-other-id " + Run.Data.Token();
        var put = await Client.PutAsync(Endpoints.User(target), body);

        // Whatever the PUT answered (refusing a body id is allowed), the decisive evidence is the other user as stored now.
        var otherAfter = await ReadAsync(other);
        var changed = Changed(otherBefore, otherAfter);
        Verify.That(changed.Count == 0, "R7644-3.5.1-07",
            $"PUT /{Endpoints.User(target)} carrying id {other} answered {Describe(put)}, and user {other} (not in the URL) changed: {string.Join("; ", changed)}. "
            + "The body's id is readOnly and must be disregarded; the server wrote to the user it names.");
        var targetAfter = await ReadAsync(target);
        Verify.That(targetAfter.Text("id") == target, "R7643-3.1-06",
            $"after the PUT, GET /{Endpoints.User(target)} answers id {targetAfter.At("id").Show()}; expected {target}.");
    }

    private static readonly string[] Compared = ["id", "userName", "displayName"];

    private static List<string> Changed(JsonObject before, JsonObject after) =>
        Compared
            .Where(name => before.Text(name) != after.Text(name))
            .Select(name => $"{name} was {before.At(name).Show()} and is {after.At(name).Show()}")
            .ToList();

    private static Task<JsonObject> ReadAsync(string id) => ReadSetUpAsync(Endpoints.User(id), "reading a run user");
}
