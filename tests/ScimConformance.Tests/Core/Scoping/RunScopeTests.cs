using NUnit.Framework;
using ScimConformance.Core.Scoping;

namespace ScimConformance.Tests.Core.Scoping;

public sealed class RunScopeTests
{
    private static readonly RunScope StartsWith = new(ScopeConstruct.StartsWith, [], "sw works");
    private static readonly RunScope EqualsAny = new(ScopeConstruct.EqualsAny, [], "sw refused");
    private static readonly RunScope None = new(ScopeConstruct.None, [], "nothing narrows");

    [Test]
    public void Each_construct_selects_the_run_resources_its_own_way()
    {
        string[] names = ["p-a", "p-\"b"];
        Assert.Multiple(() =>
        {
            Assert.That(StartsWith.Select("userName", "p-", names), Is.EqualTo("userName sw \"p-\""));
            Assert.That(EqualsAny.Select("userName", "p-", names), Is.EqualTo("userName eq \"p-a\" or userName eq \"p-\\\"b\""));
            Assert.That(EqualsAny.Select("userName", "p-", []), Is.Null, "eq needs the names it looks for");
            Assert.That(None.Select("userName", "p-", names), Is.Null);
        });
    }

    [Test]
    public void Many_names_are_split_over_filters_of_bounded_length()
    {
        var names = Enumerable.Range(1, 45).Select(i => $"p-{i}").ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(StartsWith.SelectAll("userName", "p-", names), Is.EqualTo(new[] { "userName sw \"p-\"" }));
            var filters = EqualsAny.SelectAll("userName", "p-", names);
            Assert.That(filters, Has.Count.EqualTo(3));
            Assert.That(filters.Sum(f => f.Split(" or ").Length), Is.EqualTo(45));
            Assert.That(None.SelectAll("userName", "p-", names), Is.Empty);
        });
    }

    [TestCase("userName sw \"p-\"", "title pr", "userName sw \"p-\" and title pr")]
    [TestCase("userName sw \"p-\"", "title pr or active eq true", "userName sw \"p-\" and (title pr or active eq true)")]
    [TestCase("userName eq \"a\" or userName eq \"b\"", "not (title pr)", "(userName eq \"a\" or userName eq \"b\") and not (title pr)")]
    [TestCase("userName sw \"p-\"", "(a eq 1", "userName sw \"p-\" and ((a eq 1)")]
    public void Within_adds_only_the_parentheses_precedence_needs(string scope, string filter, string expected) =>
        Assert.That(RunScope.Within(scope, filter), Is.EqualTo(expected));
}
