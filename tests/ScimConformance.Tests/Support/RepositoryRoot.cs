using System.Runtime.CompilerServices;

namespace ScimConformance.Tests;

/// <summary>
/// Finds the repository root (the folder with ScimConformance.sln): above the test output when the
/// build output lives in the repository, else from where this source file was compiled.
/// </summary>
internal static class RepositoryRoot
{
    public static string Find() => FindAbove(AppContext.BaseDirectory) ?? FindAbove(SourceDirectory())
        ?? throw new DirectoryNotFoundException("ScimConformance.sln not found above " + AppContext.BaseDirectory);

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScimConformance.sln"))) return dir.FullName;
        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
