using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using static ScimConformance.Suites.Patch.PatchRequests;

namespace ScimConformance.Suites.Patch;

/// <summary>RFC 7644 §3.5.2: multi-valued attributes (emails), value-filtered paths, and primary uniqueness (RFC 7643 §2.4).</summary>
public sealed class MultiValuedPathTests : PatchFixture
{
    [Test]
    [ScimTest("PAT-022", "add to emails appends and keeps the existing values", Areas.Patch, Severity.High, "R7644-3.5.2.1-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "PATCH add on a multi-valued attribute adds the new values to the ones already stored.")]
    public async Task Add_appends()
    {
        var (id, before) = await NewUserAsync();
        var request = Add("emails", new JsonArray(Email(Run.Prefix + "other@example.net", "other")));
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, request, "R7644-3.5.2.1-02", "add an email");
    }

    [Test]
    [ScimTest("PAT-023", "replace of emails without a filter replaces all values", Areas.Patch, Severity.High, "R7644-3.5.2.3-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "PATCH replace on a multi-valued attribute without a filter discards the stored values and keeps only the given ones.")]
    public async Task Replace_replaces_all()
    {
        var (id, before) = await NewUserAsync();
        var request = Replace("emails", new JsonArray(Email(Run.Prefix + "only@example.net", "work", primary: true)));
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, request, "R7644-3.5.2.3-02", "replace emails");
    }

    [Test]
    [ScimTest("PAT-024", "remove of emails without a filter unassigns the attribute", Areas.Patch, Severity.Medium, "R7644-3.5.2.2-02", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "PATCH remove on a multi-valued attribute without a filter removes all of its values.")]
    public async Task Remove_all_values()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Remove("emails"), "R7644-3.5.2.2-02", "remove emails");
    }

    [Test]
    [ScimTest("PAT-025", "remove emails[type eq \"work\"] removes only the matching value", Areas.Patch, Severity.High,
        "R7644-3.5.2.2-04", "R7644-3.5.2.2-03", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "Evaluate the value filter of a remove path on each value and delete only the values it selects.")]
    public async Task Filtered_remove_removes_matches_only()
    {
        var (id, before) = await NewUserAsync();
        RequireEmailTypes(before, "work", "home");
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Remove("emails[type eq \"work\"]"), "R7644-3.5.2.2-04", "remove the work email");
    }

    [Test]
    [ScimTest("PAT-026", "replace emails[type eq \"work\"].value changes only the matching value", Areas.Patch, Severity.High,
        "R7644-3.5.2.3-05", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "Apply a replace on valuePath.subAttr to the named sub-attribute of each value the filter selects, and to nothing else.")]
    public async Task Filtered_sub_attribute_replace()
    {
        var (id, before) = await NewUserAsync();
        RequireEmailTypes(before, "work", "home");
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Replace("emails[type eq \"work\"].value", Run.Prefix + "moved@example.net"),
            "R7644-3.5.2.3-05", "replace the work email's value");
    }

    [Test]
    [ScimTest("PAT-027", "replace emails[type eq \"home\"] with an object replaces only the matching value", Areas.Patch, Severity.Medium,
        "R7644-3.5.2.3-05", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "Apply a replace on a valuePath without sub-attribute to each value the filter selects.")]
    public async Task Filtered_value_replace()
    {
        var (id, before) = await NewUserAsync();
        RequireEmailTypes(before, "work", "home");
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before,
            Replace("emails[type eq \"home\"]", new JsonObject { ["value"] = Run.Prefix + "home2@example.net", ["type"] = "home" }),
            "R7644-3.5.2.3-05", "replace the home email");
    }

    [Test]
    [ScimTest("PAT-028", "replace through a value filter that matches nothing answers 400 noTarget", Areas.Patch, Severity.Medium,
        "R7644-3.5.2.3-06", Needs = [Capability.Patch],
        Remediation = "When a replace path's value filter selects no value, answer 400 with scimType noTarget and change nothing.")]
    public async Task Filter_without_match_is_no_target()
    {
        var (id, _) = await NewUserAsync();
        var exchange = await PatchAsync(Endpoints.User(id), Replace("emails[type eq \"scimconfnone\"].value", "x@example.net"));

        Verify.That(exchange.Response.Status == 400 && ScimTypeOf(exchange.Response) == "noTarget", "R7644-3.5.2.3-06",
            $"replace emails[type eq \"scimconfnone\"].value on a user without such an email answered {Describe(exchange.Response)} " +
            $"({Excerpt(exchange.Response.Body)}); expected 400 with scimType noTarget.");
    }

    [Test]
    [ScimTest("PAT-029", "add of an email with primary true clears primary on the others", Areas.Patch, Severity.Medium,
        "R7644-3.5.2-07", "R7643-2.4-02", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "When a PATCH sets primary=true on one value, set primary=false (or remove it) on every other value of the attribute.")]
    public async Task Added_primary_is_unique()
    {
        var (id, _) = await NewUserAsync();
        var exchange = await PatchAsync(Endpoints.User(id), Add("emails", new JsonArray(Email(Run.Prefix + "new-primary@example.net", "other", primary: true))));
        var after = Accepted(exchange, "add a primary email");
        VerifySinglePrimary(after, Run.Prefix + "new-primary@example.net");
    }

    [Test]
    [ScimTest("PAT-030", "replace emails[type eq \"home\"].primary true moves primary to that value", Areas.Patch, Severity.Medium,
        "R7644-3.5.2-07", "R7643-2.4-02", "R7644-3.5.2-10", Needs = [Capability.Patch],
        Remediation = "Setting primary=true through a value-filtered path clears primary on the other values.")]
    public async Task Filtered_primary_is_unique()
    {
        var (id, before) = await NewUserAsync();
        RequireEmailTypes(before, "work", "home");
        var home = Emails(before).First(e => e.Text("type") == "home").Text("value")!;
        var after = Accepted(await PatchAsync(Endpoints.User(id), Replace("emails[type eq \"home\"].primary", true)), "make the home email primary");
        VerifySinglePrimary(after, home);
    }

    private static void VerifySinglePrimary(JsonObject user, string expectedPrimary)
    {
        var primaries = Emails(user).Where(e => e.At("primary") is JsonValue v && v.GetValueKind() == JsonValueKind.True).ToArray();
        Verify.That(primaries.Length == 1 && string.Equals(primaries[0].Text("value"), expectedPrimary, StringComparison.OrdinalIgnoreCase), "R7644-3.5.2-07",
            () => $"after setting primary on {expectedPrimary}, expected exactly that email to be primary; emails are {user.At("emails").Show()}.");
    }

    private static void RequireEmailTypes(JsonObject user, params string[] types) =>
        Verify.Precondition(types.All(t => Emails(user).Count(e => e.Text("type") == t) == 1),
            $"the created user does not hold exactly one email of each type {string.Join(", ", types)} ({user.At("emails").Show()}).");
}
