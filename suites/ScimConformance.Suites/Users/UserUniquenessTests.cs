using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §4.1.1 and RFC 7644 §3.3: userName is unique without regard to case.</summary>
public sealed class UserUniquenessTests : ScimFixture
{
    [Test]
    [ScimTest("USR-025", "A second user with the same userName is refused with 409", Areas.Users, Severity.High, "R7644-3.3-07", "R7643-4.1.1-02", "R7644-3.12-09",
        Remediation = "Refuse a create whose userName is taken with 409 Conflict and scimType uniqueness.")]
    public async Task Duplicate_user_name_is_refused_with_409()
    {
        var existing = await CreateUserAsync();
        var duplicate = Run.Data.User();
        duplicate["userName"] = UserNameOf(existing);

        var response = await PostUserAsync(duplicate);

        Verify.That(!response.IsSuccess, "R7643-4.1.1-02",
            $"POST with the taken userName {UserNameOf(existing)}: expected 409, got {Describe(response)} (a second user was created).");
        Verify.That(response.Status == 409, "R7644-3.3-07",
            $"POST with the taken userName {UserNameOf(existing)}: expected 409 Conflict, got {Describe(response)}.");
    }

    [Test]
    [ScimTest("USR-026", "A userName differing only in case is refused as a duplicate", Areas.Users, Severity.High, "R7643-4.1.1-03", "R7643-7-18",
        Remediation = "Compare userName without regard to case (caseExact=false) when enforcing uniqueness.")]
    public async Task Case_variant_user_name_is_refused()
    {
        var existing = await CreateUserAsync();
        var userName = UserNameOf(existing);
        var variant = CaseVariants.Flip(userName);
        Verify.Precondition(variant != userName, $"userName {userName} has no letters whose case could be changed.");
        var duplicate = Run.Data.User();
        duplicate["userName"] = variant;

        var response = await PostUserAsync(duplicate);

        // RFC 7643 §7 lets a uniqueness violation be answered with 400 as well; either refusal passes here.
        Verify.That(response.Status is 409 or 400, "R7643-4.1.1-03",
            $"POST with userName {variant} while {userName} exists: expected 409 (userName is case-insensitive), got {Describe(response)}.");
    }
}
