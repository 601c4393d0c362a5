using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace ScimConformance.Authoring;

/// <summary>
/// What a check declares about itself: a stable id, title, area, severity, the catalogue ids it checks, the
/// capabilities it needs, whether it writes, a one-line remediation, a CWE, and for identity-provider replays the
/// provider, step and confidence. The one shape of check metadata: <see cref="ApplyTo"/> is the only writer of
/// the NUnit properties that carry it and <see cref="Read"/> the only reader, so the attribute, the profile
/// replays, the runner's selection, `scimconf list` and the reports all agree.
/// </summary>
public sealed record CheckInfo
{
    // NUnit property names; private, so nothing else writes or reads them behind this record's back.
    private const string IdProperty = "scim.id";
    private const string TitleProperty = "scim.title";
    private const string AreaProperty = "scim.area";
    private const string SeverityProperty = "scim.severity";
    private const string RequirementProperty = "scim.requirement";   // one value per id
    private const string NeedsProperty = "scim.needs";               // one value per capability
    private const string RemediationProperty = "scim.remediation";
    private const string MutatesProperty = "scim.mutates";           // "false" only on checks that never write; absent means true
    private const string CweProperty = "scim.cwe";
    private const string ProviderProperty = "scim.provider";
    private const string StepProperty = "scim.step";
    private const string ConfidenceProperty = "scim.confidence";

    // The declaration order is the order of `scimconf list --json` and of each test in results.json.
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Area { get; init; }
    public Severity Severity { get; init; } = Severity.Medium;
    /// <summary>The catalogue ids (spec/requirements.tsv, spec/practices.tsv) the check checks; <see cref="Verify"/> cites no other.</summary>
    public IReadOnlyList<string> Requirements { get; init; } = [];
    /// <summary>Capabilities (see Core.Discovery.Capability) the endpoint must advertise for the check to run.</summary>
    public IReadOnlyList<string> Needs { get; init; } = [];
    public string Remediation { get; init; } = "";
    /// <summary>The CWE the finding maps to, e.g. "CWE-306"; null when none fits.</summary>
    public string? Cwe { get; init; }
    /// <summary>NUnit's full name of the test, so a contributor can find the code; known once read from a built test.</summary>
    public string? FullName { get; init; }
    /// <summary>The identity provider whose traffic the check replays; null for ordinary checks.</summary>
    public string? Provider { get; init; }
    /// <summary>The provider's provisioning step the check replays, e.g. "user.deactivate".</summary>
    public string? Step { get; init; }
    /// <summary>How faithful the replay is; null when the check does not say.</summary>
    public StepConfidence? Confidence { get; init; }
    /// <summary>
    /// Whether the check may send POST, PUT, PATCH or DELETE. True unless the author says otherwise, so a new check
    /// never slips into a --read-only run by accident.
    /// </summary>
    public bool Mutates { get; init; } = true;

    /// <summary>Stores the declaration on an NUnit test (and makes the area an NUnit category, so IDE filters agree).</summary>
    public void ApplyTo(Test test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var properties = test.Properties;
        properties.Set(IdProperty, Id);
        properties.Set(TitleProperty, Title);
        properties.Set(AreaProperty, Area);
        properties.Set(SeverityProperty, Severity.ToString().ToLowerInvariant());
        properties.Set(RemediationProperty, Remediation);
        properties.Set(MutatesProperty, Mutates ? "true" : "false");
        if (!string.IsNullOrEmpty(Cwe)) properties.Set(CweProperty, Cwe);
        if (!string.IsNullOrEmpty(Provider)) properties.Set(ProviderProperty, Provider);
        if (!string.IsNullOrEmpty(Step)) properties.Set(StepProperty, Step);
        if (Confidence is { } confidence) properties.Set(ConfidenceProperty, confidence.ToString().ToLowerInvariant());
        foreach (var requirement in Requirements) properties.Add(RequirementProperty, requirement);
        foreach (var need in Needs) properties.Add(NeedsProperty, need);
        properties.Add(PropertyNames.Category, Area);
        properties.Set(PropertyNames.Description, Title);
    }

    /// <summary>The declaration of a test; null for a suite node or an ordinary NUnit test that is not a check.</summary>
    public static CheckInfo? Read(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (test.IsSuite) return null;
        var properties = test.Properties;
        var id = Single(properties, IdProperty);
        if (string.IsNullOrEmpty(id)) return null;
        return new CheckInfo
        {
            Id = id,
            Title = Single(properties, TitleProperty) ?? test.Name,
            Area = Single(properties, AreaProperty) ?? "",
            Severity = Enum.TryParse<Severity>(Single(properties, SeverityProperty), ignoreCase: true, out var severity) ? severity : Severity.Medium,
            Requirements = Many(properties, RequirementProperty),
            Needs = Many(properties, NeedsProperty),
            Remediation = Single(properties, RemediationProperty) ?? "",
            Cwe = Trimmed(Single(properties, CweProperty)),
            FullName = test.FullName,
            Provider = Trimmed(Single(properties, ProviderProperty)),
            Step = Trimmed(Single(properties, StepProperty)),
            Confidence = ParseConfidence(Single(properties, ConfidenceProperty)),
            Mutates = !string.Equals(Single(properties, MutatesProperty), "false", StringComparison.Ordinal),
        };
    }

    /// <summary>The check whose code runs on this async flow; null outside a check (fixture set-up, ordinary tests, no NUnit).</summary>
    public static CheckInfo? Current
    {
        get
        {
            var context = TestExecutionContext.CurrentContext;
            // Outside NUnit the framework makes up an ad hoc context; it names no check.
            return context is TestExecutionContext.AdhocContext || context.CurrentTest is not { } test ? null : Read(test);
        }
    }

    private static string? Single(IPropertyBag properties, string name) =>
        properties.ContainsKey(name) ? properties.Get(name)?.ToString() : null;

    private static string[] Many(IPropertyBag properties, string name) =>
        properties.ContainsKey(name) ? properties[name].Cast<object>().Select(v => v.ToString() ?? "").ToArray() : [];

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // An unknown word is treated as absent: the compatibility matrix then counts the step as high confidence, the cautious reading.
    private static StepConfidence? ParseConfidence(string? text) =>
        Enum.TryParse<StepConfidence>(text, ignoreCase: true, out var confidence) && Enum.IsDefined(confidence) ? confidence : null;
}
