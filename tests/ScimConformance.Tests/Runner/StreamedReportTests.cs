using System.Text;
using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// A report written as it is serialised (the path the run takes when there is nothing to mask) is byte for byte the
/// report rendered as text, including the HTML page's escaped data and a run with bodies the report still has to cut.
/// </summary>
[TestFixture]
public sealed class StreamedReportTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var reporter in ReportWriter.Default)
        {
            yield return new TestCaseData(reporter, 0).SetName($"{reporter.FileName}_written_equals_rendered");
            yield return new TestCaseData(reporter, 100_000).SetName($"{reporter.FileName}_with_an_uncut_100000_character_body_written_equals_rendered");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Written_equals_rendered(IReporter reporter, int bigBody)
    {
        // A hostile run: bodies holding </script>, ampersands, U+2028/U+2029 and non-ASCII text.
        var run = SampleRuns.Hostile(bigBody);
        using var written = new MemoryStream();
        reporter.Write(run, written);
        Assert.That(Encoding.UTF8.GetString(written.ToArray()), Is.EqualTo(reporter.Render(run)));
        Assert.That(written.ToArray().Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
    }

    [Test]
    public void The_writer_streams_and_masks_alike_when_there_is_nothing_to_mask()
    {
        var run = SampleRuns.Hostile();
        var streamed = Directory.CreateTempSubdirectory("scimconf-report-").FullName;
        var masked = Directory.CreateTempSubdirectory("scimconf-report-").FullName;
        try
        {
            new ReportWriter().Write(run, streamed);
            new ReportWriter().Write(run, masked, ["a-secret-nobody-sent"]);
            foreach (var name in ReportWriter.Default.Select(r => r.FileName))
                Assert.That(File.ReadAllBytes(Path.Combine(streamed, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(masked, name))), name);
        }
        finally
        {
            Directory.Delete(streamed, recursive: true);
            Directory.Delete(masked, recursive: true);
        }
    }
}
