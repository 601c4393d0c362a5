using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Tests.Core.Discovery;

/// <summary>The extension-schema conventions DSC-070 and DSC-071 apply, on canned Schema documents.</summary>
[TestFixture]
public sealed class ExtensionConventionsTests
{
    private static JsonObject Schema(string id, string attributes) =>
        JsonNode.Parse($$"""{"id":"{{id}}","attributes":{{attributes}}}""")!.AsObject();

    private static readonly JsonObject Core = Schema("urn:x:User", """[{"name":"userName","type":"string"},{"name":"title","type":"string"}]""");

    [Test]
    public void The_eight_types_pass_at_every_depth() =>
        Assert.That(ExtensionConventions.UndefinedTypes(Schema("urn:x:ext", """
            [{"name":"a","type":"string"},{"name":"b","type":"boolean"},{"name":"c","type":"decimal"},{"name":"d","type":"integer"},
             {"name":"e","type":"dateTime"},{"name":"f","type":"binary"},{"name":"g","type":"reference"},
             {"name":"h","type":"complex","subAttributes":[{"name":"value","type":"string"}]}]
            """)), Is.Empty);

    [Test]
    public void Other_types_are_named_with_their_path()
    {
        var found = ExtensionConventions.UndefinedTypes(Schema("urn:x:ext", """
            [{"name":"badge","type":"uuid"},{"name":"site","type":"complex","subAttributes":[{"name":"floor","type":"Integer"},{"name":"wing"},{"name":"lift","type":"elevator"}]}]
            """));
        // "Integer" and a missing type are malformed definitions, DSC-018's to fail, not new data types to warn about.
        Assert.That(found, Is.EqualTo(new[] { "urn:x:ext:badge: type \"uuid\"", "urn:x:ext:site:lift: type \"elevator\"" }));
    }

    [Test]
    public void Names_of_their_own_do_not_clash() =>
        Assert.That(ExtensionConventions.RedefinedNames(Core, Schema("urn:x:ext", """[{"name":"employeeNumber","type":"string"}]""")), Is.Empty);

    [Test]
    public void Core_and_common_names_clash_whatever_their_case() =>
        Assert.That(ExtensionConventions.RedefinedNames(Core, Schema("urn:x:ext", """[{"name":"Title","type":"string"},{"name":"externalId","type":"string"},{"name":"cost","type":"string"}]""")),
            Is.EqualTo(new[] { "Title", "externalId" }));
}
