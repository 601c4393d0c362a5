using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Model.Latency;
using ScimConformance.Runner.Reporting;

// Expected values read best inline in assertions.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner.Latency;

[TestFixture]
public sealed class LatencySummaryTests
{
    private const string Base = "http://127.0.0.1:5000/scim/v2";

    private static Exchange X(string method, string path, double ms, int? status = 200) => new()
    {
        Method = method,
        Url = Base + path,
        RequestHeaders = [],
        Status = status,
        Duration = TimeSpan.FromMilliseconds(ms),
    };

    private static TestOutcome Check(string id, params Exchange[] exchanges) => new()
    {
        Check = new CheckInfo
        {
            Id = id,
            Title = id,
            Area = "Users",
            FullName = "Sample." + id,
        },
        Outcome = Outcome.Pass,
        Exchanges = exchanges,
    };

    private static RunResult Run(params TestOutcome[] tests) => new()
    {
        HarnessVersion = "9.9.9",
        RunId = "run0001",
        Target = new TargetInfo(Base, "bearer"),
        Tests = tests,
        Counts = OutcomeCounts.Of(tests),
    };

    [Test]
    public void Requests_are_grouped_by_method_and_template_with_nearest_rank_percentiles()
    {
        var gets = Enumerable.Range(1, 20).Select(i => X("GET", "/Users/id-" + i + "?attributes=userName", i)).ToArray();
        var run = Run(
            Check("USR-001", gets[..10]),
            Check("USR-002", [.. gets[10..], X("POST", "/Users", 300, 201), X("DELETE", "/Users/x", 5, null)]));
        var latency = run.Latency;
        var get = latency.Endpoints.Single(e => e.Method == "GET");
        Assert.Multiple(() =>
        {
            Assert.That(latency.Requests, Is.EqualTo(22));
            Assert.That(latency.Endpoints.Select(e => e.Method + " " + e.Endpoint), Is.EqualTo(new[] { "POST /Users", "DELETE /Users/{id}", "GET /Users/{id}" }));
            Assert.That(get.Count, Is.EqualTo(20));
            Assert.That((get.P50Ms, get.P95Ms, get.P99Ms, get.MaxMs), Is.EqualTo((10d, 19d, 20d, 20d)));
            Assert.That(latency.Endpoints.Single(e => e.Method == "DELETE").NoResponse, Is.EqualTo(1));
        });
    }

    [Test]
    public void The_slowest_ten_are_listed_slowest_first_with_their_check_and_no_query()
    {
        var exchanges = Enumerable.Range(1, 15).Select(i => X("GET", "/Users?filter=userName%20eq%20%22secret" + i + "%22", i * 10)).ToArray();
        var latency = Run(Check("QRY-001", exchanges), Check("USR-009", X("PATCH", "/Users/abc", 1000, null))).Latency;
        Assert.Multiple(() =>
        {
            Assert.That(latency.Slowest, Has.Count.EqualTo(LatencySummary.SlowestCount));
            Assert.That(latency.Slowest[0], Is.EqualTo(new SlowRequest { Method = "PATCH", Path = "/scim/v2/Users/abc", Status = null, Ms = 1000, TestId = "USR-009" }));
            Assert.That(latency.Slowest.Select(s => s.Ms), Is.Ordered.Descending);
            Assert.That(latency.Slowest[1].Ms, Is.EqualTo(150));
            Assert.That(latency.Slowest.Select(s => s.Path), Has.None.Contains("secret").And.None.Contains("?"));
        });
    }

    [Test]
    public void A_run_without_exchanges_has_no_latency_rows() =>
        Assert.That(Run(Check("USR-001")).Latency, Is.EqualTo(new LatencySummary()).Using<LatencySummary>((a, b) =>
            a.Requests == b.Requests && a.Endpoints.Count == b.Endpoints.Count && a.Slowest.Count == b.Slowest.Count));

    [Test]
    public void Results_json_and_the_report_data_carry_the_latency_and_reading_back_recomputes_it()
    {
        var run = Run(Check("USR-001", X("GET", "/Users/1", 12.5), X("GET", "/Users/2", 7.25)));
        var json = JsonNode.Parse(new JsonReporter().Render(run))!;
        var html = new HtmlReporter().Render(run);
        var row = json["latency"]!["endpoints"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(json["latency"]!["requests"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(row["endpoint"]!.GetValue<string>(), Is.EqualTo("/Users/{id}"));
            Assert.That(row["p50Ms"]!.GetValue<double>(), Is.EqualTo(7.25));
            Assert.That(row["p99Ms"]!.GetValue<double>(), Is.EqualTo(12.5));
            Assert.That(ReportJson.Deserialize(new JsonReporter().Render(run)).Latency.Endpoints[0], Is.EqualTo(run.Latency.Endpoints[0]));
            Assert.That(html, Does.Contain("<section id=\"latency\"").And.Contain("function renderLatency"));
            Assert.That(html, Does.Contain("\"latency\":{\"requests\":2"));
        });
    }
}
