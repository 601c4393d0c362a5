using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ScimConformance.Bench;

// Usage: ReplayBench <results.json> <token environment variable>
// Replays every request the run's checks recorded, in order and one at a time, against the same (still running)
// server, alternately through a bare HttpClient and through the harness's own client (RestSharp, auth, body cap,
// redaction, journal), after a warm-up of both. Both see the same server state, so the difference of their times
// per request is what the harness's client stack costs beyond the wire. Prints figures; asserts nothing.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ReplayBench <results.json> <token-env>");
    return 2;
}

var inv = CultureInfo.InvariantCulture;
var requests = RecordedRequest.Load(args[0]);
var baseUrl = new Uri(JsonNode.Parse(File.ReadAllText(args[0]))!["target"]!["baseUrl"]!.GetValue<string>());
var token = Environment.GetEnvironmentVariable(args[1]) ?? throw new InvalidOperationException($"${args[1]} is not set.");
using var bare = new BareHttpSender(token);
using var harness = new HarnessSender(baseUrl, token);
using var handlers = BareHttpSender.OverHarnessHandlers(baseUrl, token);
using var cleaner = new HttpClient();
cleaner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

async Task<List<double>> PassAsync(ISender sender, int count)
{
    var times = new List<double>(count);
    var created = new List<string>();
    foreach (var request in requests.Take(count))
    {
        var clock = Stopwatch.StartNew();
        int status;
        string? location;
        try
        {
            (status, location) = await sender.SendAsync(request);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ScimConformance.Core.Http.ScimTransportException)
        {
            // The run's hostile checks send what a server may cut off (oversized bodies); both clients meet the same cut.
            (status, location) = (0, null);
        }
        times.Add(clock.Elapsed.TotalMilliseconds);
        if (status == 201 && location is not null) created.Add(location);
    }
    // What a pass created is the pass's to delete (newest first), untimed, so every pass starts from the same state.
    foreach (var location in Enumerable.Reverse(created))
    {
        using var _ = await cleaner.DeleteAsync(location);
    }
    return times;
}

static double P(IReadOnlyList<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count), 1, sorted.Count) - 1];
}

await PassAsync(bare, Math.Min(requests.Count, 500));
await PassAsync(harness, Math.Min(requests.Count, 500));
await PassAsync(handlers, Math.Min(requests.Count, 500));
var bareTimes = new List<double>();
var harnessTimes = new List<double>();
var handlerTimes = new List<double>();
for (var round = 0; round < 3; round++)
{
    bareTimes.AddRange(await PassAsync(bare, requests.Count));
    harnessTimes.AddRange(await PassAsync(harness, requests.Count));
    handlerTimes.AddRange(await PassAsync(handlers, requests.Count));
}

var n = requests.Count;
var bareMean = bareTimes.Average();
var harnessMean = harnessTimes.Average();
var recorded = requests.Select(r => r.RecordedDuration.TotalMilliseconds).ToList();
Console.WriteLine(string.Create(inv, $"requests recorded by checks: {n}, replayed 3 times each way after a warm-up"));
Console.WriteLine(string.Create(inv, $"bare HttpClient:      mean {bareMean:0.000} ms, p50 {P(bareTimes, 50):0.000} ms, p95 {P(bareTimes, 95):0.000} ms"));
Console.WriteLine(string.Create(inv, $"harness's ScimClient: mean {harnessMean:0.000} ms, p50 {P(harnessTimes, 50):0.000} ms, p95 {P(harnessTimes, 95):0.000} ms"));
Console.WriteLine(string.Create(inv, $"{handlers.Name}: mean {handlerTimes.Average():0.000} ms, p50 {P(handlerTimes, 50):0.000} ms (what is left of the harness's cost is building the request, redaction and the journal)"));
Console.WriteLine(string.Create(inv, $"harness overhead per request: {harnessMean - bareMean:0.000} ms = {(harnessMean - bareMean) / bareMean * 100:0.0}% of the bare replay's time per request"));
Console.WriteLine(string.Create(inv, $"as recorded during the run (cold server and client, checks' own work in between): mean {recorded.Average():0.000} ms, p50 {P(recorded, 50):0.000} ms"));
return 0;
