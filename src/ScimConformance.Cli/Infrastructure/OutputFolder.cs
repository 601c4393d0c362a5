using ScimConformance.Core.Configuration;

namespace ScimConformance.Cli.Infrastructure;

/// <summary>
/// Makes sure a report folder exists and takes files before a command does any work: a run that cannot write its
/// reports must fail before it sends a single request, not after it has written to the target for minutes.
/// </summary>
public static class OutputFolder
{
    /// <summary>Creates the folder if needed and writes and deletes a probe file in it; returns its full path.</summary>
    public static string Prepare(string path, string flag)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var probe = Path.Combine(full, ".scimconf-write-check-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(full);
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ConfigurationException($"{flag} '{path}' cannot be written: {e.Message} Choose a folder you can write to.");
        }
    }
}
