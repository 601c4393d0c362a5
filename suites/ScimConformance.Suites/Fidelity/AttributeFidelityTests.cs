using System.Collections.Concurrent;
using NUnit.Framework;
using NUnit.Framework.Internal;
using ScimConformance.Core.Run;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// Schema-driven attribute fidelity (RFC 7643 §2.2, §2.3, §7): one case per attribute the target declares in /Schemas
/// and per characteristic it declares for it (<see cref="AttributeCaseGenerator"/>), for every resource type and
/// extension. Cases run side by side: those that only read share one written resource per resource type
/// (<see cref="Workbench"/>); those that must write (immutable, uniqueness, required, canonicalValues, readOnly) create
/// their own. Everything they create carries the run prefix and lands in the ledger.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public sealed partial class AttributeFidelityTests : ScimFixture
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Workbench>>> _benches = new(StringComparer.OrdinalIgnoreCase);

    [AttributeCases]
    public async Task Attribute(string id)
    {
        if (id.Length == 0)
            Assert.Ignore("Skipped: the attribute cases are generated from the target's /Schemas when the suites load after discovery; "
                + "`scimconf run` does that, and `scimconf list --demo` (or with --base-url) lists them.");
        var c = AttributeCaseCatalog.Find(Run.Discovery, id);
        Verify.Precondition(c is not null, $"the case {id} was generated from another discovery than this run's.");
        if (ResourceBodies.NameAttribute(c!.ResourceType) is null)
            Assert.Ignore($"Skipped: the harness creates only Users and Groups (their names carry the run prefix, so cleanup finds them), not {c.ResourceType.Name} resources.");

        try
        {
            await CheckAsync(c);
        }
        catch (SuccessException) when (TestExecutionContext.CurrentContext.CurrentResult.AssertionResults.Count > 0)
        {
            ShareEvidence();
            throw;
        }
        catch (Exception e) when (e is not SuccessException and not IgnoreException)
        {
            ShareEvidence();
            throw;
        }
        finally
        {
            if (CurrentTest.Id is { } test) _read.TryRemove(test, out _);
        }
    }

    private async Task CheckAsync(AttributeCase c)
    {
        // A sub-attribute's case is about its attribute: a rewritten address fails addresses.type and addresses.country alike.
        Verify.About(c.ResourceType.Name, c.IsCore ? c.Attribute.Name : c.Schema.Id + ":" + c.Attribute.Name);
        switch (c.Aspect)
        {
            case AttributeAspect.RoundTrip: await RoundTripAsync(c); break;
            case AttributeAspect.ReadOnlyIgnored: await ReadOnlyIgnoredAsync(c); break;
            case AttributeAspect.Immutable: await ImmutableAsync(c); break;
            case AttributeAspect.NeverReturned: await NeverReturnedAsync(c); break;
            case AttributeAspect.ReturnedAlways: await ReturnedAlwaysAsync(c); break;
            case AttributeAspect.ReturnedDefault: await ReturnedDefaultAsync(c); break;
            case AttributeAspect.ReturnedRequest: await ReturnedRequestAsync(c); break;
            case AttributeAspect.Uniqueness: await UniquenessAsync(c); break;
            case AttributeAspect.CaseExact: await CaseExactAsync(c); break;
            case AttributeAspect.Required: await RequiredAsync(c); break;
            case AttributeAspect.Canonical: await CanonicalAsync(c); break;
        }
    }
}
