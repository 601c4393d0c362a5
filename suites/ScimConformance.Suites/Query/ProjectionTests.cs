using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Query;

/// <summary>
/// RFC 7644 §3.4.2.5 and RFC 7643 §7 "returned" on list responses: attributes and excludedAttributes, with
/// always-returned id and schemas, never-returned password and request-only attributes.
/// </summary>
public sealed class ProjectionTests : QueryFixture
{
    private static readonly string Enterprise = ScimUris.EnterpriseUser;

    [Test]
    [ScimTest("QRY-062", "attributes= on a list keeps id and schemas and drops other defaults", Areas.Query, Severity.Medium, "R7644-3.4.2.5-01", "R7643-7-14", "R7643-7-16",
        Needs = [Capability.Filter],
        Remediation = "Return only the named attributes plus those returned always (id, schemas) for each listed resource.")]
    public async Task Attributes_on_list()
    {
        var dataset = await DatasetAsync();
        var resources = await ProjectedAsync(dataset, ("attributes", "userName"));
        var lacking = Where(resources, r => r.Text("id") is null);
        Verify.That(lacking.Length == 0, "R7643-7-14", $"attributes=userName: {lacking.Length} resources lack id ({Sample(resources, lacking)}).");
        // RFC 7644 §3.4.2 itself shows an attributes= result without schemas: a strict reading, so a warning (docs/interpretations.md).
        var schemaless = Where(resources, r => r.Strings("schemas").Count == 0);
        Verify.Should(schemaless.Length == 0, "R7643-7-14",
            $"attributes=userName: {schemaless.Length} resources come without schemas ({Sample(resources, schemaless)}); RFC 7644 §3.4.2 shows this form, but clients that dispatch on schemas need it.");
        var extra = Where(resources, r => r.Has("emails") || r.Has("title") || r.Has("name") || r.Has("active"));
        Verify.That(extra.Length == 0, "R7643-7-16", $"attributes=userName: {IdsText(extra)} still carry emails, title, name or active.");
        Verify.That(resources.All(r => r.Text("userName") is not null), "R7644-3.4.2.5-01", "attributes=userName: some resources lack the requested userName.");
    }

    [Test]
    [ScimTest("QRY-063", "excludedAttributes= on a list drops the named attributes only", Areas.Query, Severity.Medium, "R7644-3.4.2.5-01", "R7643-7-16",
        Needs = [Capability.Filter],
        Remediation = "Leave out the attributes named in excludedAttributes and return the other defaults.")]
    public async Task Excluded_attributes_on_list()
    {
        var dataset = await DatasetAsync();
        var resources = await ProjectedAsync(dataset, ("excludedAttributes", "emails,title"));
        var extra = Where(resources, r => r.Has("emails") || r.Has("title"));
        Verify.That(extra.Length == 0, "R7644-3.4.2.5-01", $"excludedAttributes=emails,title: {IdsText(extra)} still carry emails or title.");
        var lost = Where(resources, r => r.Text("userName") is null || r.Text("id") is null);
        Verify.That(lost.Length == 0, "R7643-7-16", $"excludedAttributes=emails,title: {lost.Length} resources lost userName or id.");
    }

    [Test]
    [ScimTest("QRY-064", "excludedAttributes cannot remove id and schemas", Areas.Query, Severity.Medium, "R7644-3.4.2.5-02", "R7643-7-14", "R7644-3.4.2.5-01",
        Needs = [Capability.Filter],
        Remediation = "Ignore excludedAttributes for attributes returned always, such as id and schemas.")]
    public async Task Excluded_always_returned()
    {
        var dataset = await DatasetAsync();
        var resources = await ProjectedAsync(dataset, ("excludedAttributes", "id,schemas"));
        var lacking = Where(resources, r => r.Text("id") is null || r.Strings("schemas").Count == 0);
        Verify.That(lacking.Length == 0, "R7644-3.4.2.5-02", $"excludedAttributes=id,schemas: {lacking.Length} of {resources.Count} resources lost id or schemas.");
    }

    [Test]
    [ScimTest("QRY-065", "password is never returned, even when attributes names it", Areas.Query, Severity.High, "R7643-7-15", "R7643-7-13",
        Needs = [Capability.Filter],
        Remediation = "Never return returned=never attributes such as password, whatever attributes asks for.")]
    public async Task Password_never_returned()
    {
        var userName = Run.Prefix + "qp-" + Run.Data.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await CreateUserAsync(new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUris.User),
            ["userName"] = userName,
            ["password"] = "Q7!" + Run.Data.Token(32),
        });
        foreach (var query in new (string, string)[][] { [], [("attributes", "userName,password")] })
        {
            var response = await QueryAsync(Endpoints.Users, Filters.Eq("userName", userName), query);
            Verify.Precondition(response.Status == 200 && ResourcesOf(response).Count == 1, $"the filter for {userName} answered {Describe(response)}.");
            Verify.That(!ResourcesOf(response)[0].Has("password"), "R7643-7-15",
                $"the list response{(query.Length > 0 ? " with attributes=userName,password" : "")} carries password.");
        }
    }

    [Test]
    [ScimTest("QRY-066", "returned=request attributes appear only when asked for", Areas.Query, Severity.Low, "R7643-7-17",
        Needs = [Capability.Filter],
        Remediation = "Leave attributes whose returned characteristic is request out of responses unless attributes names them.")]
    public async Task Request_only_attributes()
    {
        var user = Run.Discovery.Schema(ScimUris.User);
        var requestOnly = user?.Attributes.Where(a => a.Returned.Equals("request", StringComparison.OrdinalIgnoreCase)).Select(a => a.Name).ToArray() ?? [];
        if (requestOnly.Length == 0) Assert.Ignore("Skipped: the User schema in /Schemas declares no returned=request attribute.");
        var dataset = await DatasetAsync();
        var resources = await ListedAsync(dataset);
        var shown = Where(resources, r => requestOnly.Any(r.Has));
        Verify.That(shown.Length == 0, "R7643-7-17",
            $"without attributes, {IdsText(shown)} carry returned=request attributes ({string.Join(", ", requestOnly)}).");
    }

    [Test]
    [ScimTest("QRY-067", "attributes= with a sub-attribute keeps only that member", Areas.Query, Severity.Low, "R7644-3.4.2.5-01", "R7643-7-16", "R7643-7-14",
        Needs = [Capability.Filter],
        Remediation = "Apply attributes=name.familyName to the sub-attribute: return name with familyName only.")]
    public async Task Sub_attribute_projection()
    {
        var dataset = await DatasetAsync();
        var resources = await ProjectedAsync(dataset, ("attributes", "name.familyName"));
        var extra = Where(resources, r => r.Object("name") is { } name && name.Any(p => !p.Key.Equals("familyName", StringComparison.OrdinalIgnoreCase)));
        Verify.That(extra.Length == 0, "R7644-3.4.2.5-01", $"attributes=name.familyName: {IdsText(extra)} return other members of name.");
        var lacking = Where(resources, r => r.Text("id") is null);
        Verify.That(lacking.Length == 0, "R7643-7-14", $"attributes=name.familyName: {lacking.Length} resources lack id.");
    }

    [Test]
    [ScimTest("QRY-068", "attributes= with a URN-qualified extension attribute", Areas.Query, Severity.Low, "R7644-3.4.2.5-01", "R7644-3.10-01",
        Needs = [Capability.Filter, Capability.EnterpriseUser],
        Remediation = "Resolve URN-qualified names in attributes: return the extension object with only the named attribute.")]
    public async Task Urn_attribute_projection()
    {
        var dataset = await DatasetAsync();
        var resources = await ProjectedAsync(dataset, ("attributes", $"{Enterprise}:department"));
        var wrong = Where(resources, r => r.Has("emails") || (r.Object(Enterprise) is { } ext && ext.Any(p => !p.Key.Equals("department", StringComparison.OrdinalIgnoreCase))));
        Verify.That(wrong.Length == 0, "R7644-3.4.2.5-01", $"attributes={Enterprise}:department: {IdsText(wrong)} carry emails or other extension attributes.");
        var expected = dataset.Users.Where(u => u.Object(Enterprise).Text("department") is not null).Select(IdOf).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Except(resources.Where(r => r.Object(Enterprise).Text("department") is not null).Select(r => r.Text("id") ?? ""), StringComparer.Ordinal).ToArray();
        // The URN-qualified name left unresolved shows as the named attribute missing (RFC 7644 §3.10).
        Verify.That(missing.Length == 0, "R7644-3.10-01", $"attributes={Enterprise}:department: {IdsText(missing)} lack the department they hold.");
    }

    [Test]
    [ScimTest("QRY-069", "excludedAttributes= with a URN-qualified extension attribute", Areas.Query, Severity.Low, "R7644-3.4.2.5-01",
        Needs = [Capability.Filter, Capability.EnterpriseUser],
        Remediation = "Resolve URN-qualified names in excludedAttributes and leave out only that extension attribute.")]
    public async Task Urn_excluded_projection()
    {
        var dataset = await DatasetAsync();
        var resources = await ProjectedAsync(dataset, ("excludedAttributes", $"{Enterprise}:department"));
        var wrong = Where(resources, r => r.Object(Enterprise).Text("department") is not null);
        Verify.That(wrong.Length == 0, "R7644-3.4.2.5-01", $"excludedAttributes={Enterprise}:department: {IdsText(wrong)} still carry department.");
        var expected = dataset.Users.Where(u => u.Object(Enterprise).Text("employeeNumber") is not null).Select(IdOf).ToHashSet(StringComparer.Ordinal);
        var lost = expected.Except(resources.Where(r => r.Object(Enterprise).Text("employeeNumber") is not null).Select(r => r.Text("id") ?? ""), StringComparer.Ordinal).ToArray();
        Verify.That(lost.Length == 0, "R7644-3.4.2.5-01", $"excludedAttributes={Enterprise}:department: {IdsText(lost)} also lost employeeNumber.");
    }

    /// <summary>The dataset's users as the scoped query returns them, with the projection parameters given.</summary>
    private static async Task<IReadOnlyList<JsonObject>> ProjectedAsync(QueryDataset dataset, params (string Name, string Value)[] projection)
    {
        var response = await QueryDatasetAsync(dataset, projection);
        // The same scoped query without the projection is known to work (the dataset was read through it), so a refusal
        // of a well-formed attributes/excludedAttributes parameter is evidence against §3.4.2.5, not a missing precondition.
        var asked = string.Join("&", projection.Select(e => e.Name + "=" + e.Value));
        Verify.That(response.Status is not (400 or >= 500), "R7644-3.4.2.5-01",
            () => $"the valid projection {asked} answered {Describe(response)} {response.Object.At("detail").Show()}, expected 200 with the projected resources. Request: GET {response.RequestUri}");
        return ResourcesRead(response, asked);
    }

    /// <summary>The dataset's users with their default attributes (no projection, so nothing about §3.4.2.5 is judged).</summary>
    private static async Task<IReadOnlyList<JsonObject>> ListedAsync(QueryDataset dataset) =>
        ResourcesRead(await QueryDatasetAsync(dataset, []), "no projection");

    private static Task<ScimResponse> QueryDatasetAsync(QueryDataset dataset, (string Name, string Value)[] extra)
    {
        var count = ("count", Number(dataset.Users.Count + 1));
        return ListPages.JoinAsync(next => next is { } n
            ? QueryAsync(Endpoints.Users, dataset.Scope, [count, ("startIndex", Number(n)), .. extra])
            : QueryAsync(Endpoints.Users, dataset.Scope, [count, .. extra]));
    }

    private static IReadOnlyList<JsonObject> ResourcesRead(ScimResponse response, string asked)
    {
        Verify.Precondition(response.Status == 200, $"the dataset query with {asked} answered {Describe(response)}.");
        var resources = ResourcesOf(response);
        Verify.Precondition(resources.Count > 0, "the dataset query returned no resources.");
        return resources;
    }

    private static string[] Where(IReadOnlyList<JsonObject> resources, Func<JsonObject, bool> predicate) =>
        resources.Where(predicate).Select(r => r.Text("id") ?? "(no id)").ToArray();

    private static string Sample(IReadOnlyList<JsonObject> resources, string[] ids) =>
        ids.Length == 0 ? "" : resources[0].Show();
}
