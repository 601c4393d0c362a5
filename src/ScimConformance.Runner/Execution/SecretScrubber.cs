using ScimConformance.Core.Http;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// Masks the run's secrets in the outcome texts and exchanges. The client redacts when it captures; this
/// catches a secret that reached a message some other way (an assertion quoting a header, an exception).
/// </summary>
public sealed class SecretScrubber(IEnumerable<string> secrets)
{
    public const string Mask = Reporting.ReportWriter.Mask;

    // Very short values would mask ordinary words; no real credential is that short.
    private readonly string[] _secrets = secrets.Where(s => s.Length >= 4).Distinct().OrderByDescending(s => s.Length).ToArray();

    public string Scrub(string text)
    {
        foreach (var secret in _secrets)
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        return text;
    }

    public TestOutcome Scrub(TestOutcome test) => _secrets.Length == 0 ? test : test with
    {
        Message = Scrub(test.Message),
        Exchanges = test.Exchanges.Select(Scrub).ToArray(),
    };

    private Exchange Scrub(Exchange x) => x with
    {
        Url = Scrub(x.Url),
        RequestHeaders = x.RequestHeaders.Select(h => new KeyValuePair<string, string>(h.Key, Scrub(h.Value))).ToArray(),
        RequestBody = x.RequestBody is null ? null : Scrub(x.RequestBody),
        ResponseHeaders = x.ResponseHeaders.Select(h => new KeyValuePair<string, string>(h.Key, Scrub(h.Value))).ToArray(),
        ResponseBody = x.ResponseBody is null ? null : Scrub(x.ResponseBody),
        Error = x.Error is null ? null : Scrub(x.Error),
    };
}
