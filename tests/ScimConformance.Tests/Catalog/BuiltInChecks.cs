using System.Reflection;
using ScimConformance.Authoring;

namespace ScimConformance.Tests.Catalog;

/// <summary>The checks of the built-in suites as their source declares them: each method with its [ScimTest].</summary>
internal static class BuiltInChecks
{
    public static IReadOnlyList<(MethodInfo Method, ScimTestAttribute Meta)> All { get; } =
        typeof(Suites.RunSetUp).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => (m, m.GetCustomAttribute<ScimTestAttribute>()))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.m, x.Item2!))
            .ToArray();
}
