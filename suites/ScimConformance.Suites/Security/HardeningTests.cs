using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using ScimConformance.Core.Ledger;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 7644 §3.12 and §7.7, OWASP API4/API8: hostile and malformed input is refused cleanly, and errors disclose nothing.</summary>
public sealed class HardeningTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-050", "Error responses carry no stack traces, exception types, SQL text or framework versions", Areas.Security, Severity.High,
        "POWASP-API8-01", "R7644-3.12-11", Cwe = "CWE-209",
        Remediation = "Return only a SCIM Error (status, scimType, a short detail) to clients; log exception details server-side; remove X-Powered-By and version banners.")]
    public async Task Errors_disclose_nothing()
    {
        var missing = "scimconf-missing-" + Run.Data.Token(32);
        var malformed = "{\"schemas\":[\"" + ScimUris.User + "\"],\"userName\":";
        // A lenient server may store a probe whose userName it cannot read: the prefixed externalId finds it for the cleanup.
        var marker = Run.Data.UserName() + "-probe";
        var probes = new List<(string What, ScimResponse Response, string[] Sent)>
        {
            ("GET of an unknown id", await Client.GetAsync(Endpoints.User(missing)), [missing]),
            ("POST of malformed JSON", await RawPostAsync(malformed), [malformed]),
            ("POST with a wrongly typed userName", await PostRecordedAsync(Endpoints.Users, "User",
                new JsonObject { ["schemas"] = new JsonArray(ScimUris.User), ["userName"] = new JsonObject { ["nested"] = new JsonArray(1, 2) }, ["externalId"] = marker }), []),
            ("POST with a huge number", await RawPostAsync("{\"schemas\":[\"" + ScimUris.User + "\"],\"userName\":1e999999,\"externalId\":\"" + marker + "\"}"), []),
            ("GET with an unparsable filter", await QueryAsync(Endpoints.Users, "userName eq"), ["userName eq"]),
            ("GET with a negative startIndex and a text count", await Client.GetAsync(Endpoints.Users + "?startIndex=-5&count=abc"), []),
            ("PATCH of an unknown id", await Client.PatchAsync(Endpoints.User(missing), new JsonObject { ["schemas"] = new JsonArray(ScimUris.PatchOp), ["Operations"] = new JsonArray() }), [missing]),
            ("an unauthenticated GET", await AnonymousAsync(HttpMethod.Get, Endpoints.Users), []),
        };
        await CreateLookup.FindByAsync(Client, Run.Ledger, Run.Prefix, Endpoints.Users, "User", "externalId", marker, "a hostile POST /Users probe (SEC-050) was stored");
        foreach (var (what, response, sent) in probes)
        {
            var leaks = DisclosureScan.Find(response, sent);
            // A SHOULD of OWASP API8: the RFCs say nothing of what an error's detail may hold, so disclosure warns at the check's severity.
            Verify.Should(leaks.Count == 0, "POWASP-API8-01", $"{what} ({Describe(response)}) discloses internals: {string.Join("; ", leaks)}.");
        }
    }

    [Test]
    [ScimTest("SEC-051", "Malformed JSON gets 400 invalidSyntax, not a server error", Areas.Security, Severity.Medium,
        "R7644-3.12-05", "R7644-3.12-13", "POWASP-API8-02", Cwe = "CWE-20",
        Remediation = "Parse request bodies defensively: any JSON syntax error answers 400 with scimType invalidSyntax.")]
    public async Task Malformed_json_is_400_invalid_syntax()
    {
        // Every name carries the run prefix: a lenient parser that accepts one of these creates a user the cleanup can find.
        var name = Run.Data.UserName();
        // Extension: a form RFC 8259 §9 lets a parser accept (trailing commas, comments); accepting it warns, never fails (docs/interpretations.md).
        (string Body, string? UserName, bool Extension)[] bodies =
        [
            ("{\"schemas\":[\"" + ScimUris.User + "\"],\"userName\":\"" + name + "-a\"", name + "-a", false),
            ("{\"schemas\":[\"" + ScimUris.User + "\"],\"userName\":\"" + name + "-b\",}", name + "-b", true),
            ("not json at all", null, false),
            ("{\"userName\": \"" + name + "-c\u0001\"}\u0000", null, false),
            (new string('[', 5000), null, false),
        ];
        foreach (var (body, userName, extension) in bodies)
        {
            var response = await RawPostAsync(body);
            if (!response.IsSuccess && userName is not null)
                await CreateLookup.FindByAsync(Client, Run.Ledger, Run.Prefix, Endpoints.Users, "User", "userName", userName, $"malformed POST /Users answered {response.Status}");
            var what = $"POST of malformed JSON '{Short(body)}'";
            // RFC 7644 §3.12 asks for 400 with a SHOULD: accepting malformed input warns, whether or not RFC 8259 §9 covers the form.
            if (response.IsSuccess)
            {
                Verify.Should(false, "R7644-3.12-05", extension
                    ? $"{what} was accepted ({Describe(response)}): RFC 8259 §9 lets a parser accept this extension, but a client that relies on it breaks on strict servers."
                    : $"{what} was accepted ({Describe(response)}): a body that is not JSON should be refused with 400 invalidSyntax.");
                continue;
            }
            Verify.Should(response.Status < 500, "POWASP-API8-02", $"{what} answered {response.Status}: malformed input must be a 400, not a server error.");
            Verify.That(response.Status == 400, "R7644-3.12-05", $"{what} answered {response.Status} instead of 400.");
            Verify.That(response.Object.Text("scimType") == "invalidSyntax", "R7644-3.12-13",
                $"{what} answered scimType '{response.Object.Text("scimType") ?? "none"}' instead of invalidSyntax.");
        }
    }

    [Test]
    [ScimTest("SEC-052", "An oversized request body is refused (413 or 400)", Areas.Security, Severity.Medium,
        "POWASP-API4-01", Cwe = "CWE-770",
        Remediation = "Cap request bodies (e.g. 1-10 MB) at the edge and in the application; answer 413 Payload Too Large before reading the whole body.")]
    public async Task Oversized_body_is_refused()
    {
        // 32 MiB of JSON whitespace: valid JSON, so only a size limit refuses it, and an acceptance stays small on the wire back.
        var head = "{\"schemas\":[\"" + ScimUris.User + "\"],\"userName\":\"" + Run.Data.UserName() + "\"";
        ScimResponse response;
        try
        {
            // Written while it is sent: neither the check nor the evidence holds the 32 MiB.
            response = await Client.SendAsync(new ScimRequest(HttpMethod.Post, Endpoints.Users) { Padded = new PaddedBody(head, ' ', 32 << 20, "}") });
        }
        catch (ScimTransportException e)
        {
            Assert.Pass($"The endpoint cut the connection during the 32 MiB upload ({e.Message}): the body was not accepted.");
            return;
        }
        // Bounding request sizes is a SHOULD of OWASP API4, so an accepted body warns, once.
        if (response.IsSuccess)
        {
            Verify.Should(false, "POWASP-API4-01", $"a 32 MiB request body was accepted ({Describe(response)}): request sizes are not bounded.");
            return;
        }
        Verify.Should(response.Status is 413 or 400, "POWASP-API4-01", $"a 32 MiB request body answered {response.Status} instead of 413 Payload Too Large.");
    }

    [Test]
    [ScimTest("SEC-053", "Injection strings in filters never cause a server error or widen the result set", Areas.Security, Severity.Critical,
        "R7644-7.7-01", "R7643-9.2-02", "POWASP-API8-02", "R7644-3.4.2.2-01", Cwe = "CWE-89", Needs = [Capability.Filter],
        Remediation = "Translate filters to parameterised queries (never string concatenation), escape LIKE wildcards, and answer 400 invalidFilter to anything the grammar rejects.")]
    public async Task Filter_injection_is_harmless()
    {
        await CreateUserAsync();
        await CreateUserAsync();
        var p = Run.Prefix;
        var values = new[]
        {
            p + "x' OR '1'='1", p + "x\" or \"1\" eq \"1", p + "x'); DROP TABLE users;--", p + "x' UNION SELECT * FROM users--",
            p + "{\"$ne\": null}", p + "{\"$gt\": \"\"}", p + "x'||'", p + "%", p + "_%", p + "*", p + ".*", p + "\\",
            p + "\u0000", p + "\u0001\u001f\u007f", p + "\r\n", p + new string('A', 10_000),
        };
        var filters = new List<(string Filter, bool Valid)>();
        foreach (var v in values)
        {
            filters.Add((Filters.Eq("userName", v), true));
            filters.Add((Filters.StartsWith("userName", v), true));
        }
        filters.Add(($"userName eq \"{p}x\" or 1=1", false));
        filters.Add(($"userName eq \"{p}x\") or (userName pr", false));
        filters.Add(($"userName eq '{p}x' or '1'='1'", false));
        filters.Add(($"userName[$ne]=null", false));
        filters.Add(($"userName eq \"{p}\\u0000\"", true));
        foreach (var (filter, valid) in filters)
        {
            var response = await QueryAsync(Endpoints.Users, filter);
            var what = $"filter '{Short(filter)}'";
            Verify.Should(response.Status < 500, "POWASP-API8-02", $"{what} answered {response.Status}: hostile input reached something that crashed.");
            if (!response.IsSuccess) continue;
            var total = response.Object?["totalResults"] is JsonValue t && t.TryGetValue<int>(out var n) ? n : 0;
            var resources = ResourcesOf(response);
            Verify.Must(resources.Count == 0 && total == 0, "R7644-3.4.2.2-01",
                $"{what} matched {Math.Max(total, resources.Count)} resource(s) ({string.Join(", ", resources.Take(3).Select(r => r.Text("userName")))}) although no userName {(valid ? "equals or starts with that literal" : "can match an invalid filter")}: the input widened the query.");
        }
    }

    [Test]
    [ScimTest("SEC-054", "Injection strings in attribute values are stored as data, never executed", Areas.Security, Severity.High,
        "R7644-7.7-01", "R7643-9.2-02", "POWASP-API8-02", "R7644-3.1-03", Cwe = "CWE-89",
        Remediation = "Bind attribute values as query parameters and encode them on output; treat every value as opaque data.")]
    public async Task Attribute_injection_is_stored_as_data()
    {
        var hostile = new Dictionary<string, string>
        {
            ["displayName"] = "Robert'); DROP TABLE users;--",
            ["nickName"] = "{\"$gt\": \"\"}",
            ["title"] = "<script>alert(1)</script>",
            ["profileUrl"] = "javascript:alert(1)",
            ["locale"] = "${jndi:ldap://127.0.0.1/x}",
        };
        var body = Run.Data.User();
        foreach (var (name, value) in hostile) body[name] = value;
        var response = await PostUserAsync(body);
        Verify.Should(response.Status < 500, "POWASP-API8-02", $"a user whose attributes hold injection strings answered {response.Status}.");
        if (!response.IsSuccess) return; // refusing odd values is allowed
        var read = await Client.GetAsync(Endpoints.User(IdOf(response.Object!)));
        Responses.SetUp(read, $"reading back the user with injection strings (GET /{Endpoints.User(IdOf(response.Object!))})");
        Verify.Must(read.Object.Text("displayName") is not { } stored || stored == hostile["displayName"], "R7644-3.1-03",
            $"displayName was stored as '{read.Object.Text("displayName")}' instead of the literal SQL fragment.");
    }

    [Test]
    [ScimTest("SEC-055", "Control characters in attribute values are refused or stored, never a server error", Areas.Security, Severity.Medium,
        "POWASP-API8-02", "R7644-7.7-01", Cwe = "CWE-20",
        Remediation = "Validate strings (reject or normalise control characters) and answer 400 invalidValue; never let them reach a layer that fails.")]
    public async Task Control_characters_are_handled()
    {
        foreach (var value in new[] { "nul\u0000byte", "bell\u0007esc\u001b[31m", "line\r\nbreak", "bom\ufeff\u200b", "rtl\u202egnp.exe" })
        {
            var body = Run.Data.User();
            body["displayName"] = value;
            var response = await PostUserAsync(body);
            Verify.Should(response.Status < 500, "POWASP-API8-02", $"a displayName with control characters ({Escape(value)}) answered {response.Status}.");
            if (response.IsSuccess)
            {
                var read = await Client.GetAsync(Endpoints.User(IdOf(response.Object!)));
                Verify.Should(read.Status < 500, "POWASP-API8-02", $"reading back a user with control characters ({Escape(value)}) answered {read.Status}.");
            }
        }
    }

    [Test]
    [ScimTest("SEC-056", "Very long attribute values are refused or stored, never a server error", Areas.Security, Severity.Medium,
        "POWASP-API4-01", "POWASP-API8-02", Cwe = "CWE-1284",
        Remediation = "Enforce maximum lengths per attribute and answer 400 invalidValue (or 413) when exceeded.")]
    public async Task Long_values_are_handled()
    {
        var longName = Run.Data.UserName() + new string('x', 10_000);
        var userNameBody = Run.Data.User();
        userNameBody["userName"] = longName;
        var displayBody = Run.Data.User();
        displayBody["displayName"] = new string('y', 200_000);
        foreach (var (what, body) in new[] { ("a 10,000-character userName", userNameBody), ("a 200,000-character displayName", displayBody) })
        {
            var response = await PostUserAsync(body);
            Verify.Should(response.Status < 500, "POWASP-API8-02", $"{what} answered {response.Status}.");
        }
    }

    [Test]
    [ScimTest("SEC-064", "Errors are JSON and never reflect input as HTML", Areas.Security, Severity.High,
        "POWASP-API8-02", "R7644-3.12-01", Cwe = "CWE-79",
        Remediation = "Answer every error as application/scim+json; never render request input into text/html responses.")]
    public async Task Errors_do_not_reflect_html()
    {
        var script = "<script>alert('scimconf')</script>";
        // The sortBy probe lists only a user of this check's: a server may accept an unknown sortBy on an empty result.
        var own = UserNameOf(await CreateUserAsync());
        var probes = new[]
        {
            await QueryAsync(Endpoints.Users, "userName eq " + script),
            await Client.GetAsync(Endpoints.Users + "/" + Uri.EscapeDataString(script)),
            await QueryAsync(Endpoints.Users, Filters.Eq("userName", own), ("sortBy", script)),
        };
        foreach (var response in probes)
        {
            var html = response.MediaType is "text/html" or "application/xhtml+xml";
            Verify.Should(!(html && response.Body.Contains(script, StringComparison.Ordinal)), "POWASP-API8-02",
                $"{response.RequestUri.AbsolutePath} answered {Describe(response)} reflecting the request's <script> element in HTML.");
        }
    }

    [Test]
    [ScimTest("SEC-065", "Huge count values are bounded, never a server error", Areas.Security, Severity.Low,
        "POWASP-API4-01", "R7644-3.4.2.1-02", "POWASP-API8-02", Cwe = "CWE-770",
        Remediation = "Clamp count to a maximum page size (and advertise filter.maxResults); never let a client ask for unbounded pages.")]
    public async Task Huge_count_is_bounded()
    {
        var response = await QueryAsync(Endpoints.Users, Filters.StartsWith("userName", Run.Prefix), ("count", "2147483647"));
        Verify.Should(response.Status < 500, "POWASP-API8-02", $"count=2147483647 answered {response.Status}.");
        if (!response.IsSuccess) return;
        var max = Run.Capabilities.FilterMaxResults;
        if (max > 0)
            Verify.That(ResourcesOf(response).Count <= max, "POWASP-API4-01",
                $"count=2147483647 returned {ResourcesOf(response).Count} resources, more than the advertised filter.maxResults {max}.");
    }

    /// <summary>POSTs a raw body to /Users and records whatever the server created, so a body it should have refused stays no longer than the run.</summary>
    private static async Task<ScimResponse> RawPostAsync(string body)
    {
        var response = await Client.SendAsync(new ScimRequest(HttpMethod.Post, Endpoints.Users) { RawBody = body });
        if (response.IsSuccess && response.Object.Text("id") is { Length: > 0 } id) Run.Ledger.Record(Endpoints.User(id), "User", id);
        return response;
    }

    private static string Short(string text)
    {
        var escaped = Escape(text);
        return escaped.Length <= 60 ? escaped : escaped[..60] + "...";
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || c is '\ufeff' or '\u200b' or '\u202e' ? $"\\u{(int)c:x4}" : c.ToString()));
}
