using System.Text;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// Writes every report of a run into one folder. As a last line of defence it masks any secret the
/// run knew of, in case one slipped into a message, before a byte reaches the disk.
/// </summary>
public sealed class ReportWriter(IEnumerable<IReporter>? reporters = null)
{
    public const string Mask = "***REDACTED***";

    public static IReadOnlyList<IReporter> Default { get; } = [new HtmlReporter(), new JunitReporter(), new JsonReporter(), new SarifReporter(), new MarkdownSummaryReporter()];

    private readonly IReadOnlyList<IReporter> _reporters = reporters?.ToArray() ?? Default;

    /// <summary>Writes the reports and returns their full paths.</summary>
    public IReadOnlyList<string> Write(RunResult result, string directory, IEnumerable<string>? secrets = null)
    {
        Directory.CreateDirectory(directory);
        var masks = (secrets ?? []).Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length).ToArray();
        var written = new List<string>();
        foreach (var reporter in _reporters)
        {
            var path = Path.GetFullPath(Path.Combine(directory, reporter.FileName));
            if (masks.Length == 0)
            {
                // Nothing to mask: the report goes to its file as it is serialised (results.json and report.html of a
                // large run are megabytes, and their whole text as strings was the peak of a run's memory).
                using var file = File.Create(path);
                reporter.Write(result, file);
            }
            else
            {
                var text = reporter.Render(result);
                foreach (var secret in masks)
                    text = text.Replace(secret, Mask, StringComparison.Ordinal);
                File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            written.Add(path);
        }
        return written;
    }
}
