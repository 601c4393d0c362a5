using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Errors;

/// <summary>Ways to provoke the error responses the checks inspect, all without touching foreign data.</summary>
public abstract class ErrorFixture : ScimFixture
{
    /// <summary>The scimType keywords of RFC 7644 §3.12, Table 9.</summary>
    protected static readonly string[] ScimTypes =
        ["invalidFilter", "tooMany", "uniqueness", "mutability", "invalidSyntax", "invalidPath", "noTarget", "invalidValue", "invalidVers", "sensitive"];

    /// <summary>GET of a user id that cannot exist.</summary>
    protected static Task<ScimResponse> GetUnknownUserAsync() => Client.GetAsync(Endpoints.User(Run.Data.Uuid().ToString()));

    /// <summary>A POST that duplicates the userName of a user this test created.</summary>
    protected static async Task<ScimResponse> PostDuplicateAsync()
    {
        var existing = await CreateUserAsync();
        var duplicate = Run.Data.User();
        duplicate["userName"] = UserNameOf(existing);
        var response = await PostUserAsync(duplicate);
        Verify.Precondition(response.Status == 409, $"the duplicate create answered {Describe(response)}, not 409 (USR-025 judges that).");
        return response;
    }

    /// <summary>An error response the endpoint must send, as a precondition of checks on its body.</summary>
    protected static void RequireError(ScimResponse response, string what) =>
        Verify.Precondition(response.Status >= 400, $"{what} answered {Describe(response)}, not an error; its error body cannot be checked.");

    protected static bool HasErrorSchema(ScimResponse response) =>
        response.Object.Strings("schemas").Contains(ScimUris.Error, StringComparer.OrdinalIgnoreCase);
}
