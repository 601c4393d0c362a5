using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Reporting;
using ScimConformance.Runner.Selection;

namespace ScimConformance.Tests.Catalog;

/// <summary>
/// CheckInfo is the one shape of a check's declaration: what a check declares is what NUnit carries, what the
/// runner reads back, and what `scimconf list --json` and results.json show, member for member.
/// </summary>
[TestFixture]
public sealed class CheckInfoTests
{
    /// <summary>The members of `list --json` in the order they had before CheckInfo, then the ones it added.</summary>
    private static readonly string[] ListedMembers =
        ["id", "title", "area", "severity", "requirements", "needs", "remediation", "cwe", "fullName", "provider", "step", "confidence", "mutates"];

    private static readonly Assembly Suites = typeof(Suites.RunSetUp).Assembly;

    [Test]
    public void Every_built_in_check_reads_back_as_it_was_declared()
    {
        var declared = BuiltInChecks.All.Select(c => c.Meta.Check).ToDictionary(c => c.Id);
        // Replays and the attribute cases are generated, not declared by a [ScimTest].
        var read = NUnitSession.Explore([Suites], TestSelection.All)
            .Where(c => c.Provider is null && !c.Id.StartsWith(ScimConformance.Suites.Fidelity.AttributeCaseIds.Prefix, StringComparison.Ordinal)).ToArray();

        Assert.That(read.Select(c => c.Id), Is.EquivalentTo(declared.Keys), "every declared check is listed, and only those");
        var different = read.Where(c => Json(c with { FullName = null }) != Json(declared[c.Id])).Select(c => c.Id);
        Assert.That(different, Is.Empty, "checks whose listed metadata differs from their [ScimTest]");
    }

    [Test]
    public void List_json_keeps_its_members_and_their_order()
    {
        var listed = NUnitSession.Explore([Suites], TestSelection.All);
        var node = JsonNode.Parse(JsonSerializer.Serialize(listed, ReportJson.Options))!.AsArray();
        Assert.That(node.Select(c => string.Join(",", c!.AsObject().Select(p => p.Key))).Distinct(), Is.EqualTo(new[] { string.Join(",", ListedMembers) }));
    }

    [Test]
    public void A_profile_replay_declares_through_the_same_record()
    {
        var replay = NUnitSession.Explore([Suites], new TestSelection(["area:Profiles"], null))[0];
        Assert.Multiple(() =>
        {
            Assert.That(replay.Provider, Is.Not.Null.And.Not.Empty);
            Assert.That(replay.Step, Is.Not.Null.And.Not.Empty);
            Assert.That(replay.Confidence, Is.Not.Null);
            Assert.That(replay.Requirements, Is.Not.Empty);
        });
    }

    [Test]
    public void A_check_that_says_nothing_about_writing_counts_as_mutating_and_a_reader_does_not()
    {
        var checks = NUnitSession.Explore([Suites], TestSelection.All).ToDictionary(c => c.Id);
        Assert.Multiple(() =>
        {
            Assert.That(checks["USR-020"].Mutates, Is.True, "USR-020 deletes and does not say Mutates");
            Assert.That(checks["ERR-007"].Mutates, Is.False, "ERR-007 declares Mutates = false");
            Assert.That(NUnitSession.Explore([Suites], new TestSelection(null, null, readOnly: true)).Select(c => c.Id), Does.Contain("ERR-007").And.Not.Contain("USR-020"));
        });
    }

    private static string Json(CheckInfo check) => JsonSerializer.Serialize(check, ReportJson.Options);
}
