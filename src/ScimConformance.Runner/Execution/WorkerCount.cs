using ScimConformance.Core.Http;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// How many fixtures run at once when --parallel is not given: as many as keep the machine busy while the checks wait
/// for the endpoint. Against a nearby endpoint a check mostly waits on the CPU, and one worker per core is right; the
/// further away the endpoint, the longer each request waits on the network, so the count grows with the round trip
/// measured during discovery: one more worker per core for every <see cref="MillisecondsPerExtraWorker"/> ms.
/// </summary>
public static class WorkerCount
{
    public const int Max = 32;
    public const double MillisecondsPerExtraWorker = 5;

    /// <summary>The count for a run whose discovery made <paramref name="discovery"/> (the quickest answer is the round trip).</summary>
    public static int For(IEnumerable<Exchange> discovery, int cores)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        cores = Math.Max(1, cores);
        // The quickest answer, not the mean: the first requests of a run also pay for connection set-up and the JIT.
        var answered = discovery.Where(x => x.Status is not null).Select(x => x.Duration).ToArray();
        if (answered.Length == 0) return cores;
        var roundTrip = answered.Min().TotalMilliseconds;
        return Math.Clamp(cores * (1 + (int)Math.Floor(roundTrip / MillisecondsPerExtraWorker)), cores, Max);
    }
}
