using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Query;

/// <summary>
/// Filters that break the RFC 7644 Figure 1 grammar get 400 invalidFilter (RFC 7644 §3.12, Table 9: a SHOULD,
/// so a deviation warns); a filter naming an attribute the endpoint does not have either gets 400 invalidFilter
/// or matches nothing, and never selects resources.
/// </summary>
public sealed class InvalidFilterTests : QueryFixture
{
    [Test]
    [ScimTest("QRY-040", "An unbalanced parenthesis answers 400 invalidFilter", Areas.Query, Severity.Low, "R7644-3.12-16",
        Needs = [Capability.Filter],
        Remediation = "Reject filters with unbalanced parentheses with 400 and scimType invalidFilter.")]
    public Task Unbalanced_parenthesis() => ExpectInvalidAsync("(title pr");

    [Test]
    [ScimTest("QRY-041", "A comparison without a value answers 400 invalidFilter", Areas.Query, Severity.Low, "R7644-3.12-16",
        Needs = [Capability.Filter],
        Remediation = "Reject 'attr eq' without a comparison value with 400 and scimType invalidFilter.")]
    public Task Missing_value() => ExpectInvalidAsync("title eq");

    [Test]
    [ScimTest("QRY-042", "An unquoted string value answers 400 invalidFilter", Areas.Query, Severity.Low, "R7644-3.12-16",
        Needs = [Capability.Filter],
        Remediation = "Require string comparison values to be JSON strings in double quotes.")]
    public Task Unquoted_value() => ExpectInvalidAsync("title eq Engineer");

    [Test]
    [ScimTest("QRY-043", "An unterminated string answers 400 invalidFilter", Areas.Query, Severity.Low, "R7644-3.12-16",
        Needs = [Capability.Filter],
        Remediation = "Reject a filter whose string literal is not closed with 400 and scimType invalidFilter.")]
    public Task Unterminated_string() => ExpectInvalidAsync("title eq \"Engineer");

    [Test]
    [ScimTest("QRY-044", "A dangling logical operator answers 400 invalidFilter", Areas.Query, Severity.Low, "R7644-3.12-16",
        Needs = [Capability.Filter],
        Remediation = "Reject 'a and' (a logical operator without its right operand) with 400 and scimType invalidFilter.")]
    public Task Dangling_and() => ExpectInvalidAsync("title pr and");

    [Test]
    [ScimTest("QRY-045", "A filter on an unknown attribute is refused or matches nothing", Areas.Query, Severity.Medium, "R7644-3.4.2.2-01", "R7644-3.12-16",
        Needs = [Capability.Filter],
        Remediation = "Answer a filter on an attribute the resource type lacks with 400 invalidFilter, or treat the attribute as having no value; never select resources by it.")]
    public Task Unknown_attribute() => ExpectRefusedOrEmptyAsync("zzNoSuchAttribute eq \"x\"");

    [Test]
    [ScimTest("QRY-046", "A filter on an unknown sub-attribute is refused or matches nothing", Areas.Query, Severity.Low, "R7644-3.4.2.2-01", "R7644-3.12-16",
        Needs = [Capability.Filter],
        Remediation = "Answer a filter on a sub-attribute the complex attribute lacks with 400 invalidFilter, or treat it as having no value.")]
    public Task Unknown_sub_attribute() => ExpectRefusedOrEmptyAsync("name.zzNoSuchPart eq \"x\"");

    private static async Task ExpectInvalidAsync(string malformed)
    {
        var dataset = await DatasetAsync();
        // Sent as it is: a scoping wrapper would let a refusal of the wrapper hide how the endpoint treats the malformation.
        var response = await FindUsersAsync(dataset, malformed);
        Verify.That(IsInvalidFilter(response), "R7644-3.12-16",
            $"malformed filter {malformed}: expected 400 with scimType invalidFilter, got {Describe(response)} scimType {response.Object.At("scimType").Show()}. Request: GET {response.RequestUri}");
    }

    private static async Task ExpectRefusedOrEmptyAsync(string filter)
    {
        var dataset = await DatasetAsync();
        var response = await FindUsersAsync(dataset, filter);
        if (response.Status == 200)
        {
            // RFC 7644 §3.4.2.2: only resources for which the filter is true are returned; no resource has this attribute.
            var ids = IdsOf(response);
            Verify.That(ids.Count == 0, "R7644-3.4.2.2-01", $"filter {filter} on an attribute the User schema lacks selected {IdsText(ids)}. Request: GET {response.RequestUri}");
            return;
        }

        Verify.That(IsInvalidFilter(response), "R7644-3.12-16",
            $"filter {filter} on an unknown attribute: expected 400 invalidFilter (or an empty result), got {Describe(response)} scimType {response.Object.At("scimType").Show()}. Request: GET {response.RequestUri}");
    }

    private static bool IsInvalidFilter(ScimResponse response) =>
        response.Status == 400 && string.Equals(response.Object.Text("scimType"), "invalidFilter", StringComparison.Ordinal);
}
