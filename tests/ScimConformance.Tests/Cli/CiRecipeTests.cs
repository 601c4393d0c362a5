using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ScimConformance.Tests.Cli;

/// <summary>
/// The CI recipes of docs/ci.md and the GitHub action they use stay true to each other: every recipe installs the tool,
/// keeps the baseline in the vendor's repository, publishes junit.xml and the SARIF, and prints a summary on exit 2 or 3;
/// the action's publishing steps run whatever the exit code, and every input a recipe passes exists.
/// (The action's run step itself is executed in EndToEnd.DistributionTests.)
/// </summary>
[TestFixture]
public sealed partial class CiRecipeTests
{
    private static string Root => RepositoryRoot.Find();
    private static string Recipes => File.ReadAllText(Path.Combine(Root, "docs", "ci.md"));
    private static string Action => File.ReadAllText(Path.Combine(Root, ".github", "actions", "scimconf", "action.yml"));

    private static string Section(string heading)
    {
        var text = Recipes;
        var start = text.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading);
        var end = text.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    [TestCase("GitHub Actions", "upload-sarif@v3", "action-junit-report", "security-events: write")]
    [TestCase("GitLab CI", "results.sarif", "junit: reports/junit.xml", "when: always")]
    [TestCase("Azure Pipelines", "CodeAnalysisLogs", "PublishTestResults@2", "condition: always()")]
    public void Each_recipe_installs_the_tool_keeps_the_baseline_in_the_repository_and_publishes_every_report(string recipe, string sarif, string junit, string always)
    {
        var text = Section(recipe);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("dotnet tool install --tool-path").Or.Contain(".github/actions/scimconf@"), "installs the packaged tool");
            Assert.That(text, Does.Contain("--baseline ci/scimconf-baseline.json"), "the baseline lives in the vendor's repository");
            Assert.That(text, Does.Contain(sarif));
            Assert.That(text, Does.Contain(junit));
            Assert.That(text, Does.Contain(always));
            Assert.That(text, Does.Not.Contain("dotnet run --project"), "recipes work in a vendor's repository, not only in this one");
        });
    }

    [TestCase("GitLab CI")]
    [TestCase("Azure Pipelines")]
    [TestCase("GitHub Actions")]
    public void Each_recipe_prints_a_summary_when_the_run_exits_2_or_3(string recipe) =>
        Assert.That(Section(recipe), Does.Contain("\"$code\" != 2 ] && [ \"$code\" != 3 ]").Or.Contain(".github/actions/scimconf@"));

    [Test]
    public void The_actions_publishing_steps_run_whatever_the_exit_code_and_its_last_step_gates()
    {
        var action = Action;
        Assert.Multiple(() =>
        {
            Assert.That(action, Does.Contain("- if: always() && inputs.upload-sarif == 'true'"));
            Assert.That(action, Does.Contain("- if: always()\n      uses: actions/upload-artifact@v4"));
            Assert.That(action, Does.Contain("exit \"${CODE:-2}\""));
            Assert.That(action, Does.Contain("run: bash \"$GITHUB_ACTION_PATH/run.sh\""));
        });
    }

    [Test]
    public void Every_input_a_recipe_gives_the_action_is_one_it_declares()
    {
        var declared = InputName().Matches(Action[..Action.IndexOf("outputs:", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).ToHashSet();
        var given = ActionUse().Matches(Recipes).SelectMany(m => GivenInput().Matches(m.Groups[1].Value)).Select(m => m.Groups[1].Value).ToArray();
        Assert.That(given, Is.Not.Empty);
        Assert.That(given.Where(g => !declared.Contains(g)), Is.Empty);
    }

    [GeneratedRegex(@"^  ([a-z-]+):$", RegexOptions.Multiline)]
    private static partial Regex InputName();

    // A use of the action and its "with:" block, up to the next step.
    [GeneratedRegex(@"\.github/actions/scimconf@\S+[^\n]*\n((?:(?!\n      - ).)*)", RegexOptions.Singleline)]
    private static partial Regex ActionUse();

    [GeneratedRegex(@"^          ([a-z-]+):", RegexOptions.Multiline)]
    private static partial Regex GivenInput();
}
