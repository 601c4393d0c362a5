using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using static ScimConformance.Suites.Patch.PatchRequests;

namespace ScimConformance.Suites.Patch;

/// <summary>
/// Operation names as identity providers send them ("Add", "Replace", "Remove": Microsoft Entra ID). RFC 7644
/// §3.5.2 spells them in lower case and does not say whether other spellings must be accepted, so refusing them is
/// an interoperability warning; accepting one and then doing something else than the operation is a failure.
/// </summary>
public sealed class OperationNameTests : PatchFixture
{
    [Test]
    [ScimTest("PAT-038", "op \"Add\" (capitalised) is applied as add", Areas.Patch, Severity.Medium, "R7644-3.5.2.1-02", "R7644-3.5.2-09",
        Needs = [Capability.Patch], Remediation = "Compare op names case-insensitively: Entra ID sends \"Add\", \"Replace\" and \"Remove\".")]
    // The attribute added is one /Schemas declares (DeclaredAttributes): a target may rightly refuse one it lacks.
    public Task Capitalised_add() => VerifyOpSpellingAsync("Add", null, Run.Prefix + "cap add", "R7644-3.5.2.1-02");

    [Test]
    [ScimTest("PAT-039", "op \"Replace\" (capitalised) is applied as replace", Areas.Patch, Severity.Medium, "R7644-3.5.2.3-02", "R7644-3.5.2-09",
        Needs = [Capability.Patch], Remediation = "Compare op names case-insensitively: Entra ID sends \"Add\", \"Replace\" and \"Remove\".")]
    public Task Capitalised_replace() => VerifyOpSpellingAsync("Replace", "displayName", Run.Prefix + "cap replace", "R7644-3.5.2.3-02");

    [Test]
    [ScimTest("PAT-040", "op \"Remove\" (capitalised) is applied as remove", Areas.Patch, Severity.Medium, "R7644-3.5.2.2-02", "R7644-3.5.2-09",
        Needs = [Capability.Patch], Remediation = "Compare op names case-insensitively: Entra ID sends \"Add\", \"Replace\" and \"Remove\".")]
    public Task Capitalised_remove() => VerifyOpSpellingAsync("Remove", "title", null, "R7644-3.5.2.2-02");

    private static async Task VerifyOpSpellingAsync(string op, string? path, string? value, string requirementId)
    {
        var (id, before) = await NewUserAsync();
        path ??= DeclaredAttributes.AbsentString(Run.Discovery, before);
        var request = Of(Op(op, path, value is null ? null : JsonValue.Create(value)));
        var exchange = await PatchAsync(Endpoints.User(id), request);
        if (exchange.Response.Status >= 500)
            Verify.That(false, "R7644-3.5.2-09", $"PATCH with op \"{op}\" answered {Describe(exchange.Response)}; a request the server does not accept must get a 4xx error.");
        if (!PatchResponses.IsAccepted(exchange.Answer))
        {
            Verify.Should(false, requirementId,
                $"PATCH with op \"{op}\" was refused ({Describe(exchange.Response)}: {Excerpt(exchange.Response.Body)}); identity providers such as Entra ID send capitalised op names.");
            return;
        }
        var difference = DifferenceFromOracle(before, User, Of(Op(op.ToLowerInvariant(), path, value is null ? null : JsonValue.Create(value))), exchange.After!);
        Verify.That(difference is null, requirementId,
            () => $"PATCH with op \"{op}\" was accepted but did not do what \"{op.ToLowerInvariant()}\" does: {difference}");
    }
}
