using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>
/// The reference server's vendor extensions: declared in discovery, and every characteristic they declare honoured
/// (types, mutability, returned, uniqueness, caseExact, required, canonicalValues).
/// </summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class ReferenceExtensionTests
{
    private const string Ext = ReferenceExtension.UserUrn;
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ScimTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    /// <summary>A user carrying the extension with one value of each type.</summary>
    private static JsonObject UserWith(string userName, Action<JsonObject>? tune = null)
    {
        var extension = new JsonObject
        {
            ["employeeCode"] = "EC-" + userName,
            ["badgeId"] = "Badge-" + userName,
            ["remote"] = true,
            ["fte"] = 0.8,
            ["seniority"] = 7,
            ["clearanceLevel"] = 3,
            ["hireDate"] = "2021-03-04T05:06:07.000Z",
            ["avatar"] = "aGVsbG8=",
            ["mentor"] = "https://example.org/scim/v2/Users/mentor-1",
            ["pin"] = "4711",
            ["accountNumber"] = "chosen-by-the-client",
            ["workLocation"] = new JsonObject { ["building"] = "B1", ["floor"] = 3, ["desk"] = "3.14" },
            ["certifications"] = new JsonArray(new JsonObject { ["value"] = "CKA", ["type"] = "vendor", ["issued"] = "2020-01-01T00:00:00Z", ["primary"] = true }),
            ["shift"] = "night",
            ["skills"] = new JsonArray("go", "sql"),
        };
        tune?.Invoke(extension);
        var user = ScimTestServer.NewUser(userName);
        user["schemas"]!.AsArray().Add(Ext);
        user[Ext] = extension;
        return user;
    }

    private async Task<JsonObject> CreateAsync(JsonObject body)
    {
        var reply = await _server.PostAsync("/Users", body);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Created), reply.ToString());
        return reply.Object;
    }

    private static JsonObject ExtensionOf(JsonObject resource) => resource[Ext]!.AsObject();

    [Test]
    public async Task Both_extensions_are_declared_in_resource_types_and_schemas()
    {
        var user = (await _server.GetAsync("/ResourceTypes/User")).Object;
        var group = (await _server.GetAsync("/ResourceTypes/Group")).Object;
        var schema = (await _server.GetAsync("/Schemas/" + Ext)).Object;
        var attributes = schema["attributes"]!.AsArray().OfType<JsonObject>().ToDictionary(a => (string)a["name"]!);

        Assert.Multiple(() =>
        {
            Assert.That(user["schemaExtensions"]!.AsArray().Select(e => (string?)e!["schema"]), Does.Contain(Ext));
            Assert.That(group["schemaExtensions"]!.AsArray().Select(e => (string?)e!["schema"]), Does.Contain(ReferenceExtension.GroupUrn));
            Assert.That(attributes.Values.Select(a => (string?)a["type"]).Distinct(),
                Is.EquivalentTo((string?[])["string", "boolean", "decimal", "integer", "dateTime", "binary", "reference", "complex"]));
            Assert.That(attributes.Values.Select(a => (string?)a["mutability"]).Distinct(), Is.EquivalentTo((string?[])["readWrite", "immutable", "writeOnly", "readOnly"]));
            Assert.That(attributes.Values.Select(a => (string?)a["returned"]).Distinct(), Is.EquivalentTo((string?[])["default", "request", "never", "always"]));
            Assert.That(attributes.Values.Select(a => (string?)a["uniqueness"]).Distinct(), Is.EquivalentTo((string?[])["none", "server"]));
            Assert.That(attributes.Values.Any(a => (bool?)a["multiValued"] == true && (string?)a["type"] == "complex"), Is.True);
            Assert.That(attributes.Values.Any(a => (bool?)a["multiValued"] == true && (string?)a["type"] == "string"), Is.True);
            Assert.That((bool?)attributes["employeeCode"]["required"], Is.True);
            Assert.That(attributes["workLocation"]["subAttributes"]!.AsArray().Any(s => (bool?)s!["required"] == true), Is.True);
            Assert.That(attributes["shift"]["canonicalValues"]!.AsArray(), Has.Count.EqualTo(3));
            Assert.That(attributes.Values.Select(a => (bool?)a["caseExact"]).Distinct(), Is.SupersetOf((bool?[])[true, false]));
        });
    }

    [Test]
    public async Task Values_of_every_type_round_trip_and_the_provider_assigns_the_account_number()
    {
        var created = await CreateAsync(UserWith("ext.roundtrip"));
        var read = (await _server.GetAsync("/Users/" + (string)created["id"]!)).Object;
        var extension = ExtensionOf(read);

        Assert.Multiple(() =>
        {
            Assert.That(read["schemas"]!.AsArray().Select(s => (string?)s), Does.Contain(Ext));
            Assert.That((string?)extension["employeeCode"], Is.EqualTo("EC-ext.roundtrip"));
            Assert.That((bool?)extension["remote"], Is.True);
            Assert.That((decimal?)extension["fte"], Is.EqualTo(0.8m));
            Assert.That((long?)extension["seniority"], Is.EqualTo(7));
            Assert.That((string?)extension["hireDate"], Is.EqualTo("2021-03-04T05:06:07.000Z"));
            Assert.That((string?)extension["avatar"], Is.EqualTo("aGVsbG8="));
            Assert.That((string?)extension["mentor"], Is.EqualTo("https://example.org/scim/v2/Users/mentor-1"));
            Assert.That((int?)extension["workLocation"]!["floor"], Is.EqualTo(3));
            Assert.That((string?)extension["certifications"]![0]!["type"], Is.EqualTo("vendor"));
            Assert.That(extension["skills"]!.AsArray().Select(s => (string?)s), Is.EqualTo((string?[])["go", "sql"]));
            Assert.That((string?)extension["accountNumber"], Is.EqualTo("acct-" + (string)created["id"]!), "readOnly: the client's value is disregarded");
        });
    }

    [Test]
    public async Task Write_only_pin_is_never_returned()
    {
        var created = await CreateAsync(UserWith("ext.pin"));
        var id = (string)created["id"]!;
        var asked = await _server.GetAsync($"/Users/{id}?attributes={Ext}:pin");
        var listed = await _server.GetAsync($"/Users?filter=userName%20eq%20%22ext.pin%22");

        Assert.Multiple(() =>
        {
            Assert.That(ExtensionOf(created).ContainsKey("pin"), Is.False);
            Assert.That(asked.Raw, Does.Not.Contain("4711"));
            Assert.That(listed.Raw, Does.Not.Contain("4711"));
        });
    }

    [Test]
    public async Task Request_only_attribute_comes_back_only_when_asked_for_or_written()
    {
        var created = await CreateAsync(UserWith("ext.request"));
        var id = (string)created["id"]!;
        var plain = (await _server.GetAsync("/Users/" + id)).Object;
        var asked = (await _server.GetAsync($"/Users/{id}?attributes={Ext}:clearanceLevel")).Object;
        var listed = (await _server.GetAsync("/Users?filter=userName%20eq%20%22ext.request%22")).Listed.Single();
        var patched = await _server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", Ext + ":clearanceLevel", 4));
        var otherPatch = await _server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", "displayName", "Req"));

        Assert.Multiple(() =>
        {
            Assert.That((int?)ExtensionOf(created)["clearanceLevel"], Is.EqualTo(3), "a POST that specified it returns it");
            Assert.That(ExtensionOf(plain).ContainsKey("clearanceLevel"), Is.False);
            Assert.That(ExtensionOf(listed).ContainsKey("clearanceLevel"), Is.False);
            Assert.That((int?)ExtensionOf(asked)["clearanceLevel"], Is.EqualTo(3));
            Assert.That((int?)ExtensionOf(patched.Object)["clearanceLevel"], Is.EqualTo(4), "a PATCH that specified it returns it");
            Assert.That(ExtensionOf(otherPatch.Object).ContainsKey("clearanceLevel"), Is.False);
        });
    }

    [Test]
    public async Task Always_returned_account_number_survives_projection()
    {
        var created = await CreateAsync(UserWith("ext.always"));
        var id = (string)created["id"]!;
        var only = (await _server.GetAsync($"/Users/{id}?attributes=userName")).Object;
        var excluded = (await _server.GetAsync($"/Users/{id}?excludedAttributes={Ext}")).Object;
        var excludedOne = (await _server.GetAsync($"/Users/{id}?excludedAttributes={Ext}:accountNumber,{Ext}:employeeCode")).Object;

        Assert.Multiple(() =>
        {
            Assert.That(ExtensionOf(only).Select(p => p.Key), Is.EqualTo((string[])["accountNumber"]));
            Assert.That(ExtensionOf(excluded).Select(p => p.Key), Is.EqualTo((string[])["accountNumber"]));
            Assert.That(ExtensionOf(excludedOne).ContainsKey("accountNumber"), Is.True);
            Assert.That(ExtensionOf(excludedOne).ContainsKey("employeeCode"), Is.False);
        });
    }

    [Test]
    public async Task Read_only_account_number_cannot_be_patched()
    {
        var created = await CreateAsync(UserWith("ext.readonly"));
        var reply = await _server.PatchAsync("/Users/" + (string)created["id"]!, ScimTestServer.Op("replace", Ext + ":accountNumber", "mine"));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)reply.Object["scimType"], Is.EqualTo("mutability"));
    }

    [Test]
    public async Task Immutable_badge_is_set_once_and_never_changed()
    {
        var created = await CreateAsync(UserWith("ext.immutable", e => e.Remove("badgeId")));
        var id = (string)created["id"]!;
        var set = await _server.PatchAsync("/Users/" + id, ScimTestServer.Op("add", Ext + ":badgeId", "B-1"));
        var patchChange = await _server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", Ext + ":badgeId", "B-2"));
        var patchRemove = await _server.PatchAsync("/Users/" + id, ScimTestServer.Op("remove", Ext + ":badgeId"));
        var same = UserWith("ext.immutable", e => e["badgeId"] = "B-1");
        var putSame = await _server.PutAsync("/Users/" + id, same);
        var putChange = await _server.PutAsync("/Users/" + id, UserWith("ext.immutable", e => e["badgeId"] = "B-3"));
        var putOmit = await _server.PutAsync("/Users/" + id, UserWith("ext.immutable", e => e.Remove("badgeId")));

        Assert.Multiple(() =>
        {
            Assert.That(set.Status, Is.EqualTo(HttpStatusCode.OK), "an immutable attribute without a value may be set");
            Assert.That((patchChange.Status, (string?)patchChange.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "mutability")));
            Assert.That((patchRemove.Status, (string?)patchRemove.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "mutability")));
            Assert.That(putSame.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((putChange.Status, (string?)putChange.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "mutability")));
            Assert.That((string?)ExtensionOf(putOmit.Object)["badgeId"], Is.EqualTo("B-1"), "a PUT that leaves it out keeps it");
        });
    }

    [Test]
    public async Task Server_unique_employee_code_is_compared_without_case()
    {
        await CreateAsync(UserWith("ext.unique1", e => e["employeeCode"] = "EC-Shared"));
        var clash = await _server.PostAsync("/Users", UserWith("ext.unique2", e => e["employeeCode"] = "ec-shared"));
        var other = await CreateAsync(UserWith("ext.unique3", e => e["employeeCode"] = "EC-Other"));
        var patchClash = await _server.PatchAsync("/Users/" + (string)other["id"]!, ScimTestServer.Op("replace", Ext + ":employeeCode", "EC-SHARED"));

        Assert.Multiple(() =>
        {
            Assert.That((clash.Status, (string?)clash.Object["scimType"]), Is.EqualTo((HttpStatusCode.Conflict, "uniqueness")));
            Assert.That((patchClash.Status, (string?)patchClash.Object["scimType"]), Is.EqualTo((HttpStatusCode.Conflict, "uniqueness")));
        });
    }

    [Test]
    public async Task Case_exact_badge_filters_with_case_and_case_insensitive_code_without()
    {
        await CreateAsync(UserWith("ext.case", e => { e["badgeId"] = "BadgeCase"; e["employeeCode"] = "EC-Case"; }));
        var exact = await _server.GetAsync($"/Users?filter={Uri.EscapeDataString(Ext + ":badgeId eq \"BadgeCase\"")}");
        var otherCase = await _server.GetAsync($"/Users?filter={Uri.EscapeDataString(Ext + ":badgeId eq \"badgecase\"")}");
        var codeOtherCase = await _server.GetAsync($"/Users?filter={Uri.EscapeDataString(Ext + ":employeeCode eq \"ec-case\"")}");

        Assert.Multiple(() =>
        {
            Assert.That((int?)exact.Object["totalResults"], Is.EqualTo(1));
            Assert.That((int?)otherCase.Object["totalResults"], Is.EqualTo(0));
            Assert.That((int?)codeOtherCase.Object["totalResults"], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Required_attribute_and_required_sub_attribute_apply_when_their_holder_is_present()
    {
        var withoutExtension = await _server.PostAsync("/Users", ScimTestServer.NewUser("ext.none"));
        var withoutCode = await _server.PostAsync("/Users", UserWith("ext.nocode", e => e.Remove("employeeCode")));
        var withoutBuilding = await _server.PostAsync("/Users", UserWith("ext.nobuilding", e => e["workLocation"] = new JsonObject { ["floor"] = 2 }));
        var created = await CreateAsync(UserWith("ext.required"));
        var removeCode = await _server.PatchAsync("/Users/" + (string)created["id"]!, ScimTestServer.Op("remove", Ext + ":employeeCode"));

        Assert.Multiple(() =>
        {
            Assert.That(withoutExtension.Status, Is.EqualTo(HttpStatusCode.Created), "the extension itself is optional");
            Assert.That((withoutCode.Status, (string?)withoutCode.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidValue")));
            Assert.That((withoutBuilding.Status, (string?)withoutBuilding.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidValue")));
            Assert.That(removeCode.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    [Test]
    public async Task Canonical_values_are_enforced_for_shift_and_kept_as_sent_elsewhere()
    {
        var badShift = await _server.PostAsync("/Users", UserWith("ext.shift", e => e["shift"] = "weekend"));
        var otherCase = await CreateAsync(UserWith("ext.shiftcase", e => e["shift"] = "Night"));
        var freeType = await CreateAsync(UserWith("ext.certtype",
            e => e["certifications"] = new JsonArray(new JsonObject { ["value"] = "X", ["type"] = "self-taught" })));

        Assert.Multiple(() =>
        {
            Assert.That((badShift.Status, (string?)badShift.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidValue")));
            Assert.That((string?)ExtensionOf(otherCase)["shift"], Is.EqualTo("Night"), "caseExact=false: accepted, never rewritten");
            Assert.That((string?)ExtensionOf(freeType)["certifications"]![0]!["type"], Is.EqualTo("self-taught"));
        });
    }

    [TestCase("avatar", "not base64!")]
    [TestCase("mentor", "not a uri")]
    [TestCase("seniority", 1.5)]
    [TestCase("remote", "yes")]
    [TestCase("hireDate", "soon")]
    public async Task Values_of_the_wrong_type_are_400_invalidValue(string attribute, object value)
    {
        var reply = await _server.PostAsync("/Users", UserWith("ext.type." + attribute, e => e[attribute] = JsonValue.Create(value)));
        Assert.That((reply.Status, (string?)reply.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidValue")));
    }

    [Test]
    public async Task Extension_data_needs_its_urn_in_schemas()
    {
        var body = UserWith("ext.unlisted");
        body["schemas"] = new JsonArray(ScimTestServer.UserSchema);
        var qualified = ScimTestServer.NewUser("ext.unlisted2");
        qualified[ScimTestServer.EnterpriseSchema + ":department"] = "Sales";

        var reply = await _server.PostAsync("/Users", body);
        var qualifiedReply = await _server.PostAsync("/Users", qualified);

        Assert.Multiple(() =>
        {
            Assert.That((reply.Status, (string?)reply.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidSyntax")));
            Assert.That((qualifiedReply.Status, (string?)qualifiedReply.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidSyntax")));
        });
    }

    [Test]
    public async Task Group_extension_code_is_unique_without_case()
    {
        JsonObject Group(string name, string code) => new()
        {
            ["schemas"] = new JsonArray(ScimTestServer.GroupSchema, ReferenceExtension.GroupUrn),
            ["displayName"] = name,
            [ReferenceExtension.GroupUrn] = new JsonObject { ["groupCode"] = code, ["visibility"] = "secret" },
        };

        var first = await _server.PostAsync("/Groups", Group("ext-group-1", "G-1"));
        var clash = await _server.PostAsync("/Groups", Group("ext-group-2", "g-1"));

        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)first.Object[ReferenceExtension.GroupUrn]!["visibility"], Is.EqualTo("secret"), "canonicalValues not enforced here");
            Assert.That((clash.Status, (string?)clash.Object["scimType"]), Is.EqualTo((HttpStatusCode.Conflict, "uniqueness")));
        });
    }
}
