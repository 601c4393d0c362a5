using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7643 §1.2, §2.1 and §2.3.8: attribute names and the nesting of attributes, as /Schemas declares them.</summary>
public sealed class SchemaShapeTests : DiscoveryFixture
{
    [Test]
    [ScimTest("DSC-025", "Schema attributes have ATTRNAME names and nest only one level, under complex attributes", Areas.Discovery, Severity.Low,
        SchemaShapeRules.NameRule, SchemaShapeRules.SimpleRule, SchemaShapeRules.NestingRule,
        Mutates = false,
        Remediation = "Name attributes with a letter then letters, digits, '-' or '_'; give subAttributes only to complex attributes, and never make a sub-attribute complex.")]
    public async Task Attribute_names_and_nesting_follow_the_schema_rules()
    {
        var violations = (await ReadListAsync(SchemasPath)).SelectMany(SchemaShapeRules.Check).ToArray();

        foreach (var rule in new[] { SchemaShapeRules.NameRule, SchemaShapeRules.SimpleRule, SchemaShapeRules.NestingRule })
        {
            var broken = violations.Where(v => v.RequirementId == rule).Select(v => v.Message).ToArray();
            Verify.That(broken.Length == 0, rule, $"/Schemas: {broken.Length} definition(s) break the rule: {string.Join(" ", broken.Take(6))}");
        }
    }
}
