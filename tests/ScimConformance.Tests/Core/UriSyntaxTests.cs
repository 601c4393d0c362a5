using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Tests.Core;

/// <summary>The RFC 3986 reading SCH-010 applies to references a server emits.</summary>
[TestFixture]
public sealed class UriSyntaxTests
{
    private static readonly Uri Base = new("https://scim.example.com/scim/v2/");

    [TestCase("https://scim.example.com/scim/v2/Users/2819c223%2D7f76")]
    [TestCase("/scim/v2/Groups/a;b=c")]
    [TestCase("Users/caf%C3%A9")]
    public void Encoded_references_pass(string uri) => Assert.That(UriSyntax.FirstUnencoded(uri), Is.Null);

    [TestCase("https://scim.example.com/scim/v2/Users/jane doe", ' ')]
    [TestCase("Users/café", 'é')]
    [TestCase("Users/a%2", '%')]
    [TestCase("Users/a%zz", '%')]
    public void Unencoded_characters_are_named(string uri, char culprit) =>
        Assert.That(UriSyntax.FirstUnencoded(uri), Does.Contain($"'{culprit}'"));

    [TestCase("https://scim.example.com/scim/v2/Users/1", "Users/1")]
    [TestCase("Users/1", "Users/1")]
    [TestCase("/scim/v2/Groups/2", "Groups/2")]
    [TestCase("https://other.example.com/scim/v2/Users/1", null)]
    [TestCase("/elsewhere/Users/1", null)]
    public void References_resolve_against_the_root(string reference, string? path) =>
        Assert.That(UriSyntax.PathUnderBase(Base, reference), Is.EqualTo(path));
}
