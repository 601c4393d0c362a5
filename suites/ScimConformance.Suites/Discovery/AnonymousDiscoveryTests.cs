using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Discovery;

/// <summary>RFC 7643 §5: a client learns how to authenticate from authenticationSchemes, so it should read them before it has credentials.</summary>
public sealed class AnonymousDiscoveryTests : DiscoveryFixture
{
    [Test]
    [ScimTest("DSC-026", "ServiceProviderConfig and its authenticationSchemes are readable without credentials", Areas.Discovery, Severity.Info, "R7643-5-08",
        Mutates = false,
        Remediation = "Serve GET /ServiceProviderConfig without authentication, so a client can read authenticationSchemes before it holds a credential.")]
    public async Task Authentication_schemes_are_readable_anonymously()
    {
        var response = await Client.SendAsync(new ScimRequest(HttpMethod.Get, ServiceProviderConfigPath) { Authenticate = false });

        // A SHOULD (R7643-5-08): an endpoint that asks for credentials here warns, it does not fail.
        Verify.That(response.Status == 200 && response.Object.Array("authenticationSchemes") is not null, "R7643-5-08",
            $"GET /{ServiceProviderConfigPath} without credentials: expected 200 with authenticationSchemes, got {Describe(response)}.");
    }
}
