using System.Reflection;
using System.Runtime.Loader;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// Loads a suite assembly given by path (`--suites path.dll`). Its own dependencies are resolved from
/// its folder; NUnit and Core are shared with the harness, so its fixtures see the same ScimRun.
/// </summary>
public static class SuiteLoader
{
    public static Assembly Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new ConfigurationException($"Suite assembly not found: {full}");
        var resolver = new AssemblyDependencyResolver(full);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            var candidate = resolver.ResolveAssemblyToPath(name) ?? Path.Combine(Path.GetDirectoryName(full)!, name.Name + ".dll");
            return File.Exists(candidate) ? context.LoadFromAssemblyPath(candidate) : null;
        };
        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
        }
        catch (BadImageFormatException)
        {
            throw new ConfigurationException($"Not a .NET assembly: {full}");
        }
        catch (FileLoadException e)
        {
            throw new ConfigurationException($"Cannot load suite assembly {full}: {e.Message}");
        }
    }
}
