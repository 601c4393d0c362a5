using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>Renders the run model into one report file.</summary>
public interface IReporter
{
    /// <summary>File name inside the output folder, e.g. "junit.xml".</summary>
    string FileName { get; }

    string Render(RunResult result);
}
