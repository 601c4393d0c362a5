using System.Text;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Users;

/// <summary>
/// RFC 7644 §5 and §7.8: userName is prepared with the PRECIS rules (RFC 7613 UsernameCaseMapped, which normalises to NFC)
/// before uniqueness checks and filter comparisons, so "é" written precomposed (U+00E9) and decomposed (e U+0301) is one name.
/// </summary>
public sealed class UserNamePreparationTests : ScimFixture
{
    [Test]
    [ScimTest("USR-120", "A userName differing only in Unicode composition (é vs e+U+0301) is refused as a duplicate", Areas.Users, Severity.Medium,
        "R7644-5-01", "R7644-7.8-01",
        Remediation = "Prepare userName with the PRECIS UsernameCaseMapped profile (RFC 7613: width mapping, lower case, NFC) before checking uniqueness.")]
    public async Task Decomposed_variant_is_refused()
    {
        var (composed, decomposed) = Spellings();
        await CreateUserAsync(WithUserName(composed));

        var response = await PostUserAsync(WithUserName(decomposed));

        var what = $"POST /{Endpoints.Users} with userName {Escaped(decomposed)} while {Escaped(composed)} exists";
        // As for a case variant (USR-026), RFC 7643 §7 lets a uniqueness violation be answered with 400 as well; an answer
        // that is neither a success nor that refusal (credentials refused, a server error) goes by the outcome policy.
        if (response.IsSuccess)
            Verify.That(false, "R7644-5-01", $"{what}: expected 409 (both prepare to the same NFC string), got {Describe(response)}.");
        else if (response.Status is not (409 or 400))
            Responses.Subject(response, "R7644-5-01", what);
    }

    [Test]
    [ScimTest("QRY-110", "An eq filter on userName finds the user whatever the Unicode composition of the literal", Areas.Query, Severity.Medium,
        "R7644-7.8-01", Needs = [Capability.Filter],
        Remediation = "Prepare the userName literal of a filter with the PRECIS UsernameCaseMapped profile (RFC 7613, NFC) before comparing it with stored names.")]
    public async Task Filter_literal_is_prepared()
    {
        var (composed, decomposed) = Spellings();
        var user = await CreateUserAsync(WithUserName(composed));
        var filter = Filters.Eq("userName", decomposed);

        var response = await QueryAsync(Endpoints.Users, filter);
        if (!Responses.Subject(response, "R7644-7.8-01", $"GET /{Endpoints.Users}?filter={Escaped(filter)}")) return;

        var found = ResourcesOf(response).Select(r => r.Text("id")).ToArray();
        Verify.That(found.Contains(IdOf(user)), "R7644-7.8-01",
            $"GET /{Endpoints.Users}?filter={Escaped(filter)} did not return the user {IdOf(user)} named {Escaped(composed)}: returned ids [{string.Join(", ", found)}].");
    }

    /// <summary>A run-prefixed userName ending in "é", precomposed and decomposed.</summary>
    private static (string Composed, string Decomposed) Spellings()
    {
        var composed = (Run.Data.UserName() + "-caf\u00e9").Normalize(NormalizationForm.FormC);
        return (composed, composed.Normalize(NormalizationForm.FormD));
    }

    private static System.Text.Json.Nodes.JsonObject WithUserName(string userName)
    {
        var body = Run.Data.User();
        body["userName"] = userName;
        return body;
    }

    /// <summary>The text with non-ASCII characters as \uXXXX escapes, so the two spellings look different in the report.</summary>
    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:X4}"));
}
