using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// Writes every report of a run into one folder. The run model it renders is already redacted: the run's one
/// redactor masked each exchange when it was recorded and each outcome's text when it was made.
/// </summary>
public sealed class ReportWriter(IEnumerable<IReporter>? reporters = null)
{
    public static IReadOnlyList<IReporter> Default { get; } = [new HtmlReporter(), new JunitReporter(), new JsonReporter(), new SarifReporter(), new MarkdownSummaryReporter()];

    private readonly IReadOnlyList<IReporter> _reporters = reporters?.ToArray() ?? Default;

    /// <summary>Writes the reports and returns their full paths.</summary>
    public IReadOnlyList<string> Write(RunResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var reporter in _reporters)
        {
            var path = Path.GetFullPath(Path.Combine(directory, reporter.FileName));
            // Each report goes to its file as it is serialised: results.json and report.html of a large run are megabytes,
            // and their whole text as strings was the peak of a run's memory.
            using (var file = File.Create(path)) reporter.Write(result, file);
            written.Add(path);
        }
        return written;
    }
}
