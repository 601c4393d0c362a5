using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core;
using ScimConformance.Core.Data;

namespace ScimConformance.Tests.Core.Data;

public sealed class TestDataFactoryTests
{
    private const string Prefix = "scimconf-0123abcd-";

    [Test]
    public void A_user_carries_the_prefix_in_every_name()
    {
        var user = new TestDataFactory(Prefix, 7).User(includeEnterprise: true);
        Assert.That(user["userName"]!.GetValue<string>(), Does.Match("^scimconf-0123abcd-[a-z0-9]+\\.[a-z0-9]+\\.[0-9]+$"));
        Assert.That(user["externalId"]!.GetValue<string>(), Does.StartWith(Prefix));
        Assert.That(user["displayName"]!.GetValue<string>(), Does.StartWith(Prefix));
        Assert.That(user["emails"]!.AsArray().Select(e => e!["value"]!.GetValue<string>()), Is.All.StartWith(Prefix));
        Assert.That(user[ScimUris.EnterpriseUser]!["organization"]!.GetValue<string>(), Does.StartWith(Prefix));
    }

    [Test]
    public void A_user_has_the_full_core_shape()
    {
        var user = new TestDataFactory(Prefix, 7).User(includeEnterprise: true);
        Assert.That(user["schemas"]!.AsArray().Select(s => s!.GetValue<string>()), Is.EqualTo(new[] { ScimUris.User, ScimUris.EnterpriseUser }));
        var name = user["name"]!.AsObject();
        Assert.That(name["formatted"]!.GetValue<string>(), Is.EqualTo($"{name["givenName"]} {name["familyName"]}"));
        var emails = user["emails"]!.AsArray();
        Assert.That(emails.Select(e => e!["type"]!.GetValue<string>()), Is.EqualTo(new[] { "work", "home" }));
        Assert.That(emails[0]!["primary"]!.GetValue<bool>(), Is.True);
        Assert.That(emails[1]!["primary"], Is.Null);
        Assert.That(user["phoneNumbers"]!.AsArray(), Is.Not.Empty);
        Assert.That(user["active"]!.GetValue<bool>(), Is.True);
        Assert.That(user["title"]!.GetValue<string>(), Is.Not.Empty);
        var enterprise = user[ScimUris.EnterpriseUser]!.AsObject();
        Assert.That(new[] { "employeeNumber", "department", "costCenter", "organization" }.Select(k => enterprise[k]?.GetValue<string>()), Has.None.Null.And.None.Empty);
        Assert.That(new TestDataFactory(Prefix, 7).User()[ScimUris.EnterpriseUser], Is.Null);
    }

    [Test]
    public void Passwords_meet_common_policies()
    {
        var factory = new TestDataFactory(Prefix, 3);
        for (var i = 0; i < 50; i++)
        {
            var password = factory.User()["password"]!.GetValue<string>();
            Assert.That(password, Has.Length.GreaterThanOrEqualTo(12)
                .And.Match("[A-Z]").And.Match("[a-z]").And.Match("[0-9]").And.Match("[^A-Za-z0-9]"));
        }
    }

    [Test]
    public void The_same_seed_gives_the_same_data_and_another_seed_does_not()
    {
        string Sequence(int seed)
        {
            var f = new TestDataFactory(Prefix, seed);
            return string.Join("|", f.User(true).ToJsonString(), f.UserName(), f.Group("a", "b").ToJsonString(), f.User().ToJsonString());
        }
        Assert.That(Sequence(4242), Is.EqualTo(Sequence(4242)));
        Assert.That(Sequence(4242), Is.Not.EqualTo(Sequence(4243)));
    }

    [Test]
    public void Names_are_unique_even_from_many_threads()
    {
        var factory = new TestDataFactory(Prefix, 11);
        var names = new ConcurrentBag<string>();
        Parallel.For(0, 2000, i => names.Add(i % 2 == 0 ? factory.UserName() : factory.User()["userName"]!.GetValue<string>()));
        Assert.That(names.Distinct().Count(), Is.EqualTo(2000));
    }

    [Test]
    public void A_group_is_prefixed_and_lists_its_members()
    {
        var group = new TestDataFactory(Prefix, 5).Group("u1", "u2");
        Assert.That(group["schemas"]![0]!.GetValue<string>(), Is.EqualTo(ScimUris.Group));
        Assert.That(group["displayName"]!.GetValue<string>(), Does.StartWith(Prefix));
        Assert.That(group["members"]!.AsArray().Select(m => m!["value"]!.GetValue<string>()), Is.EqualTo(new[] { "u1", "u2" }));
        Assert.That(new TestDataFactory(Prefix, 5).Group()["members"]!.AsArray(), Is.Empty);
    }

    [Test]
    public void A_scope_gets_its_own_repeatable_data_whatever_was_drawn_before()
    {
        var root = new TestDataFactory(Prefix, 4242);
        var fresh = root.ForScope("Suites.Patch.SimpleAttributeTests.Add_nickName").User().ToJsonString();
        root.User();
        root.Token();
        var afterOtherDraws = root.ForScope("Suites.Patch.SimpleAttributeTests.Add_nickName").User().ToJsonString();
        Assert.That(afterOtherDraws, Is.EqualTo(fresh));
        Assert.That(new TestDataFactory(Prefix, 4243).ForScope("Suites.Patch.SimpleAttributeTests.Add_nickName").User().ToJsonString(),
            Is.Not.EqualTo(fresh), "the run seed still decides the data");
    }

    [Test]
    public void Scopes_never_share_a_name_and_keep_the_prefix()
    {
        var root = new TestDataFactory(Prefix, 7);
        var names = Enumerable.Range(0, 300)
            .SelectMany(i =>
            {
                var scoped = root.ForScope("Suites.Some.Fixture.Test_" + i);
                return new[] { scoped.UserName(), scoped.User()["userName"]!.GetValue<string>(), scoped.Group()["displayName"]!.GetValue<string>() };
            })
            .ToArray();
        Assert.That(names.Distinct().Count(), Is.EqualTo(names.Length));
        Assert.That(names, Has.All.StartWith(Prefix));
    }
}
