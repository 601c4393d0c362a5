using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Core.Discovery;

/// <summary>The /Schemas structure rules DSC-025 applies, on canned Schema documents.</summary>
[TestFixture]
public sealed class SchemaShapeRulesTests
{
    private static JsonObject Schema(string id, string attributes) =>
        JsonNode.Parse($$"""{"id":"{{id}}","attributes":{{attributes}}}""")!.AsObject();

    private static string[] Rules(JsonObject schema) => SchemaShapeRules.Check(schema).Select(v => v.RequirementId).ToArray();

    [Test]
    public void A_well_formed_schema_passes()
    {
        var schema = Schema("urn:x:User", """
            [{"name":"userName","type":"string"},
             {"name":"x-badge_2","type":"integer"},
             {"name":"cost$center","type":"string"},
             {"name":"manager","type":"complex","subAttributes":[{"name":"value","type":"string"},{"name":"$ref","type":"reference"}]}]
            """);
        Assert.That(SchemaShapeRules.Check(schema), Is.Empty);
    }

    [TestCase("2fa")]
    [TestCase("user name")]
    [TestCase("caf\u00e9")]
    [TestCase("$value")]
    public void A_name_outside_ATTRNAME_breaks_the_name_rule(string name) =>
        Assert.That(Rules(Schema("urn:x:User", $$"""[{"name":"{{name}}","type":"string"}]""")), Is.EqualTo(new[] { SchemaShapeRules.NameRule }));

    [Test]
    public void A_simple_attribute_with_sub_attributes_breaks_the_simple_rule() =>
        Assert.That(Rules(Schema("urn:x:User", """[{"name":"title","type":"string","subAttributes":[{"name":"value","type":"string"}]}]""")),
            Is.EqualTo(new[] { SchemaShapeRules.SimpleRule }));

    [Test]
    public void A_complex_sub_attribute_breaks_the_nesting_rule() =>
        Assert.That(Rules(Schema("urn:x:User", """[{"name":"a","type":"complex","subAttributes":[{"name":"b","type":"complex","subAttributes":[]}]}]""")),
            Is.EqualTo(new[] { SchemaShapeRules.NestingRule }));

    [Test]
    public void The_schema_of_schemas_may_nest_complex_attributes() =>
        Assert.That(SchemaShapeRules.Check(Schema(ScimUris.Schema,
            """[{"name":"attributes","type":"complex","subAttributes":[{"name":"subAttributes","type":"complex","subAttributes":[]}]}]""")), Is.Empty);
}
