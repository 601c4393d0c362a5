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
        Requirements = [],
        Remediation = "List the generated cases with a target (`scimconf list --demo`, or --base-url); `scimconf run` generates and runs them.",
    };
}
