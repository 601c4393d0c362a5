using NUnit.Framework;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Tests.Core.Discovery;

/// <summary>The URL conventions DSC-072 (plural endpoints) and DSC-074 (version segment) apply.</summary>
[TestFixture]
public sealed class UrlConventionsTests
{
    [TestCase("/Devices", "Device", true)]
    [TestCase("devices/", "Device", true)]
    [TestCase("/Device", "Device", false)]
    [TestCase("/Hardware", "Device", false)]
    public void The_plural_is_the_name_with_a_trailing_s(string endpoint, string name, bool plural) =>
        Assert.That(UrlConventions.IsPluralOf(endpoint, name), Is.EqualTo(plural));

    [Test]
    public void User_and_Group_are_left_to_RFC_7643()
    {
        Assert.That(UrlConventions.SuggestedEndpoint("User"), Is.Null);
        Assert.That(UrlConventions.SuggestedEndpoint("group"), Is.Null);
        Assert.That(UrlConventions.SuggestedEndpoint("Device"), Is.EqualTo("/Devices"));
    }

    [TestCase("https://example.com/scim")]
    [TestCase("https://example.com/scim/v2")]
    [TestCase("https://example.com/scim/v2/")]
    [TestCase("https://example.com/v2.1")]
    public void Unversioned_or_well_placed_bases_keep_the_rule(string baseUrl) =>
        Assert.That(UrlConventions.VersionProblem(new Uri(baseUrl)), Is.Null);

    [TestCase("https://example.com/scim/version2", "not 'v' followed")]
    [TestCase("https://example.com/scim/V2", "not 'v' followed")]
    [TestCase("https://example.com/v2/scim", "does not sit directly before")]
    [TestCase("https://example.com/api-v2/tenant/7", "not 'v' followed")]
    public void Misspelt_or_misplaced_versions_break_it(string baseUrl, string problem) =>
        Assert.That(UrlConventions.VersionProblem(new Uri(baseUrl)), Does.Contain(problem));

    [Test]
    public void Only_version_like_segments_count() =>
        Assert.That(UrlConventions.VersionSegments(new Uri("https://example.com/scim/vault/v2")).Select(s => s.Segment), Is.EqualTo(new[] { "v2" }));
}
