using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Query;

/// <summary>
/// RFC 7644 §3.4.2.2 on structured attributes: sub-attribute paths, multi-valued attributes, bracketed value
/// filters, URN-qualified paths, ids and schemas; plus caseExact as each attribute's /Schemas entry states it.
/// </summary>
public sealed class ComplexFilterTests : QueryFixture
{
    private static readonly string Enterprise = ScimUris.EnterpriseUser;

    [Test]
    [ScimTest("QRY-022", "Sub-attribute paths filter on the complex attribute's member", Areas.Query, Severity.High, "R7644-3.4.2.2-01", "R7644-3.4.2.2-04",
        Needs = [Capability.Filter],
        Remediation = "Resolve 'name.givenName' to the givenName member of name.")]
    public Task Sub_attribute_paths() =>
        ExpectSelectsAsync("R7644-3.4.2.2-01", "name.givenName sw \"gr\"", "name.familyName eq \"van Dijk\" or name.givenName eq \"Eve\"");

    [Test]
    [ScimTest("QRY-023", "A filter on a multi-valued attribute matches when any value does", Areas.Query, Severity.High, "R7644-3.4.2.2-12",
        Needs = [Capability.Filter],
        Remediation = "Match 'emails.value ew x' when any one of the user's emails ends with x, not only the first or the primary one.")]
    public Task Any_value_of_multi_valued() =>
        ExpectSelectsAsync("R7644-3.4.2.2-12", "emails.value ew \"example.org\"", "emails.value co \".1@\"");

    [Test]
    [ScimTest("QRY-024", "eq on a multi-valued sub-attribute matches any value", Areas.Query, Severity.Medium, "R7644-3.4.2.2-12", "R7644-3.4.2.2-03",
        Needs = [Capability.Filter],
        Remediation = "Match 'emails.type eq home' when any email has type home.")]
    public Task Eq_on_multi_valued_sub_attribute() => ExpectSelectsAsync("R7644-3.4.2.2-12", "emails.type eq \"home\"", "emails.primary eq true");

    [Test]
    [ScimTest("QRY-025", "A bracketed value filter holds on one and the same value", Areas.Query, Severity.High, "R7644-3.4.2.2-09",
        Needs = [Capability.Filter],
        Remediation = "Evaluate every condition inside emails[...] against the same email, not across different emails of the user.")]
    public async Task Value_filter_holds_on_one_value()
    {
        var dataset = await DatasetAsync();
        // A user with two emails of different types: type of the first with value of the second must not match.
        var user = dataset.Users.FirstOrDefault(u => u.Array("emails")?.OfType<JsonObject>().Select(e => e.Text("type")).Distinct().Count() > 1);
        Verify.Precondition(user is not null, "no dataset user has two emails of different types.");
        var emails = user!.Array("emails")!.OfType<JsonObject>().ToArray();
        var first = emails[0];
        var other = emails.First(e => e.Text("type") != first.Text("type"));
        await ExpectSelectsAsync("R7644-3.4.2.2-09",
            $"emails[type eq {Literal(first.Text("type")!)} and value eq {Literal(other.Text("value")!)}]",
            $"emails[type eq {Literal(first.Text("type")!)} and value eq {Literal(first.Text("value")!)}]",
            "emails[type eq \"work\" and value co \"example.com\"]");
    }

    [Test]
    [ScimTest("QRY-026", "or inside a bracketed value filter", Areas.Query, Severity.Medium, "R7644-3.4.2.2-09", "R7644-3.4.2.2-08",
        Needs = [Capability.Filter],
        Remediation = "Evaluate logical operators inside [...] per value of the multi-valued attribute.")]
    public Task Or_inside_value_filter() =>
        ExpectSelectsAsync("R7644-3.4.2.2-09", "emails[type eq \"home\" or primary eq true]", "emails[primary eq true and type eq \"other\"]");

    [Test]
    [ScimTest("QRY-027", "ne on a multi-valued sub-attribute matches a differing value", Areas.Query, Severity.Medium, "R7644-3.4.2.2-12", "R7644-3.4.2.2-03",
        Needs = [Capability.Filter],
        Remediation = "Read 'emails.type ne work' one way throughout: either some email's type differs from work (a user without emails does not match) or no email's type is work (a user without emails matches).")]
    public Task Ne_on_multi_valued() => ExpectSelectsAsync("R7644-3.4.2.2-12", "emails.type ne \"work\"");

    [Test]
    [ScimTest("QRY-028", "not of a bracketed value filter", Areas.Query, Severity.Medium, "R7644-3.4.2.2-08", "R7644-3.4.2.2-09",
        Needs = [Capability.Filter],
        Remediation = "Make 'not (emails[type eq \"work\"])' select the users without any work email, those without emails included.")]
    public Task Not_of_value_filter() => ExpectSelectsAsync("R7644-3.4.2.2-08", "not (emails[type eq \"work\"])");

    [Test]
    [ScimTest("QRY-029", "URN-qualified enterprise attribute paths filter on the extension", Areas.Query, Severity.High, "R7644-3.4.2.2-01", "R7644-3.4.2.2-03",
        Needs = [Capability.Filter, Capability.EnterpriseUser],
        Remediation = "Resolve 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department' to the extension's department.")]
    public Task Urn_enterprise_eq() =>
        ExpectSelectsAsync("R7644-3.4.2.2-01", $"{Enterprise}:department eq \"sales\"", $"{Enterprise}:department ne \"Support\"");

    [Test]
    [ScimTest("QRY-030", "pr and co on URN-qualified enterprise attributes", Areas.Query, Severity.Medium, "R7644-3.4.2.2-05", "R7644-3.4.2.2-04",
        Needs = [Capability.Filter, Capability.EnterpriseUser],
        Remediation = "Apply pr and co to URN-qualified extension attributes like to core ones.")]
    public Task Urn_enterprise_pr_co() =>
        ExpectSelectsAsync("R7644-3.4.2.2-05", $"{Enterprise}:employeeNumber pr", $"{Enterprise}:department co \"&\"");

    [Test]
    [ScimTest("QRY-031", "URN-qualified core attribute paths filter like bare names", Areas.Query, Severity.Medium, "R7644-3.4.2.2-10", "R7644-3.4.2.2-01",
        Needs = [Capability.Filter],
        Remediation = "Accept attribute paths qualified with the core schema URN, as in RFC 7644 Figure 2.")]
    public Task Urn_core_paths() =>
        ExpectSelectsAsync("R7644-3.4.2.2-10", $"{ScimUris.User}:name.familyName co \"mi\"", $"{ScimUris.User}:title sw \"Director\"");

    [Test]
    [ScimTest("QRY-032", "eq in another case follows each attribute's caseExact from /Schemas", Areas.Query, Severity.High, "R7644-3.4.2.2-15", "R7643-7-08",
        Needs = [Capability.Filter],
        Remediation = "Compare strings case-sensitively exactly when the attribute's caseExact is true in /Schemas.")]
    public async Task Case_follows_case_exact()
    {
        var dataset = await DatasetAsync();
        string[] paths = ["userName", "title", "name.familyName", "emails.value", "externalId"];
        foreach (var path in paths)
        {
            var value = dataset.Users.SelectMany(u => FilterGenerator.ValuesAt(u, path)).FirstOrDefault(v => CaseVariants.Flip(v) != v);
            if (value is null) continue;
            var caseExact = Run.Discovery.Attribute(ScimUris.User, path)?.CaseExact;
            TestContext.Out.WriteLine($"{path}: caseExact {(caseExact is null ? "not in /Schemas (RFC default)" : caseExact.ToString())}");
            await ExpectSelectsAsync("R7644-3.4.2.2-15", $"{path} eq {Literal(CaseVariants.Flip(value))}");
        }
    }

    [Test]
    [ScimTest("QRY-033", "Filters on id and meta.resourceType select by identity", Areas.Query, Severity.Medium, "R7644-3.4.2.2-01", "R7644-3.4.2.2-03",
        Needs = [Capability.Filter],
        Remediation = "Support filtering on the common attributes id and meta.resourceType.")]
    public async Task Id_and_resource_type()
    {
        var dataset = await DatasetAsync();
        var a = IdOf(dataset.Users[0]);
        var b = IdOf(dataset.Users[^1]);
        await ExpectSelectsAsync("R7644-3.4.2.2-01", $"id eq {Literal(a)} or id eq {Literal(b)}", $"id ne {Literal(a)}", "meta.resourceType eq \"User\"");
    }

    [Test]
    [ScimTest("QRY-034", "schemas eq the enterprise URN selects users carrying the extension", Areas.Query, Severity.Low, "R7644-3.4.2.2-16",
        Needs = [Capability.Filter, Capability.EnterpriseUser],
        Remediation = "Allow filtering on the schemas attribute so clients can select resources that carry an extension.")]
    public async Task Schemas_filter()
    {
        var dataset = await DatasetAsync();
        var filter = $"schemas eq {Literal(Enterprise)}";
        var expected = dataset.Users.Where(u => u.Strings("schemas").Contains(Enterprise, StringComparer.OrdinalIgnoreCase)).Select(IdOf).ToHashSet(StringComparer.Ordinal);
        var response = await FindUsersAsync(dataset, filter);
        var difference = new SetDifference(expected, IdsOf(response));
        Verify.That(response.Status == 200 && difference.Same, "R7644-3.4.2.2-16",
            $"filter {filter}: {Describe(response)}, ids {difference.Describe()}. Request: GET {response.RequestUri}", difference.AsExpectation());
    }
}
