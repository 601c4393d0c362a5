using NUnit.Framework;
using ScimConformance.Core.Catalog;
using ScimConformance.Suites.Fidelity;

namespace ScimConformance.Tests.Fidelity;

/// <summary>The attribute cases the generator derives from /ResourceTypes and /Schemas, for the reference server and for quirky documents.</summary>
[TestFixture]
public sealed class AttributeCaseGeneratorTests
{
    private const string Reference = "urn:example:scim:schemas:extension:reference:2.0:User";

    private static readonly string[] ReferenceCases =
    [
        "ATT-User-title-roundtrip", "ATT-User-userName-uniqueness", "ATT-User-userName-required", "ATT-User-password-never-returned",
        "ATT-User-emails.type-canonical", "ATT-User-groups-readonly-ignored", "ATT-User-enterprise.employeeNumber-roundtrip",
        "ATT-User-reference.badgeId-immutable", "ATT-User-reference.clearanceLevel-returned-request", "ATT-User-reference.pin-never-returned",
        "ATT-User-reference.accountNumber-returned-always", "ATT-User-reference.employeeCode-required", "ATT-User-reference.shift-canonical",
        "ATT-User-reference.badgeId-caseexact", "ATT-Group-members-roundtrip", "ATT-Group-reference.groupCode-uniqueness",
    ];

    private static readonly string[] SecretCases = ["ATT-User-secret-readonly-ignored"];

    [Test]
    public void The_reference_server_gets_cases_for_user_group_enterprise_and_its_own_extension()
    {
        var ids = AttributeCaseGenerator.Generate(CannedDiscovery.ReferenceServer()).Select(c => c.Id).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Is.SupersetOf(ReferenceCases));
            // A writeOnly attribute is never judged on what comes back; the type of a member is the server's to state.
            Assert.That(ids, Has.None.EqualTo("ATT-User-password-roundtrip").And.None.EqualTo("ATT-User-reference.pin-roundtrip")
                .And.None.EqualTo("ATT-User-reference.pin-returned-default"));
            Assert.That(ids, Has.None.EqualTo("ATT-Group-members.type-canonical"));
        });
    }

    [Test]
    public void Every_case_cites_rows_the_catalogue_has()
    {
        var cases = AttributeCaseGenerator.Generate(CannedDiscovery.ReferenceServer());
        var unknown = cases.SelectMany(c => AttributeCaseDeclaration.Of(c).Requirements.Where(r => !RequirementCatalog.Default.Contains(r)).Select(r => $"{c.Id}: {r}")).ToArray();
        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void UserName_uniqueness_and_a_required_extension_cite_their_must_rows()
    {
        var cases = AttributeCaseGenerator.Generate(CannedDiscovery.From(Quirky.ResourceTypes, Quirky.Schemas)).ToDictionary(c => c.Id);
        Assert.Multiple(() =>
        {
            Assert.That(AttributeCaseDeclaration.Requirements(cases["ATT-User-userName-uniqueness"]), Does.Contain("R7643-4.1.1-02"));
            Assert.That(AttributeCaseDeclaration.Requirements(cases["ATT-User-urn_acme_hr_2.0_User.badge-required"]), Does.Contain("R7643-6-06"));
            Assert.That(AttributeCaseDeclaration.Of(cases["ATT-User-nickName-caseexact"]).Needs, Does.Contain("filter"));
        });
    }

    [Test]
    public void Quirky_documents_yield_cases_only_for_what_they_declare()
    {
        var discovery = CannedDiscovery.From(Quirky.ResourceTypes, Quirky.Schemas);
        var ids = AttributeCaseGenerator.Generate(discovery).Select(c => c.Id).ToArray();
        Assert.Multiple(() =>
        {
            // id and meta declared in the core schema belong to other checks; the nameless attribute was dropped by the parser.
            Assert.That(ids.Where(i => i.StartsWith("ATT-User-id-", StringComparison.Ordinal) || i.StartsWith("ATT-User-meta-", StringComparison.Ordinal)), Is.Empty);
            // A complex attribute without sub-attributes still gets its cases: when it runs, it says no value can be built.
            Assert.That(ids, Does.Contain("ATT-User-address-roundtrip"));
            // An unknown type is read as a string (RFC 7643 §2.3 has no other), so it is filtered and round-tripped as one.
            Assert.That(ids, Does.Contain("ATT-User-blob-roundtrip").And.Contain("ATT-User-blob-caseexact"));
            // Declared twice: one case per aspect, from the first declaration.
            Assert.That(ids.Count(i => i == "ATT-User-nickName-roundtrip"), Is.EqualTo(1));
            Assert.That(ids, Has.None.EqualTo("ATT-User-nickName-immutable"));
            // An extension named by the resource type but missing from /Schemas has no cases and breaks nothing.
            Assert.That(ids.Where(i => i.Contains("missing", StringComparison.Ordinal)), Is.Empty);
            // Two extensions with the same short name are told apart by their whole URN.
            Assert.That(ids, Does.Contain("ATT-User-urn_acme_hr_2.0_User.badge-roundtrip").And.Contain("ATT-User-urn_other_hr_2.0_User.level-roundtrip"));
            // A custom resource type is listed like the others.
            Assert.That(ids, Does.Contain("ATT-Device-serial-uniqueness"));
            // readOnly with returned never: nothing the client can write, nothing the server shows.
            Assert.That(ids.Where(i => i.StartsWith("ATT-User-secret-", StringComparison.Ordinal)), Is.EqualTo(SecretCases));
        });
    }

    [Test]
    public void Ids_are_stable_from_one_generation_to_the_next()
    {
        var first = AttributeCaseGenerator.Generate(CannedDiscovery.From(Quirky.ResourceTypes, Quirky.Schemas)).Select(c => c.Id);
        var second = AttributeCaseGenerator.Generate(CannedDiscovery.From(Quirky.ResourceTypes, Quirky.Schemas)).Select(c => c.Id);
        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "enterprise")]
    [TestCase(Reference, "reference")]
    [TestCase("urn:acme:User", "acme")]
    [TestCase("urn:bad name:1.0:x", "bad_name")]
    public void The_short_name_of_an_extension_is_the_segment_before_its_version(string urn, string expected) =>
        Assert.That(AttributeCaseIds.ShortName(urn), Is.EqualTo(expected));

    /// <summary>Documents of a server nobody here has seen: declarations RFC 7643 does not expect, and some it forbids.</summary>
    private static class Quirky
    {
        public const string ResourceTypes = """
            [
              { "id": "User", "name": "User", "endpoint": "/Users", "schema": "urn:ietf:params:scim:schemas:core:2.0:User",
                "schemaExtensions": [ { "schema": "urn:acme:hr:2.0:User", "required": true }, { "schema": "urn:other:hr:2.0:User" },
                                      { "schema": "urn:acme:missing:2.0:User" } ] },
              { "name": "Device", "endpoint": "/Devices", "schema": "urn:acme:Device" }
            ]
            """;

        public const string Schemas = """
            [
              { "id": "urn:ietf:params:scim:schemas:core:2.0:User", "attributes": [
                  { "name": "id", "type": "string", "mutability": "readOnly", "returned": "always" },
                  { "name": "meta", "type": "complex" },
                  { "name": "userName", "type": "string", "required": true, "uniqueness": "server" },
                  { "name": "nickName", "type": "string" },
                  { "name": "nickName", "type": "string", "mutability": "immutable" },
                  { "name": "address", "type": "complex" },
                  { "name": "blob", "type": "object" },
                  { "name": "secret", "type": "string", "mutability": "readOnly", "returned": "never" },
                  { "type": "string" }
              ] },
              { "id": "urn:acme:hr:2.0:User", "attributes": [ { "name": "badge", "type": "string", "required": true } ] },
              { "id": "urn:other:hr:2.0:User", "attributes": [ { "name": "level", "type": "integer" } ] },
              { "id": "urn:acme:Device", "attributes": [ { "name": "serial", "type": "string", "uniqueness": "global" } ] }
            ]
            """;
    }
}
