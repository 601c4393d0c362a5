namespace ScimConformance.Cli.Commands.Load;

/// <summary>Spaces requests evenly so that, across all flows, no more than the given number start per second.</summary>
public sealed class RateGate(double? perSecond, TimeProvider? clock = null)
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly TimeSpan _interval = perSecond is { } r ? TimeSpan.FromSeconds(1 / r) : TimeSpan.Zero;
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    /// <summary>How long the caller must wait before its request may start; reserves that slot.</summary>
    public TimeSpan Reserve()
    {
        if (_interval == TimeSpan.Zero) return TimeSpan.Zero;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_next < now) _next = now;
            var wait = _next - now;
            _next += _interval;
            return wait;
        }
    }

    public async Task WaitAsync(CancellationToken ct)
    {
        var wait = Reserve();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _clock, ct).ConfigureAwait(false);
    }
}
