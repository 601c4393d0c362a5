using NUnit.Framework;
using ScimConformance.Core.Http;
using ScimConformance.Core.Redaction;
using ScimConformance.Runner.Findings;

namespace ScimConformance.Tests.Runner.Findings;

[TestFixture]
public sealed class CurlCommandTests
{
    private static Exchange Sent(string method, string url, string? body, params KeyValuePair<string, string>[] headers) => new()
    {
        Method = method,
        Url = url,
        RequestHeaders = headers,
        RequestBody = body,
    };

    private static KeyValuePair<string, string> H(string name, string value) => new(name, value);

    [Test]
    public void A_get_names_the_url_and_the_token_variable_never_a_secret()
    {
        var curl = CurlCommand.From(Sent("GET", "https://x.example/scim/v2/Users?filter=userName%20eq%20%22a%22", null,
            H("Authorization", "[REDACTED]"), H("Accept", "application/scim+json"), H("Host", "x.example")));
        Assert.That(curl, Is.EqualTo("curl -sS -i 'https://x.example/scim/v2/Users?filter=userName%20eq%20%22a%22' \\\n  -H \"Authorization: Bearer $SCIM_TOKEN\" \\\n  -H 'Accept: application/scim+json'"));
    }

    [Test]
    public void A_body_with_single_quotes_is_quoted_so_the_shell_passes_it_unchanged()
    {
        var curl = CurlCommand.From(Sent("POST", "https://x.example/Users", "{\"userName\":\"o'brien\"}", H("Content-Type", "application/scim+json")));
        Assert.That(curl, Does.EndWith("--data-raw '{\"userName\":\"o'\\''brien\"}'"));
        Assert.That(Shell("printf %s " + CurlCommand.Quote("{\"userName\":\"o'brien\"}")), Is.EqualTo("{\"userName\":\"o'brien\"}"));
    }

    [Test]
    public void Control_and_bidi_characters_are_written_as_escapes_that_the_shell_turns_back()
    {
        const string value = "a\u001b[31mb\u202ec\td'e";
        var quoted = CurlCommand.Quote(value);
        Assert.That(quoted, Does.StartWith("$'"));
        Assert.That(quoted.Any(DisplayText.IsUnsafe), Is.False, "nothing in the command can drive the terminal");
        Assert.That(Shell("printf %s " + quoted), Is.EqualTo(value));
    }

    [Test]
    public void A_body_stored_cut_says_so_above_the_command()
    {
        var exchange = Sent("POST", "https://x.example/Users", "{\"a\":1", H("Content-Type", "application/json")) with { RequestBodyBytes = 200_000, RequestBodySha256 = "ab12" };
        Assert.That(CurlCommand.From(exchange), Does.StartWith("# the body sent was 200000 bytes (SHA-256 ab12)"));
    }

    private static string Shell(string command)
    {
        var info = new System.Diagnostics.ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
