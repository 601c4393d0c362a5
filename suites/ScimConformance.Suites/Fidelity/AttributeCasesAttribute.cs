using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;
using ScimConformance.Authoring;
using ScimConformance.Core.Run;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// Builds one NUnit test per generated attribute case, declared through <see cref="CheckInfo"/> like every check. The
/// cases come from the discovery of the run installed when the suites load: `scimconf run` and `scimconf list` with a
/// target discover first. Without a run (`scimconf list` with no target, `dotnet test`) there are no schemas to read,
/// and the suite is one entry, <see cref="GeneratorId"/>, that says so.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AttributeCasesAttribute : NUnitAttribute, ITestBuilder, IImplyFixture
{
    public const string GeneratorId = "ATT-generator";

    private readonly NUnitTestCaseBuilder _builder = new();

    public IEnumerable<TestMethod> BuildFrom(IMethodInfo method, Test? suite)
    {
        if (ScimRun.Current?.Discovery is not { } discovery)
        {
            yield return Build(method, suite, "", GeneratorDeclaration);
            yield break;
        }
        foreach (var c in AttributeCaseCatalog.For(discovery))
            yield return Build(method, suite, c.Id, AttributeCaseDeclaration.Of(c));
    }

    private TestMethod Build(IMethodInfo method, Test? suite, string id, CheckInfo check)
    {
        var parameters = new TestCaseParameters([id]) { TestName = check.Id };
        var test = _builder.BuildTestMethod(method, suite, parameters);
        check.ApplyTo(test);
        return test;
    }

    private static CheckInfo GeneratorDeclaration { get; } = new()
    {
        Id = GeneratorId,
        Title = "Attribute fidelity cases, one per declared attribute and characteristic, generated from the target's /Schemas",
        Area = AttributeCaseDeclaration.Area,
        Severity = Severity.Medium,
        // What the generated cases check, so the entry is found by `--include requirement:` and counted as their stand-in.
        Requirements = ["R7643-2.3-02", "R7643-7-08", "R7643-7-09", "R7643-7-12", "R7643-7-13", "R7643-7-14", "R7643-7-15", "R7643-7-16", "R7643-7-17",
            "R7643-7-19", "R7643-2.3.1-01", "R7644-3.3-01"],
        Remediation = "List the generated cases with a target (`scimconf list --demo`, or --base-url); `scimconf run` generates and runs them.",
    };
}
