using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Schema;

/// <summary>RFC 7643 §4.2: groups as returned match the Group schema the endpoint publishes.</summary>
public sealed class GroupSchemaTests : SchemaValidationFixture
{
    [Test]
    [ScimTest("SCH-006", "The group returned by POST matches the published Group schema", Areas.Schema, Severity.Medium, TypeRule,
        Needs = [Capability.Groups],
        Remediation = "Return group attributes with the types /Schemas declares for Group.")]
    public async Task Created_group_matches_schema()
    {
        var member = IdOf(await CreateUserAsync());
        var group = await CreateGroupAsync(Run.Data.Group(member));

        CheckAgainstOwnSchema("Group", group, "POST /Groups");
    }

    [Test]
    [ScimTest("SCH-007", "The group returned by GET matches the published Group schema", Areas.Schema, Severity.Medium, TypeRule,
        Needs = [Capability.Groups],
        Remediation = "Return group attributes with the types /Schemas declares for Group.")]
    public async Task Read_group_matches_schema()
    {
        var member = IdOf(await CreateUserAsync());
        var group = await CreateGroupAsync(Run.Data.Group(member));

        var response = await Client.GetAsync(Endpoints.Group(IdOf(group)));

        Verify.Precondition(response.Status == 200, $"GET of the created group answered {Describe(response)}.");
        CheckAgainstOwnSchema("Group", response.Object, "GET /Groups/{id}");
    }
}
