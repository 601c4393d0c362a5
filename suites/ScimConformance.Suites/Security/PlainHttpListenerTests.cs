using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Security;

/// <summary>
/// RFC 7644 §7.2 and §7.4: SCIM and its bearer tokens travel over TLS only, so a plain-http listener may redirect or refuse
/// the connection, but must not take part in the API at all. SEC-041 asks whether data leaks; this asks whether the
/// listener answers as the API would, which is what makes a client send its real token in clear.
/// </summary>
public sealed class PlainHttpListenerTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-083", "The plain-http listener does not answer API requests (redirect or refuse only)", Areas.Security, Severity.High,
        "R7644-7.2-01", "R7644-7.4-02", Cwe = "CWE-319",
        Remediation = "On every plain-http port answer each request with a redirect (301/308) to the https URL, or do not listen; never run the API (its authentication included) behind http.")]
    public async Task Plain_http_listener_does_not_answer_the_api()
    {
        if (!TargetIsHttps && Inputs.PlainHttpUrl is null)
            Assert.Ignore("Skipped: the target itself is plain http (see SEC-040); set --plain-http-url URL to probe another plain-http address.");
        if (PlainHttpProbe.Variants(Run).Count == 0)
            Assert.Ignore("Skipped: no plain-http address to probe; set --plain-http-url URL.");
        // Dummy credentials only: the probe's own client cannot attach the run's token.
        foreach (var o in await PlainHttpProbe.ProbeAsync(Run, Endpoints.Users))
        {
            if (o.Response is not { } response) continue;
            Verify.Must(!o.AnsweredApi, "R7644-7.2-01",
                $"{o.What} at {o.Url.GetLeftPart(UriPartial.Authority)} was answered by the API over plain http ({Describe(response)}"
                + $"{(response.Header("WWW-Authenticate") is { } challenge ? ", WWW-Authenticate: " + challenge.Split(' ')[0] : "")}) instead of a redirect to https or a refused connection.");
        }
    }
}
