using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Model.Verdicts;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner.Findings;

[TestFixture]
public sealed class VerdictNotesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Exchange At(int ms, string method, string path) => new()
    {
        Method = method,
        Url = "https://x.example/scim/v2" + path,
        RequestHeaders = [],
        Status = 200,
        StartedAt = T0.AddMilliseconds(ms),
        Duration = TimeSpan.FromMilliseconds(5),
    };

    private static VerdictNotes.Note Note(int ms, string outcome = "fail") => new(T0.AddMilliseconds(ms), "R7644-3.5.2-01", outcome, null, null);

    [Test]
    public void A_verdict_rests_on_the_exchange_that_finished_last_before_it()
    {
        IReadOnlyList<Exchange> exchanges = [At(0, "POST", "/Users"), At(10, "GET", "/Groups/1"), At(100, "DELETE", "/Users/1")];
        Assert.That(VerdictNotes.Evidence([Note(50)], exchanges, Outcome.Fail), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void A_read_brings_the_write_to_the_same_resource_it_shows()
    {
        IReadOnlyList<Exchange> exchanges = [At(0, "POST", "/Users"), At(10, "PATCH", "/Users/1"), At(20, "GET", "/Users/2"), At(30, "GET", "/Users/1")];
        Assert.That(VerdictNotes.Evidence([Note(40)], exchanges, Outcome.Fail), Is.EqualTo(new[] { 1, 3 }));
    }

    [Test]
    public void A_read_after_a_delete_brings_the_delete_it_shows()
    {
        IReadOnlyList<Exchange> exchanges = [At(0, "POST", "/Users"), At(10, "DELETE", "/Users/1"), At(20, "GET", "/Users/1")];
        Assert.That(VerdictNotes.Evidence([Note(30)], exchanges, Outcome.Fail), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void A_non_pass_without_a_note_rests_on_the_last_exchange_and_a_pass_on_none()
    {
        IReadOnlyList<Exchange> exchanges = [At(0, "GET", "/Users"), At(10, "GET", "/Groups")];
        Assert.That(VerdictNotes.Evidence([], exchanges, Outcome.Error), Is.EqualTo(new[] { 1 }));
        Assert.That(VerdictNotes.Evidence([Note(50)], exchanges, Outcome.Pass), Is.Empty);
    }

    [Test]
    public void A_failure_is_decided_by_its_failing_notes_not_by_earlier_warnings()
    {
        var notes = new[] { Note(5, "warn"), Note(15, "fail") };
        Assert.That(VerdictNotes.Deciding(notes, Outcome.Fail), Is.EqualTo(new[] { notes[1] }));
        Assert.That(VerdictNotes.Deciding(notes, Outcome.Warn), Is.EqualTo(new[] { notes[0] }));
    }

    [Test]
    public void Notes_that_are_not_json_objects_are_skipped()
    {
        var notes = VerdictNotes.Parse(["not json", "[1]", "{\"at\":\"2026-01-01T00:00:00Z\",\"requirement\":\"R7644-3.3-01\",\"outcome\":\"fail\",\"expected\":\"201\",\"observed\":\"200\"}"]);
        Assert.That(notes.Single(), Is.EqualTo(new VerdictNotes.Note(T0, "R7644-3.3-01", "fail", "201", "200")));
    }
}
