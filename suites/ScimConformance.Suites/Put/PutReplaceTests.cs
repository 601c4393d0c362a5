using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Put;

/// <summary>RFC 7644 §3.5.1: PUT replaces the resource; readOnly values stay, immutable values cannot change, nothing is created.</summary>
public sealed class PutReplaceTests : ScimFixture
{
    [Test]
    [ScimTest("PUT-001", "Attributes left out of a PUT are cleared or defaulted, not kept", Areas.Users, Severity.Medium,
        "R7644-3.5.1-03", "R7644-3.5-01",
        Remediation = "Treat PUT as a replacement: readWrite attributes missing from the body are cleared (or set to a server default).")]
    public async Task Omitted_attributes_are_cleared()
    {
        var (id, before) = await NewUserAsync();
        var title = before.Text("title");
        Verify.Precondition(title is not null, "the created user carries no title to leave out.");
        var body = Replacements.Of(before);
        body.Remove("title");

        var put = await Client.PutAsync(Endpoints.User(id), body);
        Verify.That(put.Status == 200, "R7644-3.5-01", $"PUT of the user without title answered {Describe(put)}; expected 200.");
        var after = await ReadAsync(id);

        Verify.That(after.Text("title") != title, "R7644-3.5.1-03",
            $"after a PUT that leaves title out, title still reads {title}; PUT replaces the resource, so an omitted attribute is cleared or defaulted.");
    }

    [Test]
    [ScimTest("PUT-002", "PUT keeps meta.created even when the body carries another", Areas.Users, Severity.High,
        "R7644-3.5.1-07", "R7643-7-11",
        Remediation = "Ignore readOnly values (id, meta) in PUT bodies; meta.created never changes.")]
    public async Task Created_is_kept()
    {
        var (id, before) = await NewUserAsync();
        var body = Replacements.Of(before);
        body["meta"] = new JsonObject { ["created"] = "2001-01-01T00:00:00Z", ["resourceType"] = "User" };

        var put = await Client.PutAsync(Endpoints.User(id), body);
        Verify.That(put.IsSuccess, "R7644-3.5.1-07", $"a PUT carrying readOnly meta values answered {Describe(put)}; readOnly values are disregarded, not refused.");
        var after = await ReadAsync(id);

        Verify.That(after.Timestamp("meta.created") == before.Timestamp("meta.created") && after.Text("id") == id, "R7644-3.5.1-07",
            $"after a PUT carrying meta.created 2001-01-01T00:00:00Z, id and meta.created read {after.Text("id")} and {after.Text("meta.created")}; expected {id} and {before.Text("meta.created")}.");
    }

    [Test]
    [ScimTest("PUT-003", "PUT ignores the readOnly groups attribute of a user", Areas.Users, Severity.Medium, "R7643-4.1.2-07", "R7644-3.5.1-07",
        Needs = [Capability.Groups],
        Remediation = "Ignore User.groups in PUT bodies; membership changes go through the Group resource.")]
    public async Task Groups_are_ignored()
    {
        var (id, before) = await NewUserAsync();
        var group = await CreateGroupAsync();
        var body = Replacements.Of(before);
        body["groups"] = new JsonArray(new JsonObject { ["value"] = IdOf(group) });

        var put = await Client.PutAsync(Endpoints.User(id), body);
        var members = (await ReadGroupAsync(IdOf(group))).Values("members");

        Verify.That(put.Status == 200, "R7644-3.5.1-07",
            $"a PUT of the user listing a group in the readOnly groups attribute answered {Describe(put)}; readOnly values in a PUT are disregarded, not refused.");
        Verify.That(!members.Contains(id), "R7643-4.1.2-07",
            $"after a PUT of the user listing a group in groups, the group's members are [{string.Join(", ", members)}]; the readOnly groups must not change membership.");
    }

    [Test]
    [ScimTest("PUT-004", "PUT to a missing id answers 404", Areas.Users, Severity.Medium, "R7644-3.5.1-01", "R7644-3.12-08",
        Remediation = "Answer PUT on an unknown id with 404 Not Found and a SCIM Error body.")]
    public async Task Missing_id_is_404()
    {
        // A fresh random id: no resource of anyone else can be hit, and nothing is deleted.
        var unknown = Run.Data.Uuid().ToString();
        var response = await Client.PutAsync(Endpoints.User(unknown), Run.Data.User());
        if (response.IsSuccess)
        {
            // A server that creates through PUT may not say under which id; the one in the URL is the best guess.
            var created = response.Object.Text("id") ?? unknown;
            Run.Ledger.Record(Endpoints.User(created), "User", created);
        }

        Verify.That(!response.IsSuccess, "R7644-3.5.1-01", $"PUT to unknown id {unknown} answered {Describe(response)}; PUT must not create.");
        Verify.That(response.Status == 404, "R7644-3.12-08", $"PUT to unknown id {unknown} answered {Describe(response)}; expected 404.");
    }

    [Test]
    [ScimTest("PUT-005", "PUT replaces all values of a multi-valued attribute", Areas.Users, Severity.High, "R7644-3.5.1-02",
        Remediation = "Store exactly the emails of the PUT body; values not in the body are gone.")]
    public async Task Multi_valued_replaced()
    {
        var (id, before) = await NewUserAsync();
        var body = Replacements.Of(before);
        var only = Run.Prefix + "put-only@example.net";
        body["emails"] = new JsonArray(new JsonObject { ["value"] = only, ["type"] = "work" });

        var put = await Client.PutAsync(Endpoints.User(id), body);
        Verify.Precondition(put.IsSuccess, $"the PUT answered {Describe(put)}.");
        var after = await ReadAsync(id);

        var values = after.Values("emails");
        Verify.That(values.Count == 1 && string.Equals(values[0], only, StringComparison.OrdinalIgnoreCase), "R7644-3.5.1-02",
            $"after a PUT with one email, emails read {after.At("emails").Show()}; expected only {only}.");
    }

    [Test]
    [ScimTest("PUT-006", "PUT cannot change an immutable attribute that has a value", Areas.Users, Severity.Medium,
        "R7644-3.5.1-04", "R7644-3.5.1-05",
        Remediation = "Refuse a PUT that changes an immutable attribute's stored value with 400 mutability; never store the new value.")]
    public async Task Immutable_is_kept()
    {
        var attribute = Run.Discovery.ResourceType("User") is { } type
            ? Run.Discovery.Schema(type.Schema)?.Attributes.FirstOrDefault(a => a is { Mutability: "immutable", MultiValued: false, Type: "string" })?.Name
            : null;
        if (attribute is null)
            Assert.Ignore("Skipped: the User schema advertises no single-valued immutable string attribute to change.");
        var create = Run.Data.User();
        create[attribute] = Run.Prefix + "immutable-1";
        var (id, before) = await NewUserAsync(create);
        Verify.Precondition(before.Text(attribute) is not null, $"the endpoint did not store immutable {attribute} given on create.");
        var body = Replacements.Of(before);
        body[attribute] = Run.Prefix + "immutable-2";

        var put = await Client.PutAsync(Endpoints.User(id), body);
        var after = await ReadAsync(id);

        Verify.That(after.Text(attribute) == before.Text(attribute), "R7644-3.5.1-04",
            $"a PUT changing immutable {attribute} answered {Describe(put)} and it now reads {after.Text(attribute)}; expected {before.Text(attribute)} kept.");
        Verify.That(put.Status == 400 && put.Object.Text("scimType") == "mutability", "R7644-3.5.1-05",
            $"a PUT changing immutable {attribute} answered {Describe(put)}; expected 400 with scimType mutability.");
    }

    [Test]
    [ScimTest("PUT-007", "meta.lastModified moves forward on PUT", Areas.Users, Severity.Low, "R7643-3.1-13",
        Remediation = "Set meta.lastModified to the time of every change (RFC 7643 §3.1 defines it as the most recent update).")]
    public async Task Last_modified_moves()
    {
        var (id, before) = await NewUserAsync();
        var was = before.Timestamp("meta.lastModified");
        Verify.Precondition(was is not null, $"the user carries no parseable meta.lastModified ({before.At("meta").Show()}).");
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        var body = Replacements.Of(before);
        body["displayName"] = Run.Prefix + "put later";

        var put = await Client.PutAsync(Endpoints.User(id), body);
        Verify.Precondition(put.IsSuccess, $"the PUT answered {Describe(put)}.");
        var after = await ReadAsync(id);

        Verify.Should(after.Timestamp("meta.lastModified") > was, "R7643-3.1-13",
            $"meta.lastModified was {before.Text("meta.lastModified")} before the PUT and is {after.Text("meta.lastModified") ?? "(absent)"} more than a second later; it should record the change.");
    }

    private static async Task<(string Id, JsonObject View)> NewUserAsync(JsonObject? body = null)
    {
        var id = IdOf(await CreateUserAsync(body));
        return (id, await ReadAsync(id));
    }

    private static async Task<JsonObject> ReadAsync(string id) => await ReadPathAsync(Endpoints.User(id));

    private static async Task<JsonObject> ReadGroupAsync(string id) => await ReadPathAsync(Endpoints.Group(id));

    private static Task<JsonObject> ReadPathAsync(string path) => ReadSetUpAsync(path, "reading the resource back");
}
