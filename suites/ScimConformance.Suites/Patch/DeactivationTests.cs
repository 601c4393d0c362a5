using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using static ScimConformance.Suites.Patch.PatchRequests;

namespace ScimConformance.Suites.Patch;

/// <summary>
/// The deactivation PATCH identity providers send to disable an account (active=false), also with the string
/// booleans "False"/"false" some of them (Entra ID among them) send. RFC 7643 §2.3.2 makes active a JSON boolean,
/// so refusing a string with 400 conforms (a warning on interoperability); accepting it must still deactivate the
/// account and store a boolean; a 5xx is a failure.
/// </summary>
public sealed class DeactivationTests : PatchFixture
{
    // Every check here judges what the deactivation PATCH did to active.
    [SetUp]
    public void AboutActive() => Verify.About("User", "active");

    [Test]
    [ScimTest("PAT-041", "The path-less deactivation PATCH sets active to false", Areas.Patch, Severity.Critical, "R7644-3.5.2.3-01", "R7644-3.5.2-10",
        Needs = [Capability.Patch], Remediation = "Apply {\"op\":\"replace\",\"value\":{\"active\":false}} by storing active=false.")]
    public async Task Pathless_deactivation()
    {
        var (id, before) = await NewUserAsync();
        await VerifyAgainstOracleAsync(Endpoints.User(id), User, before, Replace(null, new JsonObject { ["active"] = false }),
            "R7644-3.5.2.3-01", "path-less replace {active:false}");
    }

    [Test]
    [ScimTest("PAT-042", "Deactivation with the string \"False\" is applied or refused cleanly", Areas.Patch, Severity.High,
        "R7643-2.3-02", "R7644-3.5.2-09", Needs = [Capability.Patch],
        Remediation = "Either accept \"True\"/\"False\" strings for booleans (storing a JSON boolean), as identity providers send them, or refuse with 400 invalidValue; never 5xx.")]
    public Task Capitalised_string_false() => VerifyStringFalseAsync("False");

    [Test]
    [ScimTest("PAT-043", "Deactivation with the string \"false\" is applied or refused cleanly", Areas.Patch, Severity.High,
        "R7643-2.3-02", "R7644-3.5.2-09", Needs = [Capability.Patch],
        Remediation = "Either accept \"true\"/\"false\" strings for booleans (storing a JSON boolean), as identity providers send them, or refuse with 400 invalidValue; never 5xx.")]
    public Task Lower_case_string_false() => VerifyStringFalseAsync("false");

    private static async Task VerifyStringFalseAsync(string text)
    {
        var (id, _) = await NewUserAsync();
        var exchange = await PatchAsync(Endpoints.User(id), Replace("active", text));
        var status = exchange.Response.Status;

        Verify.Must(status < 500, "R7644-3.5.2-09",
            $"PATCH replace active \"{text}\" answered {Describe(exchange.Response)}; a value the server does not accept must be refused with 400, not a server error.");
        if (exchange.After is null)
        {
            Verify.Should(false, "R7643-2.3-02",
                $"PATCH replace active \"{text}\" was refused ({Describe(exchange.Response)}). This conforms, but identity providers send string booleans and their deactivations will not apply.");
            return;
        }
        var active = exchange.After.At("active");
        Verify.That(active is JsonValue v && v.GetValueKind() == JsonValueKind.False, "R7643-2.3-02",
            $"PATCH replace active \"{text}\" was accepted ({Describe(exchange.Response)}) but active reads back as {active.Show()}; expected the JSON boolean false.");
    }
}
