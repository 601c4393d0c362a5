using System.Collections.Concurrent;
using System.Diagnostics;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;
using ScimConformance.Core.Run;

namespace ScimConformance.Suites.Deprovisioning;

/// <summary>
/// Read-after-write with a bound: asks the endpoint at once whether an effect (deactivation, deletion,
/// membership change) shows, and if not, asks again with growing pauses until it shows or the bound
/// (parameter <c>propagationBoundSeconds</c>, 10 s by default) is spent. Once an effect of some kind
/// never showed within the bound, later checks of that kind in the same run look once instead of
/// waiting the bound again, so a broken endpoint costs the wait once per kind, not once per check.
/// </summary>
public static class Propagation
{
    public const double DefaultBoundSeconds = 10;

    private static readonly TimeSpan[] Pauses =
        [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(800)];

    private static readonly ConcurrentDictionary<string, string> NeverShown = new(StringComparer.Ordinal);

    public static TimeSpan Bound
    {
        get
        {
            var seconds = SuiteParameters.Get(ParameterNames.PropagationBoundSeconds, DefaultBoundSeconds);
            return TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 600));
        }
    }

    /// <summary>
    /// Probes until <paramref name="shows"/> holds for the response; <paramref name="kind"/> names the effect
    /// ("delete-read", "deactivate-query"...) for the once-per-kind wait.
    /// </summary>
    public static Task<Observation> ObserveAsync(string kind, Func<Task<ScimResponse>> probe, Func<ScimResponse, bool> shows) =>
        ObserveAsync(kind, probe, shows, Bound);

    /// <summary>The same with an explicit bound instead of the run parameter.</summary>
    public static async Task<Observation> ObserveAsync(string kind, Func<Task<ScimResponse>> probe, Func<ScimResponse, bool> shows, TimeSpan limit)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(shows);
        var key = (ScimRun.Current?.RunId ?? "") + "|" + kind;
        var bound = NeverShown.TryGetValue(key, out _) ? TimeSpan.Zero : limit;
        var clock = Stopwatch.StartNew();
        var attempts = 0;
        while (true)
        {
            var at = clock.Elapsed;
            var response = await probe();
            attempts++;
            if (shows(response)) return new Observation(true, response, at, attempts, bound);
            // A refused request will not turn into the awaited answer by waiting; the caller judges the refusal.
            if (response.Status is 400 or 401 or 403 or 405 or 501) return new Observation(false, response, clock.Elapsed, attempts, bound);
            if (clock.Elapsed >= bound)
            {
                if (bound > TimeSpan.Zero) NeverShown.TryAdd(key, kind);
                return new Observation(false, response, clock.Elapsed, attempts, bound);
            }
            var pause = Pauses[Math.Min(attempts - 1, Pauses.Length - 1)];
            var left = bound - clock.Elapsed;
            await Task.Delay(pause < left ? pause : left);
        }
    }
}

/// <summary>What a bounded observation saw: whether the effect showed, the last answer, and when.</summary>
/// <param name="Delay">For a shown effect, how long after the write the answer that showed it was asked for (zero: at once).</param>
/// <param name="Bound">How long the observation was willing to wait (zero when an earlier check of the same kind already waited in vain).</param>
public sealed record Observation(bool Shown, ScimResponse Last, TimeSpan Delay, int Attempts, TimeSpan Bound)
{
    public bool Immediate => Shown && Attempts == 1;

    /// <summary>How the observation ended, for messages: "at once", "after 1.3 s (5 reads)", "not within 10 s (25 reads)".</summary>
    public string Describe() => Shown
        ? Immediate ? "at once" : $"after {Seconds(Delay)} ({Attempts} reads)"
        : Bound == TimeSpan.Zero
            ? "not at once (an earlier check of this run already waited the full bound for this kind of effect in vain, so this one looked once)"
            : $"not within {Seconds(Bound)} ({Attempts} reads)";

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
