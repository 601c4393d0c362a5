using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Selection;

namespace ScimConformance.Tests.Runner;

/// <summary>--profile is resolved by the runner from the providers the replay checks declare.</summary>
[TestFixture]
public sealed class ProfileSelectionTests
{
    private static CheckInfo Check(string id, string? provider) =>
        new() { Id = id, Title = id, Area = provider is null ? "Users" : "Profiles", FullName = "Suite." + id, Provider = provider };

    private static readonly CheckInfo[] Checks = [Check("USR-001", null), Check("OKT-001", "okta"), Check("ENT-001", "entra-id"), Check("OKT-002", "okta")];

    [Test]
    public void Names_are_matched_case_insensitively_and_given_back_as_declared() =>
        Assert.That(ProfileSelection.Resolve(" OKTA , Entra-ID", Checks), Is.EqualTo((string[])["entra-id", "okta"]));

    [Test]
    public void An_unknown_name_is_a_configuration_error_that_lists_the_known_ones() =>
        Assert.That(() => ProfileSelection.Resolve("okta,no-such-idp", Checks),
            Throws.TypeOf<ConfigurationException>().With.Message.Contains("'no-such-idp'").And.Message.Contains("Known profiles: entra-id, okta."));

    [Test]
    public void No_name_at_all_is_a_configuration_error() =>
        Assert.That(() => ProfileSelection.Resolve(" , ", Checks), Throws.TypeOf<ConfigurationException>().With.Message.Contains("needs one or more provider names"));
}
