using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Schema;

/// <summary>RFC 7643 §2.3.8 and §3: neither the order of a JSON object's members nor the order of schemas carries meaning.</summary>
public sealed class MemberOrderTests : SchemaValidationFixture
{
    [Test]
    [ScimTest("SCH-011", "A create body in another member order, schemas last and extension first, is accepted", Areas.Schema, Severity.Medium,
        "R7643-2.3.8-01", "R7643-3-04",
        Remediation = "Parse request bodies as unordered JSON objects and treat schemas as a set: accept schemas anywhere in the body, its URNs in any order.")]
    public async Task Member_and_schemas_order_carry_no_meaning()
    {
        var enterprise = Run.Capabilities.Has(Capability.EnterpriseUser, Run.Discovery);
        var usual = Run.Data.User(enterprise);
        // The same members backwards, and the schemas array (reversed, so an extension URN leads when there is one) last.
        var reordered = new JsonObject();
        foreach (var (name, value) in usual.Reverse().Where(m => m.Key != "schemas"))
            reordered[name] = value?.DeepClone();
        reordered["schemas"] = new JsonArray([.. usual.Strings("schemas").Reverse().Select(s => (JsonNode)JsonValue.Create(s))]);

        var response = await PostUserAsync(reordered);

        if (!Responses.Subject(response, "R7643-2.3.8-01",
                $"POST /{Endpoints.Users} with the body's members in reverse order and schemas [{string.Join(", ", reordered.Strings("schemas"))}] last (the usual order was accepted)")) return;
        var created = response.Object;
        Verify.That(string.Equals(created.Text("userName"), usual.Text("userName"), StringComparison.OrdinalIgnoreCase)
                && created.Strings("schemas").Contains(ScimUris.User, StringComparer.OrdinalIgnoreCase), "R7643-3-04",
            $"the reordered create came back with userName {created.At("userName").Show()} and schemas {created.At("schemas").Show()}; expected {usual.Text("userName")} under {ScimUris.User}.");
    }
}
