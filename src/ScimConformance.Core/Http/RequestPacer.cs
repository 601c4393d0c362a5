namespace ScimConformance.Core.Http;

/// <summary>
/// Paces every request of a run as one stream, so throttling slows the whole run rather than one request: a
/// cap in requests per second (<c>--max-rps</c>), and a pause that holds every request, queued or not yet made,
/// until a 429's Retry-After, or the reset of a quota the endpoint announced as spent, has passed. Within a quota
/// requests go out freely: pacing them over the window would stretch a run that fits in it. Without a cap and
/// without throttling it only takes a lock per request.
/// </summary>
public sealed class RequestPacer(double? maxPerSecond = null, TimeProvider? clock = null)
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly double? _rate = maxPerSecond is > 0 ? maxPerSecond : null;
    private long _nextSlot;
    private long _pausedUntil;

    /// <summary>The cap in requests per second, or null when requests are not paced.</summary>
    public double? Rate => _rate;

    /// <summary>How many times a 429 or an exhausted quota paused the run.</summary>
    public int Pauses { get; private set; }

    /// <summary>Waits until this request may go out: after any pause, and in its own slot when the run is paced.</summary>
    public async Task WaitTurnAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _clock.GetTimestamp();
                var start = Math.Max(now, _pausedUntil);
                if (_rate is { } rate)
                {
                    var slot = Math.Max(start, _nextSlot);
                    _nextSlot = slot + (long)(_clock.TimestampFrequency / rate);
                    start = slot;
                }
                if (start <= now) return;
                wait = _clock.GetElapsedTime(now, start);
            }
            await Task.Delay(wait, _clock, ct).ConfigureAwait(false);
            // A pause that began while this request waited for its slot holds it too.
            lock (_gate)
                if (_pausedUntil <= _clock.GetTimestamp()) return;
        }
    }

    /// <summary>Holds every request until <paramref name="wait"/> from now has passed (a 429's Retry-After, a spent quota's reset).</summary>
    public void PauseFor(TimeSpan wait)
    {
        if (wait <= TimeSpan.Zero) return;
        lock (_gate)
        {
            var until = _clock.GetTimestamp() + (long)(wait.TotalSeconds * _clock.TimestampFrequency);
            if (until <= _pausedUntil) return;
            _pausedUntil = until;
            Pauses++;
        }
    }

    /// <summary>Learns from an answer: a quota the endpoint announces as spent pauses the run until it resets (within the bound).</summary>
    public void Observe(ScimResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (RateLimitHeaders.Read(response.Headers) is { Remaining: <= 0 } quota && quota.Reset <= RateLimit.MaxWait)
            PauseFor(quota.Reset);
    }
}
