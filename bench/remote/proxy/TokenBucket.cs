using System.Diagnostics;

namespace ScimConformance.Bench;

/// <summary>Allows <c>rate</c> requests per second on average with bursts of at most one second's worth.</summary>
internal sealed class TokenBucket(double rate)
{
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _tokens = Math.Max(1, rate);
    private double _last;

    /// <summary>Takes a token, or says how long until one is there.</summary>
    public bool TryTake(out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed.TotalSeconds;
            _tokens = Math.Min(Math.Max(1, rate), _tokens + (now - _last) * rate);
            _last = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                wait = TimeSpan.Zero;
                return true;
            }
            wait = TimeSpan.FromSeconds((1 - _tokens) / rate);
            return false;
        }
    }
}
