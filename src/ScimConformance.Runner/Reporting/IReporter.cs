using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>Renders the run model into one report file.</summary>
public interface IReporter
{
    /// <summary>File name inside the output folder, e.g. "junit.xml".</summary>
    string FileName { get; }

    string Render(RunResult result);

    /// <summary>
    /// Writes the report as UTF-8 without a byte order mark, exactly the bytes of <see cref="Render"/>. The large
    /// reports override it to write as they serialise, without first building their whole text as one string.
    /// </summary>
    void Write(RunResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(result));
        output.Write(bytes);
    }
}
