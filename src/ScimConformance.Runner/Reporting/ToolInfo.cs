using System.Reflection;
using ScimConformance.Runner.Execution;

namespace ScimConformance.Runner.Reporting;

/// <summary>What reports say about the tool itself: its version and where to read about it (the package's repository URL).</summary>
public static class ToolInfo
{
    public const string Name = "scimconf";

    public static string Version => SuiteRunner.HarnessVersion;

    /// <summary>The project's home, from the RepositoryUrl the build stamps into the assembly (Directory.Build.props).</summary>
    public static Uri InformationUri { get; } = new(
        typeof(ToolInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value
        ?? throw new InvalidOperationException("The build did not stamp RepositoryUrl into the Runner assembly (see Directory.Build.props)."));
}
