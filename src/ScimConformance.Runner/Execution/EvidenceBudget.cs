using ScimConformance.Core.Http;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// How much of its bodies a check keeps once its verdict is known. A check that did not pass keeps its evidence as
/// captured (bodies up to 64 KiB). A passing or skipped check whose bodies add up to more than
/// <see cref="PerCheckChars"/> (the generated filters and PATCH sequences, the leaver batch: hundreds of alike
/// exchanges) keeps every exchange but only the first <see cref="KeptBytes"/> of each body, with its size and SHA-256:
/// enough to see what was sent, without making results.json and report.html carry megabytes nobody reads.
/// </summary>
public static class EvidenceBudget
{
    public const int PerCheckChars = 256 * 1024;
    public const int KeptBytes = 2 * 1024;

    public static IReadOnlyList<Exchange> Apply(Outcome outcome, IReadOnlyList<Exchange> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        if (outcome is not (Outcome.Pass or Outcome.Skip)) return exchanges;
        var total = exchanges.Sum(x => (long)(x.RequestBody?.Length ?? 0) + (x.ResponseBody?.Length ?? 0));
        return total <= PerCheckChars ? exchanges : exchanges.Select(Shorten).ToArray();
    }

    private static Exchange Shorten(Exchange x) => x.WithBodies(Shorten(x.StoredRequestBody), Shorten(x.StoredResponseBody));

    /// <summary>A body already cut at capture keeps the size and digest of the whole; only its head gets shorter.</summary>
    private static EvidenceBody.Captured Shorten(EvidenceBody.Captured body) =>
        body.Bytes is null || body.Text is null
            ? EvidenceBody.Capture(body.Text, KeptBytes)
            : body with { Text = EvidenceBody.Head(body.Text, KeptBytes) };
}
