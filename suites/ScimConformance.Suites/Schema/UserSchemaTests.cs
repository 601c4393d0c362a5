using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Schema;

/// <summary>RFC 7643 §2 and §4.1: users as returned by each operation match the User schema the endpoint publishes.</summary>
public sealed class UserSchemaTests : SchemaValidationFixture
{
    [Test]
    [ScimTest("SCH-001", "The user returned by POST matches the published User schema", Areas.Schema, Severity.Medium, TypeRule,
        Remediation = "Return every attribute with the type, multiplicity and sub-attributes /Schemas declares for it.")]
    public async Task Created_user_matches_schema()
    {
        var user = await CreateUserAsync();

        CheckAgainstOwnSchema("User", user, "POST /Users");
    }

    [Test]
    [ScimTest("SCH-002", "The user returned by GET matches the published User schema", Areas.Schema, Severity.Medium, TypeRule,
        Remediation = "Return every attribute with the type, multiplicity and sub-attributes /Schemas declares for it.")]
    public async Task Read_user_matches_schema()
    {
        var user = await CreateUserAsync();

        var response = await Client.GetAsync(Endpoints.User(IdOf(user)));

        Verify.Precondition(response.Status == 200, $"GET of the created user answered {Describe(response)}.");
        CheckAgainstOwnSchema("User", response.Object, "GET /Users/{id}");
    }

    [Test]
    [ScimTest("SCH-003", "Users in a ListResponse match the published User schema", Areas.Schema, Severity.Medium, TypeRule,
        Needs = [Capability.Filter],
        Remediation = "Return resources in lists exactly as GET returns them.")]
    public async Task Listed_user_matches_schema()
    {
        var user = await CreateUserAsync();

        var response = await QueryAsync(Endpoints.Users, Filters.Eq("userName", UserNameOf(user)));

        var listed = ResourcesOf(response);
        Verify.Precondition(response.Status == 200 && listed.Count > 0, $"the filter on the created user answered {Describe(response)} with {listed.Count} resource(s).");
        foreach (var resource in listed)
            CheckAgainstOwnSchema("User", resource, "GET /Users?filter=");
    }

    [Test]
    [ScimTest("SCH-004", "The user returned by PUT matches the published User schema", Areas.Schema, Severity.Medium, TypeRule,
        Remediation = "Return the replaced resource with the types /Schemas declares.")]
    public async Task Replaced_user_matches_schema()
    {
        var user = await CreateUserAsync();
        var replacement = Replacements.Of(user);
        replacement["title"] = "Schema Check";

        var response = await Client.PutAsync(Endpoints.User(IdOf(user)), replacement);

        Verify.Precondition(response.Status == 200, $"PUT of the created user answered {Describe(response)}.");
        CheckAgainstOwnSchema("User", response.Object, "PUT /Users/{id}");
    }

    [Test]
    [ScimTest("SCH-005", "A user with the enterprise extension matches the published schemas", Areas.Schema, Severity.Medium, TypeRule, "R7643-3.3-03",
        Needs = [Capability.EnterpriseUser],
        Remediation = "Return enterprise attributes with the types the enterprise extension schema declares.")]
    public async Task Enterprise_user_matches_schema()
    {
        var user = await CreateUserAsync(Run.Data.User(includeEnterprise: true));

        var response = await Client.GetAsync(Endpoints.User(IdOf(user)));

        Verify.Precondition(response.Status == 200, $"GET of the created user answered {Describe(response)}.");
        CheckAgainstOwnSchema("User", response.Object, "GET /Users/{id} (enterprise)");
    }
}
