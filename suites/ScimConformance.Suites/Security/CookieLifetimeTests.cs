using System.Globalization;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 7644 §7.4: a cookie the service provider sets does not outlive the browser session.</summary>
public sealed class CookieLifetimeTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-101", "Cookies the server sets are session cookies (no Expires or Max-Age in the future)", Areas.Security, Severity.Low,
        "R7644-7.4-04", Cwe = "CWE-539",
        Remediation = "Drop Expires and Max-Age from Set-Cookie (or send no cookie at all: SCIM clients authenticate each request with a bearer token).")]
    public async Task Cookies_do_not_outlive_the_session()
    {
        var list = await Client.GetAsync(Endpoints.Users + "?count=1");
        if (!Responses.Subject(list, "R7644-7.4-04", $"GET /{Endpoints.Users}?count=1")) return;
        var config = await Client.GetAsync("ServiceProviderConfig");
        if (!Responses.Subject(config, "R7644-7.4-04", "GET /ServiceProviderConfig")) return;

        var cookies = new[] { ($"GET /{Endpoints.Users}?count=1", list), ("GET /ServiceProviderConfig", config) }
            .SelectMany(r => r.Item2.Headers.Where(h => string.Equals(h.Key, "Set-Cookie", StringComparison.OrdinalIgnoreCase)).Select(h => (What: r.Item1, Cookie: h.Value)))
            .ToArray();
        if (cookies.Length == 0) Assert.Pass("No answer set a cookie, so none can outlive the session.");
        var persistent = cookies.Where(c => Persists(c.Cookie)).Select(c => $"{c.What}: Set-Cookie: {Redacted(c.Cookie)}").ToArray();
        Verify.That(persistent.Length == 0, "R7644-7.4-04", $"cookies outlive the browser session (Expires or Max-Age in the future): {string.Join("; ", persistent)}.");
    }

    /// <summary>True for a cookie with a lifetime past the session; Max-Age 0 or an Expires in the past deletes a cookie and is no persistence.</summary>
    internal static bool Persists(string setCookie)
    {
        foreach (var attribute in setCookie.Split(';').Skip(1).Select(a => a.Trim()))
        {
            var (name, value) = attribute.IndexOf('=') is var eq and > 0 ? (attribute[..eq].Trim(), attribute[(eq + 1)..].Trim()) : (attribute, "");
            if (name.Equals("Max-Age", StringComparison.OrdinalIgnoreCase) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
                return true;
            if (name.Equals("Expires", StringComparison.OrdinalIgnoreCase)
                && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires) && expires > DateTimeOffset.UtcNow)
                return true;
        }
        return false;
    }

    /// <summary>The cookie with its value hidden: a session cookie's value is a credential.</summary>
    private static string Redacted(string setCookie) =>
        setCookie.IndexOf('=') is var eq and > 0 && setCookie.IndexOf(';') is var end
            ? setCookie[..(eq + 1)] + "(hidden)" + (end > eq ? setCookie[end..] : "")
            : setCookie;
}
