using System.Globalization;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Query;

/// <summary>
/// RFC 7644 §3.4.2.2, Table 3: every comparison operator on string, boolean and dateTime attributes of the
/// dataset, each result judged by the oracle with the caseExact and type the endpoint's /Schemas declare.
/// </summary>
public sealed class FilterOperatorTests : QueryFixture
{
    [Test]
    [ScimTest("QRY-008", "eq on a string attribute selects equal values", Areas.Query, Severity.High, "R7644-3.4.2.2-03", "R7644-3.4.2.2-15",
        Needs = [Capability.Filter],
        Remediation = "Select resources whose value equals the operand, ignoring case where the attribute is caseExact=false.")]
    public Task Eq_on_string() => ExpectSelectsAsync("R7644-3.4.2.2-03", "name.familyName eq \"smith\"", "title eq \"Engineer\"");

    [Test]
    [ScimTest("QRY-009", "ne on a string attribute selects differing and absent values", Areas.Query, Severity.Medium, "R7644-3.4.2.2-03",
        Needs = [Capability.Filter],
        Remediation = "Make 'ne' the negation of 'eq': a resource whose value differs, or that has no value, matches.")]
    public Task Ne_on_string() => ExpectSelectsAsync("R7644-3.4.2.2-03", "title ne \"Engineer\"", "name.familyName ne \"SMITH\"");

    [Test]
    [ScimTest("QRY-010", "co on a string attribute matches the operand anywhere in the value", Areas.Query, Severity.High, "R7644-3.4.2.2-04",
        Needs = [Capability.Filter],
        Remediation = "Match 'co' when the operand occurs anywhere in the value, not only at its start.")]
    public Task Co_on_string() => ExpectSelectsAsync("R7644-3.4.2.2-04", "title co \"ngineer\"", "name.familyName co \"DONALD\"");

    [Test]
    [ScimTest("QRY-011", "sw on a string attribute matches the start of the value", Areas.Query, Severity.High, "R7644-3.4.2.2-04",
        Needs = [Capability.Filter],
        Remediation = "Match 'sw' when the value starts with the operand (a whole value also starts with itself).")]
    public Task Sw_on_string() => ExpectSelectsAsync("R7644-3.4.2.2-04", "title sw \"senior\"", "name.givenName sw \"Ada\"");

    [Test]
    [ScimTest("QRY-012", "ew on a string attribute matches the end of the value", Areas.Query, Severity.Medium, "R7644-3.4.2.2-04",
        Needs = [Capability.Filter],
        Remediation = "Match 'ew' when the value ends with the operand (a whole value also ends with itself).")]
    public Task Ew_on_string() => ExpectSelectsAsync("R7644-3.4.2.2-04", "title ew \"ENGINEER\"", "name.familyName ew \"dijk\"");

    [Test]
    [ScimTest("QRY-013", "gt and ge order strings lexicographically", Areas.Query, Severity.Medium, "R7644-3.4.2.2-06",
        Needs = [Capability.Filter],
        Remediation = "Order strings lexicographically (ignoring case for caseExact=false) for gt and ge.")]
    public Task Gt_ge_on_string() => ExpectSelectsAsync("R7644-3.4.2.2-06", "title gt \"E\"", "name.familyName ge \"mcdonald\"");

    [Test]
    [ScimTest("QRY-014", "lt and le order strings lexicographically", Areas.Query, Severity.Medium, "R7644-3.4.2.2-06",
        Needs = [Capability.Filter],
        Remediation = "Order strings lexicographically (ignoring case for caseExact=false) for lt and le.")]
    public Task Lt_le_on_string() => ExpectSelectsAsync("R7644-3.4.2.2-06", "title lt \"F\"", "name.familyName le \"LOVELACE\"");

    [Test]
    [ScimTest("QRY-015", "eq on a boolean selects true and false values", Areas.Query, Severity.High, "R7644-3.4.2.2-03",
        Needs = [Capability.Filter],
        Remediation = "Compare booleans as JSON true/false: 'active eq true' selects active users only.")]
    public Task Eq_on_boolean() => ExpectSelectsAsync("R7644-3.4.2.2-03", "active eq true", "active eq false");

    [Test]
    [ScimTest("QRY-016", "ne on a boolean selects the other value", Areas.Query, Severity.Medium, "R7644-3.4.2.2-03",
        Needs = [Capability.Filter],
        Remediation = "Make 'active ne true' select every user whose active is not true.")]
    public Task Ne_on_boolean() => ExpectSelectsAsync("R7644-3.4.2.2-03", "active ne true");

    [Test]
    [ScimTest("QRY-017", "gt on a boolean answers 400 invalidFilter", Areas.Query, Severity.Medium, "R7644-3.4.2.2-07",
        Needs = [Capability.Filter],
        Remediation = "Refuse gt, ge, lt and le on boolean attributes with 400 and scimType invalidFilter.")]
    public async Task Gt_on_boolean_is_invalid()
    {
        var dataset = await DatasetAsync();
        var response = await FindUsersAsync(dataset, "active gt true");
        Verify.That(response.Status == 400 && response.Object.Text("scimType") == "invalidFilter", "R7644-3.4.2.2-07",
            $"filter 'active gt true': expected 400 with scimType invalidFilter, got {Describe(response)} scimType {response.Object.At("scimType").Show()}. Request: GET {response.RequestUri}");
    }

    [Test]
    [ScimTest("QRY-018", "gt and ge order dateTimes chronologically", Areas.Query, Severity.Medium, "R7644-3.4.2.2-06",
        Needs = [Capability.Filter],
        Remediation = "Compare dateTime attributes such as meta.created as instants for gt and ge.")]
    public async Task Gt_ge_on_date_time()
    {
        var middle = await MiddleCreatedAsync();
        await ExpectSelectsAsync("R7644-3.4.2.2-06", $"meta.created gt {Literal(middle)}", $"meta.created ge {Literal(middle)}");
    }

    [Test]
    [ScimTest("QRY-019", "lt and le order dateTimes chronologically", Areas.Query, Severity.Medium, "R7644-3.4.2.2-06",
        Needs = [Capability.Filter],
        Remediation = "Compare dateTime attributes such as meta.created as instants for lt and le.")]
    public async Task Lt_le_on_date_time()
    {
        var middle = await MiddleCreatedAsync();
        await ExpectSelectsAsync("R7644-3.4.2.2-06", $"meta.created lt {Literal(middle)}", $"meta.created le {Literal(middle)}");
    }

    [Test]
    [ScimTest("QRY-020", "eq on a dateTime selects the same instant", Areas.Query, Severity.Low, "R7644-3.4.2.2-03", "R7644-3.4.2.2-06",
        Needs = [Capability.Filter],
        Remediation = "Compare dateTime values as instants, so that a value the server returned selects its resource.")]
    public async Task Eq_on_date_time()
    {
        var middle = await MiddleCreatedAsync();
        await ExpectSelectsAsync("R7644-3.4.2.2-03", $"meta.created eq {Literal(middle)}");
    }

    [Test]
    [ScimTest("QRY-021", "A dateTime operand with a UTC offset is compared as the same instant", Areas.Query, Severity.Medium, "R7644-3.4.2.2-06", "R7643-2.3.5-01",
        Needs = [Capability.Filter],
        Remediation = "Parse the operand as xsd:dateTime and compare instants; do not compare the text of timestamps with different offsets.")]
    public async Task Date_time_with_offset()
    {
        var middle = await MiddleCreatedAsync();
        Verify.Precondition(DateTimeOffset.TryParse(middle, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant),
            $"meta.created {middle} is not a dateTime.");
        // The same instant written in +05:30 (and, for a second filter, -07:00): the text differs, the instant does not.
        var east = instant.ToOffset(TimeSpan.FromMinutes(330)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        var west = instant.ToOffset(TimeSpan.FromHours(-7)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        await ExpectSelectsAsync("R7644-3.4.2.2-06", $"meta.created lt {Literal(east)}", $"meta.created gt {Literal(west)}");
    }

    // The median creation time of the dataset, as the server wrote it, so that gt and lt split the users.
    private static async Task<string> MiddleCreatedAsync()
    {
        var dataset = await DatasetAsync();
        var created = dataset.Users.Select(u => (Text: u.Text("meta.created"), Instant: u.Timestamp("meta.created")))
            .Where(c => c.Text is not null && c.Instant is not null).OrderBy(c => c.Instant).ToArray();
        Verify.Precondition(created.Length > 2, "the dataset users carry no meta.created dateTime.");
        return created[created.Length / 2].Text!;
    }
}
