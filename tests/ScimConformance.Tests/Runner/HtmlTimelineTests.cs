using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

/// <summary>report.html carries the lifecycle timeline of the leaver checks and renders it as text, in its own section.</summary>
[TestFixture]
public sealed partial class HtmlTimelineTests
{
    [GeneratedRegex(@"<script type=""application/json"" id=""run-data"">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex RunData();

    private static readonly string[] JourneyActions = ["create", "deactivate", "confirm inactive", "delete", "confirm 404"];

    [Test]
    public void The_page_has_a_timeline_section_and_its_renderer()
    {
        var html = new HtmlReporter().Render(TimelineRuns.Leavers());

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<section id=\"timeline\" aria-label=\"Lifecycle timeline\" hidden></section>"));
            Assert.That(html, Does.Contain("function renderTimeline").And.Contain("renderTimeline();"));
            Assert.That(html, Does.Contain("Lifecycle timeline"));
        });
    }

    [Test]
    public void The_embedded_data_holds_every_step_with_a_hostile_note_escaped()
    {
        var html = new HtmlReporter().Render(TimelineRuns.Leavers());
        var raw = RunData().Match(html).Groups[1].Value;
        var data = JsonNode.Parse(raw)!;

        var journey = data["tests"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "DPR-032")!["timeline"]!.AsArray();
        var batch = data["tests"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "DPR-033")!["timeline"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(journey.Select(s => s!["action"]!.GetValue<string>()),
                Is.EqualTo(JourneyActions));
            Assert.That(journey[4]!["note"]!.GetValue<string>(), Is.EqualTo(SampleRuns.HostileBody));
            Assert.That(raw, Does.Not.Contain("<").And.Not.Contain(">"), "markup in a note cannot close the data element");
            Assert.That(batch[2]!["count"]!.GetValue<int>(), Is.EqualTo(100));
            Assert.That(batch[2]!["delayMs"]!.GetValue<double>(), Is.EqualTo(1500));
        });
    }

    [Test]
    public void The_timeline_renderer_inserts_text_only()
    {
        var html = new HtmlReporter().Render(TimelineRuns.Leavers());
        var start = html.IndexOf("function timelineTests", StringComparison.Ordinal);
        var end = html.IndexOf("function renderSummary", StringComparison.Ordinal);

        Assert.That(HtmlTemplate.Scripts, Does.Contain("timeline.js"));
        Assert.That(start, Is.GreaterThan(0));
        var timelineCode = html[start..(end > start ? end : html.Length)];
        Assert.That(timelineCode, Does.Not.Contain("innerHTML").And.Not.Contain("insertAdjacentHTML").And.Not.Contain("document.write"));
    }
}
