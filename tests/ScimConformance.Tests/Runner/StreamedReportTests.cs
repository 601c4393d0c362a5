using System.Text;
using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// A report written as it is serialised is byte for byte the
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
    public void The_writer_files_hold_what_each_reporter_renders()
    {
        var run = SampleRuns.Hostile();
        var folder = Directory.CreateTempSubdirectory("scimconf-report-").FullName;
        try
        {
            new ReportWriter().Write(run, folder);
            foreach (var reporter in ReportWriter.Default)
                Assert.That(File.ReadAllText(Path.Combine(folder, reporter.FileName), Encoding.UTF8), Is.EqualTo(reporter.Render(run)), reporter.FileName);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
