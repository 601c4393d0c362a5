using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed partial class HtmlReporterTests
{
    [GeneratedRegex(@"<script type=""application/json"" id=""run-data"">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex RunData();

    [GeneratedRegex(@"\b(?:src|href|action|srcset|poster|data)\s*=\s*[""']?\s*(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    private static string Render(int bigBody = 0) => new HtmlReporter().Render(SampleRuns.Hostile(bigBody));

    [Test]
    public void Report_is_one_file_that_loads_nothing_from_outside()
    {
        var html = Render();
        Assert.Multiple(() =>
        {
            Assert.That(ExternalReference().Matches(html).Select(m => m.Value), Is.Empty);
            Assert.That(html, Does.Not.Contain("<link"));
            Assert.That(html, Does.Not.Contain("@import"));
            Assert.That(Regex.Matches(html, "<script[^>]*\\ssrc=", RegexOptions.IgnoreCase), Is.Empty);
            Assert.That(html, Does.Contain("<style>").And.Contain("function renderSummary"), "template css and js are inlined");
            Assert.That(html, Does.Not.Contain("{{"), "every template slot is filled");
        });
    }

    [Test]
    public void A_hostile_body_cannot_close_the_data_script()
    {
        var html = Render();
        // Only the two script elements of the template end in the page: the data and the renderer.
        Assert.That(Regex.Matches(html, "</script", RegexOptions.IgnoreCase), Has.Count.EqualTo(2));
        Assert.That(Regex.Matches(html, "<script", RegexOptions.IgnoreCase), Has.Count.EqualTo(2));
        var data = RunData().Match(html).Groups[1].Value;
        Assert.Multiple(() =>
        {
            Assert.That(data, Does.Contain("\\u003c/script\\u003e"));
            Assert.That(data, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&"));
            Assert.That(data, Does.Not.Contain("\u2028"));
            Assert.That(data, Does.Contain("\\u2028"));
        });
    }

    [Test]
    public void Embedded_data_parses_back_to_the_exact_model_text()
    {
        var data = JsonNode.Parse(RunData().Match(Render()).Groups[1].Value)!;
        var failing = data["tests"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "USR-002")!;
        Assert.Multiple(() =>
        {
            Assert.That(failing["exchanges"]![0]!["responseBody"]!.GetValue<string>(), Is.EqualTo(SampleRuns.HostileBody));
            Assert.That(failing["outcome"]!.GetValue<string>(), Is.EqualTo("fail"));
            Assert.That(failing["severity"]!.GetValue<string>(), Is.EqualTo("high"));
            Assert.That(data["runId"]!.GetValue<string>(), Is.EqualTo("run0001"));
            Assert.That(data["seed"]!.GetValue<int>(), Is.EqualTo(4242));
        });
    }

    [Test]
    public void The_renderer_never_parses_data_as_html()
    {
        var html = Render();
        Assert.That(html, Does.Not.Contain("innerHTML").And.Not.Contain("outerHTML").And.Not.Contain("insertAdjacentHTML").And.Not.Contain("document.write"));
        Assert.That(html, Does.Contain("textContent"));
    }

    [Test]
    public void Bodies_over_64_KB_are_cut_with_a_note_for_the_page()
    {
        var data = JsonNode.Parse(RunData().Match(Render(bigBody: 100_000)).Groups[1].Value)!;
        var exchange = data["tests"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "USR-002")!["exchanges"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(exchange["responseBody"]!.GetValue<string>(), Has.Length.EqualTo(HtmlReporter.MaxBodyChars));
            Assert.That(exchange["responseBodyCut"]!.GetValue<int>(), Is.EqualTo(100_000));
            Assert.That(exchange["requestBodyCut"], Is.Null, "a short body is left whole");
        });
    }

    private static readonly string[] NotPassing = ["USR-002", "USR-003", "GRP-002"];

    [Test]
    public void The_page_carries_the_exchanges_a_passing_check_kept_whole_and_counts_the_rest()
    {
        var run = SampleRuns.Hostile();
        var many = Enumerable.Repeat(run.Tests[0].Exchanges[0], 20).ToArray();
        run = run with { Tests = [.. run.Tests.Select(t => t with { Exchanges = many })] };
        var data = JsonNode.Parse(RunData().Match(new HtmlReporter().Render(run)).Groups[1].Value)!;
        var byId = data["tests"]!.AsArray().ToDictionary(t => t!["id"]!.GetValue<string>(), t => t!);
        Assert.Multiple(() =>
        {
            Assert.That(byId["USR-001"]!["exchanges"]!.AsArray(), Has.Count.EqualTo(EvidenceBudget.PageExchanges), "a pass");
            Assert.That(byId["USR-001"]!["exchangesOmitted"]!.GetValue<int>(), Is.EqualTo(20 - EvidenceBudget.PageExchanges));
            Assert.That(byId["GRP-001"]!["exchangesOmitted"]!.GetValue<int>(), Is.EqualTo(20 - EvidenceBudget.PageExchanges), "a skip");
            foreach (var id in NotPassing)
            {
                Assert.That(byId[id]!["exchanges"]!.AsArray(), Has.Count.EqualTo(20), id + " did not pass: all its evidence is shown");
                Assert.That(byId[id]!["exchangesOmitted"], Is.Null, id);
            }
            Assert.That(data["latency"]!["requests"]!.GetValue<int>(), Is.EqualTo(100), "latency counts every request of the run");
            Assert.That(JsonNode.Parse(new JsonReporter().Render(run))!["tests"]![0]!["exchanges"]!.AsArray(), Has.Count.EqualTo(20), "results.json keeps them all");
        });
    }

    [Test]
    public void Template_has_search_filters_and_stable_anchors()
    {
        var html = Render();
        Assert.That(html, Does.Contain("type = 'search'").And.Contain("'test-' +").And.Contain("hashchange"));
    }
}
