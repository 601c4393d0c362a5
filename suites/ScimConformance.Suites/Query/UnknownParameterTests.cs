using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Query;

/// <summary>RFC 7644 §3.4.2: a query parameter the server does not recognise is ignored, not an error.</summary>
public sealed class UnknownParameterTests : ScimFixture
{
    // No RFC defines it, so no server can give it a meaning.
    private const string Unknown = "scimconfUnknownParameter";

    [Test]
    [ScimTest("QRY-080", "A query parameter the server does not recognise is ignored", Areas.Query, Severity.Low, "R7644-3.4.2-01",
        Needs = [Capability.Filter],
        Remediation = "Ignore query parameters you do not recognise (a vendor's, a newer RFC's) and answer the query as if they were absent.")]
    public async Task Unknown_query_parameter_is_ignored()
    {
        var user = await CreateUserAsync();
        var filter = Filters.Eq("userName", UserNameOf(user));
        var plain = await QueryAsync(Endpoints.Users, filter);
        Verify.Precondition(plain.Status == 200 && HasOnly(plain, IdOf(user)),
            $"the query {filter} without the unknown parameter answered {Describe(plain)}, not the one created user.");

        var response = await QueryAsync(Endpoints.Users, filter, (Unknown, "1"));

        Verify.Should(response.Status == 200 && HasOnly(response, IdOf(user)), "R7644-3.4.2-01",
            $"the query {filter} with {Unknown}=1 answered {Describe(response)} {response.Object.At("detail").Show()}; without the parameter it returned the user {IdOf(user)}.");
    }

    private static bool HasOnly(ScimResponse response, string id) =>
        ResourcesOf(response) is [var only] && only.Text("id") == id;
}
