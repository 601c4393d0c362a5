using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7643 §5 and RFC 7644 §4: /ServiceProviderConfig and each member it must carry.</summary>
public sealed class ServiceProviderConfigTests : DiscoveryFixture
{
    private static readonly string[] SchemeMembers = ["type", "name", "description"];

    [Test]
    [ScimTest("DSC-001", "ServiceProviderConfig answers 200 with the ServiceProviderConfig schema", Areas.Discovery, Severity.High, "R7644-4-01",
        Mutates = false,
        Remediation = "Serve GET /ServiceProviderConfig with 200 and a JSON object whose schemas holds urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig.")]
    public async Task ServiceProviderConfig_is_served_with_its_schema()
    {
        var response = await GetAsync(ServiceProviderConfigPath);

        Verify.That(response.Status == 200 && response.Object is not null, "R7644-4-01",
            $"GET /ServiceProviderConfig: expected 200 with a JSON object, got {Describe(response)}.");
        var schemas = response.Object.Strings("schemas");
        Verify.That(schemas.Contains(ScimUris.ServiceProviderConfig), "R7644-4-01",
            $"schemas: expected to contain {ScimUris.ServiceProviderConfig}, got {response.Object.Attr("schemas").Show()}.");
    }

    [Test]
    [ScimTest("DSC-002", "ServiceProviderConfig states patch.supported as a boolean", Areas.Discovery, Severity.Medium, "R7643-5-01",
        Mutates = false,
        Remediation = "Add \"patch\": {\"supported\": true|false} to /ServiceProviderConfig.")]
    public Task Patch_feature_is_stated() => CheckSupportedFlagAsync("patch", "R7643-5-01");

    [Test]
    [ScimTest("DSC-073", "ServiceProviderConfig offers PATCH for partial updates", Areas.Discovery, Severity.Low, "R7644-3.5-02",
        Mutates = false,
        Remediation = "Implement PATCH (RFC 7644 §3.5.2) and advertise it with \"patch\": {\"supported\": true}; clients otherwise resend whole resources with PUT.")]
    public async Task Patch_is_offered()
    {
        var config = await ReadDocumentAsync(ServiceProviderConfigPath);
        var supported = (config.Attr("patch") as JsonObject).Attr("supported");
        // A patch member that is missing or not a boolean is DSC-002's failure; this check judges only a stated false.
        if (!supported.IsBoolean()) Assert.Ignore($"Skipped: patch.supported is {supported.Show()}, which DSC-002 judges.");

        Verify.That(supported!.GetValue<bool>(), "R7644-3.5-02",
            $"GET /{ServiceProviderConfigPath}: patch.supported is false, so clients must replace whole resources to change one attribute.");
    }

    [Test]
    [ScimTest("DSC-003", "ServiceProviderConfig states bulk support and its integer limits", Areas.Discovery, Severity.Medium, "R7643-5-02",
        Mutates = false,
        Remediation = "Add \"bulk\": {\"supported\": bool, \"maxOperations\": int, \"maxPayloadSize\": int} to /ServiceProviderConfig.")]
    public async Task Bulk_feature_is_stated_with_limits()
    {
        var bulk = await CheckSupportedFlagAsync("bulk", "R7643-5-02");
        foreach (var limit in new[] { "maxOperations", "maxPayloadSize" })
            Verify.That(bulk.Attr(limit).IsInteger(), "R7643-5-02",
                $"bulk.{limit}: expected an integer, got {bulk.Attr(limit).Show()}.");
    }

    [Test]
    [ScimTest("DSC-004", "ServiceProviderConfig states filter support and an integer maxResults", Areas.Discovery, Severity.Medium, "R7643-5-03",
        Mutates = false,
        Remediation = "Add \"filter\": {\"supported\": bool, \"maxResults\": int} to /ServiceProviderConfig.")]
    public async Task Filter_feature_is_stated_with_max_results()
    {
        var filter = await CheckSupportedFlagAsync("filter", "R7643-5-03");
        Verify.That(filter.Attr("maxResults").IsInteger(), "R7643-5-03",
            $"filter.maxResults: expected an integer, got {filter.Attr("maxResults").Show()}.");
    }

    [Test]
    [ScimTest("DSC-005", "ServiceProviderConfig states changePassword.supported as a boolean", Areas.Discovery, Severity.Low, "R7643-5-04",
        Mutates = false,
        Remediation = "Add \"changePassword\": {\"supported\": true|false} to /ServiceProviderConfig.")]
    public Task ChangePassword_feature_is_stated() => CheckSupportedFlagAsync("changePassword", "R7643-5-04");

    [Test]
    [ScimTest("DSC-006", "ServiceProviderConfig states sort.supported as a boolean", Areas.Discovery, Severity.Low, "R7643-5-05",
        Mutates = false,
        Remediation = "Add \"sort\": {\"supported\": true|false} to /ServiceProviderConfig.")]
    public Task Sort_feature_is_stated() => CheckSupportedFlagAsync("sort", "R7643-5-05");

    [Test]
    [ScimTest("DSC-007", "ServiceProviderConfig states etag.supported as a boolean", Areas.Discovery, Severity.Low, "R7643-5-06",
        Mutates = false,
        Remediation = "Add \"etag\": {\"supported\": true|false} to /ServiceProviderConfig.")]
    public Task ETag_feature_is_stated() => CheckSupportedFlagAsync("etag", "R7643-5-06");

    [Test]
    [ScimTest("DSC-008", "ServiceProviderConfig lists authenticationSchemes with type, name and description", Areas.Discovery, Severity.Medium, "R7643-5-07",
        Mutates = false,
        Remediation = "List each supported scheme in authenticationSchemes as {\"type\": \"oauthbearertoken\", \"name\": ..., \"description\": ...}.")]
    public async Task Authentication_schemes_are_listed_completely()
    {
        var config = await ReadDocumentAsync(ServiceProviderConfigPath);
        var schemes = config.Array("authenticationSchemes");

        Verify.That(schemes is { Count: > 0 }, "R7643-5-07",
            $"authenticationSchemes: expected a non-empty array, got {config.Attr("authenticationSchemes").Show()}.");
        foreach (var scheme in schemes!)
        {
            var missing = SchemeMembers.Where(m => !(scheme as JsonObject).Attr(m).IsString()).ToArray();
            Verify.That(missing.Length == 0, "R7643-5-07",
                $"authenticationSchemes entry {scheme.Show()}: expected string members type, name and description; missing or not strings: {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Checks that the feature object exists with a boolean supported, and returns it for further checks.</summary>
    private static async Task<JsonObject> CheckSupportedFlagAsync(string feature, string requirement)
    {
        var config = await ReadDocumentAsync(ServiceProviderConfigPath);
        var member = config.Attr(feature) as JsonObject;
        Verify.That(member is not null, requirement,
            $"{feature}: expected a complex member, got {config.Attr(feature).Show()}.");
        Verify.That(member.Attr("supported").IsBoolean(), requirement,
            $"{feature}.supported: expected a JSON boolean, got {member.Attr("supported").Show()}.");
        return member!;
    }
}
