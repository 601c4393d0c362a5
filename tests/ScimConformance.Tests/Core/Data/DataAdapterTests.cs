using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Data.Adaptation;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Tests.Core.Data;

public sealed class DataAdapterTests
{
    private static readonly Uri Users = new("http://127.0.0.1:1/scim/v2/Users");

    private static DataAdapter Adapter() => new(new DiscoveryResult { Capabilities = new Capabilities() });

    private static ScimResponse Refusal(int status, string detail) =>
        new(status, [], new JsonObject { ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["scimType"] = "invalidValue", ["detail"] = detail }.ToJsonString(), Users, TimeSpan.Zero);

    private static JsonObject User() => new() { ["userName"] = "scimconf-0123abcd-ada", ["active"] = true };

    [Test]
    public void A_refusal_naming_a_missing_attribute_is_learnt_once_and_fills_later_bodies()
    {
        var adapter = Adapter();
        var adapted = adapter.Learn("User", User(), Refusal(400, "emails is required."));

        Assert.Multiple(() =>
        {
            Assert.That(adapted?["emails"]?[0]?["value"]?.GetValue<string>(), Does.StartWith("scimconf-0123abcd-ada@"));
            Assert.That(adapter.Demands, Has.Count.EqualTo(1));
            Assert.That(adapter.Demands[0].Attribute, Is.EqualTo("emails"));
            Assert.That(adapter.Demands[0].Request, Is.EqualTo("POST " + Users));
            Assert.That(adapter.Demands[0].Answer, Does.Contain("emails is required"));
            Assert.That(adapter.Demands[0].DeclaredRequired, Is.Null, "this discovery describes no User schema");
            Assert.That(adapter.Prepare("User", User()).ContainsKey("emails"), Is.True, "a later user carries what was demanded");
            Assert.That(adapter.Prepare("Group", new JsonObject { ["displayName"] = "g" }).ContainsKey("emails"), Is.False);
        });
        adapter.Learn("User", User(), Refusal(400, "emails is required."));
        Assert.That(adapter.Demands, Has.Count.EqualTo(1), "said once");
    }

    [TestCase(400, "userName is already taken")]
    [TestCase(400, "name.familyName is too long")]
    [TestCase(409, "emails is required")]
    public void A_refusal_that_names_nothing_to_fill_is_left_to_the_caller(int status, string detail)
    {
        var adapter = Adapter();
        Assert.That(adapter.Learn("User", User(), Refusal(status, detail)), Is.Null);
        Assert.That(adapter.Demands, Is.Empty);
    }

    [Test]
    public void An_attribute_the_body_already_carries_is_not_demanded_again()
    {
        var body = User();
        body["emails"] = new JsonArray(new JsonObject { ["value"] = "a@example.com" });
        Assert.That(Adapter().Learn("User", body, Refusal(400, "emails must be verified")), Is.Null);
    }
}
