using System.Text.Json.Nodes;
using NUnit.Framework;
using NUnit.Framework.Internal;
using ScimConformance.Authoring;
using ScimConformance.Runner.Model.Timeline;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// The lifecycle timeline travels from the scim.timeline test properties into the model, through
/// results.json (valid against the schema, read back unchanged) and into the report's data.
/// </summary>
[TestFixture]
public sealed class TimelineTests
{
    private const string Created =
        "{\"at\":\"2025-01-02T03:04:05.0000000+00:00\",\"subject\":\"u1\",\"action\":\"create\",\"method\":\"POST\",\"path\":\"Users\"," +
        "\"status\":201,\"outcome\":\"created\",\"expected\":true,\"durationMs\":12.5,\"delayMs\":null,\"note\":null}";

    private const string StillReadable =
        "{\"at\":\"2025-01-02T03:04:06.5000000+00:00\",\"subject\":\"u1\",\"action\":\"confirm 404\",\"method\":\"GET\",\"path\":\"Users/u1\"," +
        "\"status\":200,\"outcome\":\"still readable\",\"expected\":false,\"durationMs\":1,\"delayMs\":null,\"count\":null,\"note\":\"not within 10 s (25 reads)\"}";

    public static void Check() { }

    [Test]
    public void Steps_are_read_from_the_test_properties_in_order()
    {
        var test = new TestMethod(new MethodWrapper(typeof(TimelineTests), nameof(Check)));
        test.Properties.Add(EvidenceProperties.Timeline, Created);
        test.Properties.Add(EvidenceProperties.Timeline, StillReadable);

        var steps = TimelineReader.Read(test);

        Assert.That(steps, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(steps[0].Action, Is.EqualTo("create"));
            Assert.That(steps[0].Status, Is.EqualTo(201));
            Assert.That(steps[0].Expected, Is.True);
            Assert.That(steps[0].DurationMs, Is.EqualTo(12.5));
            Assert.That(steps[0].At, Is.EqualTo(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero)));
            Assert.That(steps[1].Outcome, Is.EqualTo("still readable"));
            Assert.That(steps[1].Expected, Is.False);
            Assert.That(steps[1].DelayMs, Is.Null);
            Assert.That(steps[1].Note, Is.EqualTo("not within 10 s (25 reads)"));
        });
    }

    [Test]
    public void A_check_without_timeline_has_an_empty_one()
    {
        var test = new TestMethod(new MethodWrapper(typeof(TimelineTests), nameof(Check)));
        Assert.That(TimelineReader.Read(test), Is.Empty);
    }

    [Test]
    public void Values_that_are_not_step_objects_are_skipped()
    {
        var steps = TimelineReader.Parse(["not json", "[1,2]", "\"text\"", Created, "{\"status\":\"two hundred\",\"count\":\"many\"}"]);

        Assert.That(steps, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(steps[0].Action, Is.EqualTo("create"));
            Assert.That(steps[1].Status, Is.Null, "a status that is not a number is dropped, not guessed");
            Assert.That(steps[1].Count, Is.Null);
            Assert.That(steps[1].Expected, Is.True, "a step that does not say otherwise is expected");
        });
    }

    [Test]
    public void Results_json_carries_the_timeline_valid_against_the_schema_and_reads_back_unchanged()
    {
        var run = TimelineRuns.Leavers();

        var json = new JsonReporter().Render(run);
        var document = JsonNode.Parse(json)!;
        var back = ReportJson.Deserialize(json);

        var journey = document["tests"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "DPR-032")!;
        Assert.Multiple(() =>
        {
            Assert.That(ResultsSchema.Violations(document), Is.Empty);
            Assert.That(journey["timeline"]!.AsArray(), Has.Count.EqualTo(5));
            Assert.That(journey["timeline"]![4]!["expected"]!.GetValue<bool>(), Is.False);
            Assert.That(journey["timeline"]![4]!["outcome"]!.GetValue<string>(), Is.EqualTo("still readable"));
            Assert.That(document["tests"]![0]!["timeline"]!.AsArray(), Is.Empty, "ordinary checks carry an empty timeline");
            Assert.That(back.Tests.Single(t => t.Check.Id == "DPR-033").Timeline, Is.EqualTo(run.Tests.Single(t => t.Check.Id == "DPR-033").Timeline));
        });
    }

    [Test]
    public void A_step_with_a_wrong_type_is_rejected_by_the_schema()
    {
        var document = JsonNode.Parse(new JsonReporter().Render(TimelineRuns.Leavers()))!;
        var step = document["tests"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "DPR-033")!["timeline"]![0]!;
        step["count"] = "a hundred";

        Assert.That(ResultsSchema.Violations(document), Is.Not.Empty);
    }
}
