using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7644 §3.5.1: replacing a user with PUT.</summary>
public sealed class UserReplaceTests : ScimFixture
{
    [Test]
    [ScimTest("USR-016", "PUT /Users/{id} answers 200 with the replaced user", Areas.Users, Severity.High, "R7644-3.5.1-08", "R7644-3.5-01",
        Remediation = "Answer a successful PUT with 200 and the whole resource as stored.")]
    public async Task Replace_answers_200_with_the_resource()
    {
        var user = await CreateUserAsync();
        var replacement = Replacements.Of(user);
        replacement["displayName"] = Run.Prefix + "replaced " + Run.Data.Token();

        var response = await Client.PutAsync(Endpoints.User(IdOf(user)), replacement);

        Verify.That(response.Status == 200, "R7644-3.5.1-08", $"PUT: expected 200, got {Describe(response)}.");
        Verify.That(response.Object.Text("displayName") == replacement.Text("displayName"), "R7644-3.5.1-08",
            $"PUT response: expected the replaced user with displayName {replacement.Text("displayName")}, got {response.Object.At("displayName").Show()}.");
    }

    [Test]
    [ScimTest("USR-017", "PUT replaces the stored values", Areas.Users, Severity.High, "R7644-3.5.1-02",
        Remediation = "Store the readWrite values of a PUT body in place of the old ones.")]
    public async Task Replace_changes_what_get_returns()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        var replacement = Replacements.Of(user);
        var newName = Run.Prefix + "renamed " + Run.Data.Token();
        replacement["displayName"] = newName;
        replacement["title"] = "Replaced Title";

        var put = await Client.PutAsync(Endpoints.User(id), replacement);
        Verify.Precondition(put.IsSuccess, $"PUT answered {put.Status}.");
        var read = await Client.GetAsync(Endpoints.User(id));

        Responses.SetUp(read, "GET after the PUT");
        Verify.That(read.Object.Text("displayName") == newName && read.Object.Text("title") == "Replaced Title", "R7644-3.5.1-02",
            $"after PUT: expected displayName {newName} and title Replaced Title, got {read.Object.At("displayName").Show()} and {read.Object.At("title").Show()}.");
    }

    [Test]
    [ScimTest("USR-018", "PUT keeps the id, even when the body carries another", Areas.Users, Severity.High, "R7644-3.5.1-07", "R7643-3.1-06",
        Remediation = "Ignore id (readOnly) in PUT bodies; the resource keeps the id in its URL.")]
    public async Task Replace_keeps_the_id()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        var replacement = Replacements.Of(user);
        replacement["id"] = Run.Data.Uuid().ToString();

        var response = await Client.PutAsync(Endpoints.User(id), replacement);

        Verify.Precondition(response.IsSuccess, $"PUT answered {response.Status}.");
        Verify.That(response.Object is null || response.Object.Text("id") == id, "R7644-3.5.1-07",
            $"expected the PUT response to keep id {id}, got {response.Object.At("id").Show()}.");
        var read = await Client.GetAsync(Endpoints.User(id));
        Verify.That(read.Status == 200 && read.Object.Text("id") == id, "R7643-3.1-06",
            $"expected GET /{Endpoints.User(id)} to still answer 200 with id {id} after the PUT, got {Describe(read)} with id {read.Object.At("id").Show()}.");
    }
}
