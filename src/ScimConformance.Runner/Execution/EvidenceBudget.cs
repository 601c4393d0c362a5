using ScimConformance.Core.Http;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// How much of its evidence a check keeps once its verdict is known. A check that did not pass keeps its evidence as
/// captured (bodies up to 64 KiB). A passing or skipped check keeps every exchange, since the latency summary counts
/// them all, but less of each: its first <see cref="KeptExchanges"/> exchanges keep their headers and the first
/// <see cref="KeptBytes"/> of each body; the ones after (the generated PATCH sequences, the leaver batch, the paged
/// listing: hundreds of alike exchanges) keep the request line, status and timing, and each body's size and SHA-256.
/// Cut bodies always carry the size and digest of the whole. Without this a passing demo run wrote 9.7 MB of
/// results.json and 8.2 MB of report.html, nearly all of it bodies and headers of passing checks nobody reads.
/// </summary>
public static class EvidenceBudget
{
    public const int KeptExchanges = 6;
    /// <summary>
    /// How many of those the report page shows for a passing or skipped check (results.json has them all): the set-up and
    /// the request the check was about come first, and the page stays under its size budget as the suites grow.
    /// </summary>
    public const int PageExchanges = 4;
    public const int KeptBytes = 1024;

    /// <summary>True when a check with this outcome keeps less than it captured.</summary>
    public static bool Thins(Outcome outcome) => outcome is Outcome.Pass or Outcome.Skip;

    public static IReadOnlyList<Exchange> Apply(Outcome outcome, IReadOnlyList<Exchange> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        if (!Thins(outcome)) return exchanges;
        var kept = exchanges.Select((x, i) => i < KeptExchanges ? Shorten(x, KeptBytes) : Thin(x)).ToArray();
        return kept.SequenceEqual(exchanges) ? exchanges : kept;
    }

    private static Exchange Thin(Exchange x) => Shorten(x, 0) with { RequestHeaders = [], ResponseHeaders = [] };

    private static Exchange Shorten(Exchange x, int keptBytes) =>
        x.WithBodies(Shorten(x.StoredRequestBody, keptBytes), Shorten(x.StoredResponseBody, keptBytes));

    /// <summary>A body already cut at capture keeps the size and digest of the whole; only its head gets shorter.</summary>
    private static EvidenceBody.Captured Shorten(EvidenceBody.Captured body, int keptBytes) =>
        body.Bytes is null || body.Text is null
            ? EvidenceBody.Capture(body.Text, keptBytes)
            : body with { Text = EvidenceBody.Head(body.Text, keptBytes) };
}
