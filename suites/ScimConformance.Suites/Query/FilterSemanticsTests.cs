using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Suites.Query;

/// <summary>Hand-written RFC 7644 §3.4.2.2 filter checks on the shared query dataset, each about one rule.</summary>
public sealed class FilterSemanticsTests : QueryFixture
{
    [Test]
    [ScimTest("QRY-002", "Every string operator on userName ignores case", Areas.Query, Severity.High, "R7644-3.4.2.2-15", "R7644-3.4.2.2-03", "R7644-3.4.2.2-04",
        Needs = [Capability.Filter],
        Remediation = "Compare userName (caseExact=false) without regard to case in eq, ne, co, sw and ew.")]
    public async Task String_operators_ignore_case_of_user_name()
    {
        var dataset = await DatasetAsync();
        var user = dataset.Users[0];
        var id = IdOf(user);
        var flipped = CaseVariants.Flip(UserNameOf(user));
        var middle = flipped.Length / 2;
        (string Filter, bool Selects)[] probes =
        [
            ($"userName eq {Literal(flipped)}", true),
            ($"userName sw {Literal(flipped[..(middle + 1)])}", true),
            ($"userName ew {Literal(flipped[middle..])}", true),
            ($"userName co {Literal(flipped[(middle - 2)..(middle + 2)])}", true),
            ($"userName ne {Literal(flipped)}", false),
        ];
        foreach (var (filter, selects) in probes)
        {
            var response = await FindUsersAsync(dataset, filter);
            var ids = IdsOf(response);
            Verify.That(response.Status == 200 && ids.Contains(id) == selects, "R7644-3.4.2.2-15",
                $"filter {filter}: user {id} (userName \"{UserNameOf(user)}\") was expected to be {(selects ? "selected" : "left out")}, got {Describe(response)} with ids {IdsText(ids)}. Request: GET {response.RequestUri}");
        }
    }

    [Test]
    [ScimTest("QRY-003", "pr selects exactly the users holding a value", Areas.Query, Severity.Medium, "R7644-3.4.2.2-05",
        Needs = [Capability.Filter],
        Remediation = "Make 'attr pr' true exactly when the attribute has a non-empty, non-null value.")]
    public Task Presence_selects_users_with_a_value() =>
        ExpectOracleAsync("R7644-3.4.2.2-05", "title pr", "name.givenName pr", "emails pr", "externalId pr");

    [Test]
    [ScimTest("QRY-004", "and binds tighter than or", Areas.Query, Severity.Medium, "R7644-3.4.2.2-11",
        Needs = [Capability.Filter],
        Remediation = "Evaluate 'a or b and c' as 'a or (b and c)': and takes precedence over or.")]
    public async Task And_binds_tighter_than_or()
    {
        var dataset = await DatasetAsync();
        var oracle = new FilterEvaluator(Run.Discovery);
        // An active user named exactly makes "A or (B and C)" and "(A or B) and C" select different users.
        var anchor = dataset.Users.First(u => u.At("active")?.GetValue<bool>() == true);
        var a = $"userName eq {Literal(UserNameOf(anchor))}";
        var filter = $"{a} or title pr and active eq false";
        Verify.Precondition(!OracleQueries.Select(dataset, oracle, filter).SetEquals(OracleQueries.Select(dataset, oracle, $"({a} or title pr) and active eq false")),
            "the dataset does not tell the two readings of the filter apart.");
        await ExpectOracleAsync("R7644-3.4.2.2-11", filter);
    }

    [Test]
    [ScimTest("QRY-005", "not selects the complement of its operand", Areas.Query, Severity.Medium, "R7644-3.4.2.2-08",
        Needs = [Capability.Filter],
        Remediation = "Make 'not (f)' select exactly the resources that f does not select, including those lacking the attribute.")]
    public Task Not_selects_the_complement() =>
        ExpectOracleAsync("R7644-3.4.2.2-08", "not (active eq true)", "not (title pr)", "not (title sw \"senior\") and not (externalId pr)");

    [Test]
    [ScimTest("QRY-006", "An unknown filter operator answers 400 invalidFilter", Areas.Query, Severity.Medium, "R7644-3.4.2.2-14",
        Needs = [Capability.Filter],
        Remediation = "Refuse a filter with an unknown operator with 400 and scimType invalidFilter instead of ignoring it.")]
    public async Task Unknown_operator_is_invalid_filter()
    {
        var dataset = await DatasetAsync();
        var response = await FindUsersAsync(dataset, "userName regex \"a.*\"");
        Verify.That(response.Status == 400 && response.Object.Text("scimType") == "invalidFilter", "R7644-3.4.2.2-14",
            $"filter with the unknown operator 'regex': expected 400 with scimType invalidFilter, got {Describe(response)} scimType {response.Object.At("scimType").Show()}. Request: GET {response.RequestUri}");
    }

    private static async Task ExpectOracleAsync(string requirementId, params string[] filters)
    {
        var dataset = await DatasetAsync();
        var oracle = new FilterEvaluator(Run.Discovery);
        foreach (var filter in filters)
        {
            var expected = OracleQueries.Select(dataset, oracle, filter);
            var response = await FindUsersAsync(dataset, filter);
            var difference = new SetDifference(expected, IdsOf(response));
            Verify.That(response.Status == 200 && difference.Same, requirementId,
                $"filter {filter}: {Describe(response)}, ids {difference.Describe()}. Request: GET {response.RequestUri}", difference.AsExpectation());
        }
    }
}
