using NUnit.Framework;
using ScimConformance.Runner.Model.Latency;

namespace ScimConformance.Tests.Runner.Latency;

[TestFixture]
public sealed class EndpointTemplateTests
{
    private const string Base = "http://127.0.0.1:5000/scim/v2";

    [TestCase("http://127.0.0.1:5000/scim/v2/Users", "/Users")]
    [TestCase("http://127.0.0.1:5000/scim/v2/Users?filter=userName%20eq%20%22a%22&access_token=x", "/Users")]
    [TestCase("http://127.0.0.1:5000/scim/v2/Users/2819c223-7f76-453a-919d-413861904646", "/Users/{id}")]
    [TestCase("http://127.0.0.1:5000/scim/v2/Groups/abc123?attributes=members", "/Groups/{id}")]
    [TestCase("http://127.0.0.1:5000/scim/v2/Users/.search", "/Users/.search")]
    [TestCase("http://127.0.0.1:5000/scim/v2/.search", "/.search")]
    [TestCase("http://127.0.0.1:5000/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User", "/Schemas/{id}")]
    [TestCase("http://127.0.0.1:5000/scim/v2/ServiceProviderConfig", "/ServiceProviderConfig")]
    [TestCase("http://127.0.0.1:5000/scim/v2", "/")]
    [TestCase("http://127.0.0.1:5000/SCIM/V2/Users/7", "/Users/{id}")]
    public void Ids_are_replaced_and_the_query_is_dropped(string url, string expected) =>
        Assert.That(EndpointTemplate.Of(url, Base), Is.EqualTo(expected));

    [Test]
    public void A_path_outside_the_base_keeps_its_whole_path_with_ids_replaced() =>
        Assert.That(EndpointTemplate.Of("http://127.0.0.1:5000/other/12345/x?q=1", Base), Is.EqualTo("/other/{id}/x"));

    [Test]
    public void A_base_url_with_a_trailing_slash_is_the_same_base() =>
        Assert.That(EndpointTemplate.Of("http://h/scim/Users/1", "http://h/scim/"), Is.EqualTo("/Users/{id}"));

    [Test]
    public void A_base_url_at_the_root_keeps_the_path() =>
        Assert.That(EndpointTemplate.Of("http://h/Users/a1", "http://h"), Is.EqualTo("/Users/{id}"));

    [Test]
    public void Overlong_segments_are_shortened_so_a_hostile_path_cannot_flood_the_report() =>
        Assert.That(EndpointTemplate.Of(Base + "/" + new string('A', 500), Base), Is.EqualTo("/{long}"));

    [Test]
    public void Path_of_drops_query_and_fragment() =>
        Assert.Multiple(() =>
        {
            Assert.That(EndpointTemplate.PathOf("http://h/scim/Users/1?token=secret#x"), Is.EqualTo("/scim/Users/1"));
            Assert.That(EndpointTemplate.PathOf("/Users?filter=x"), Is.EqualTo("/Users"));
        });
}
