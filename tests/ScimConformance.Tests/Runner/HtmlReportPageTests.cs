using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Core.Catalog;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

/// <summary>The report page's Content-Security-Policy and the catalogue it carries for the coverage matrix.</summary>
[TestFixture]
public sealed partial class HtmlReportPageTests
{
    [GeneratedRegex(@"<meta http-equiv=""Content-Security-Policy"" content=""([^""]*)"">")]
    private static partial Regex Policy();

    [GeneratedRegex(@"<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyle();

    [GeneratedRegex(@"<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<script type=""application/json"" id=""run-data"">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex RunData();

    private static readonly string Html = new HtmlReporter().Render(SampleRuns.Hostile());

    private static string Hash(string inline) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline))) + "'";

    [Test]
    public void Policy_forbids_the_network_and_pins_the_inline_style_and_script_by_hash()
    {
        var policy = Policy().Match(Html).Groups[1].Value;
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(directives, Does.Contain("default-src 'none'"));
            Assert.That(directives, Does.Contain("img-src data:"));
            Assert.That(directives, Does.Contain("connect-src 'none'"));
            Assert.That(directives, Does.Contain("script-src " + Hash(InlineScript().Match(Html).Groups[1].Value)));
            Assert.That(directives, Does.Contain("style-src " + Hash(InlineStyle().Match(Html).Groups[1].Value)));
            Assert.That(policy, Does.Not.Contain("unsafe"));
        });
    }

    [Test]
    public void Page_carries_every_catalogue_requirement_with_its_summary()
    {
        var data = JsonNode.Parse(RunData().Match(Html).Groups[1].Value)!;
        var rows = data["catalogue"]!.AsArray();
        var catalogue = RequirementCatalog.Default;
        var first = catalogue.Get("R7644-3.3-01");
        var row = rows.Single(r => r!["id"]!.GetValue<string>() == first.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r!["id"]!.GetValue<string>()), Is.EquivalentTo(catalogue.All.Select(r => r.Id)));
            Assert.That(row["summary"]!.GetValue<string>(), Is.EqualTo(first.Summary));
            Assert.That(row["source"]!.GetValue<string>(), Is.EqualTo("RFC 7644"));
            Assert.That(row["level"]!.GetValue<string>(), Is.EqualTo(first.Level));
        });
    }

    [Test]
    public void Print_styles_expand_details_and_hide_the_filters()
    {
        var style = InlineStyle().Match(Html).Groups[1].Value;
        var print = style[style.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.That(print, Does.Contain("#controls").And.Contain("display: none").And.Contain("::details-content"));
        Assert.That(Html, Does.Contain("beforeprint"), "the script opens every detail before printing");
    }
}
