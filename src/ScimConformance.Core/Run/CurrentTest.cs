using NUnit.Framework.Internal;

namespace ScimConformance.Core.Run;

/// <summary>
/// The NUnit test whose code runs on this async flow (or the fixture, during its one-time set-up). NUnit
/// keeps it per flow, so it stays right while fixtures run in parallel; outside NUnit there is none.
/// </summary>
public static class CurrentTest
{
    /// <summary>NUnit's id of the running test, or null outside a test.</summary>
    public static string? Id => Running()?.Id;

    /// <summary>The running test's full name (class, method and arguments), stable from run to run; null outside a test.</summary>
    public static string? FullName => Running()?.FullName;

    private static Test? Running()
    {
        try
        {
            // Outside NUnit, the framework makes up an ad hoc context; it names no test of ours.
            var context = TestExecutionContext.CurrentContext;
            if (context is TestExecutionContext.AdhocContext) return null;
            var test = context.CurrentTest;
            return test is null || string.IsNullOrEmpty(test.Id) ? null : test;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
