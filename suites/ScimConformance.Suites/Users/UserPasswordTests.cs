using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §4.1.1 and §7: password is writeOnly and returned=never, so no response ever holds it.</summary>
public sealed class UserPasswordTests : ScimFixture
{
    [Test]
    [ScimTest("USR-008", "POST /Users does not return the password", Areas.Users, Severity.Critical, "R7643-4.1.1-12", "R7643-4.1.1-06",
        Remediation = "Drop password (returned=never) from every representation you send, starting with the POST response.")]
    public async Task Create_response_has_no_password()
    {
        var body = Run.Data.User();
        var response = await PostUserAsync(body);
        CreatedView(response, "a user with a password");

        CheckNoPassword(response, body, "POST");
    }

    [Test]
    [ScimTest("USR-009", "GET /Users/{id} does not return the password", Areas.Users, Severity.Critical, "R7643-4.1.1-12", "R7643-4.1.1-06",
        Remediation = "Drop password (returned=never) from GET responses; never store it in a form that can be read back.")]
    public async Task Read_response_has_no_password()
    {
        var body = Run.Data.User();
        var user = await CreateUserAsync(body);

        var response = await Client.GetAsync(Endpoints.User(IdOf(user)));
        // A refused read shows nothing about the password: the check could not obtain its evidence.
        Responses.SetUp(response, "GET of the created user");
        CheckNoPassword(response, body, "GET");
    }

    [Test]
    [ScimTest("USR-010", "PUT /Users/{id} does not return the password", Areas.Users, Severity.Critical, "R7643-4.1.1-12",
        Remediation = "Drop password from PUT responses even when the request set a new one.")]
    public async Task Replace_response_has_no_password()
    {
        var user = await CreateUserAsync();
        var replacement = Replacements.Of(user);
        replacement["password"] = Run.Data.Password();

        var response = await Client.PutAsync(Endpoints.User(IdOf(user)), replacement);
        // RFC 7643 §5: a provider that says changePassword.supported is false may refuse a new password (RFC 7644 §3.12
        // mutability); then no PUT response can carry one, and there is nothing to judge.
        if (response.Status is >= 400 and < 500 && !Run.Capabilities.Has(Capability.ChangePassword, Run.Discovery))
            Assert.Ignore($"Skipped: changePassword.supported is false and the PUT carrying a new password was refused ({Describe(response)}).");
        Responses.SetUp(response, "PUT of the created user with a new password");
        CheckNoPassword(response, replacement, "PUT");
    }

    [Test]
    [ScimTest("USR-011", "Filtered lists of users do not return passwords", Areas.Users, Severity.Critical, "R7643-4.1.1-12",
        Needs = [Capability.Filter],
        Remediation = "Drop password from every resource in a ListResponse.")]
    public async Task List_response_has_no_password()
    {
        var body = Run.Data.User();
        var user = await CreateUserAsync(body);

        var response = await QueryAsync(Endpoints.Users, Filters.Eq("userName", UserNameOf(user)));
        Verify.Precondition(response.Status == 200 && ResourcesOf(response).Count > 0,
            $"filtering on the created userName answered {Describe(response)} with {ResourcesOf(response).Count} resource(s).");
        CheckNoPassword(response, body, "list");
    }

    private static void CheckNoPassword(ScimResponse response, JsonObject sent, string operation)
    {
        var resources = response.Object.Has("Resources") ? ResourcesOf(response) : [response.Object!];
        foreach (var resource in resources)
            Verify.That(!resource.Has("password"), "R7643-4.1.1-12",
                $"{operation} response: expected no password attribute, got password = {(resource.At("password") is null ? "null" : "(a value, not shown)")}.");
        var secret = sent.Text("password");
        Verify.That(secret is null || !response.Body.Contains(secret, StringComparison.Ordinal), "R7643-4.1.1-12",
            $"{operation} response: the password the client sent appears in the body.");
    }
}
