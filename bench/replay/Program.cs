using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

// Usage: ReplayBench <results.json> <token environment variable>
// Sends every request the run's checks recorded, in order, one at a time, with a bare HttpClient against
// the same (still running) server, and compares the wire time with the harness's own figures.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ReplayBench <results.json> <token-env>");
    return 2;
}

var run = JsonNode.Parse(File.ReadAllText(args[0]))!;
var token = Environment.GetEnvironmentVariable(args[1]) ?? throw new InvalidOperationException($"${args[1]} is not set.");
var exchanges = run["tests"]!.AsArray().SelectMany(t => t!["exchanges"]!.AsArray()).Select(x => x!).ToList();
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var raw = new List<double>();
var recorded = new List<double>();
var created = new List<string>();
var total = Stopwatch.StartNew();
foreach (var x in exchanges)
{
    var url = x["url"]!.GetValue<string>();
    using var request = new HttpRequestMessage(new HttpMethod(x["method"]!.GetValue<string>()), url);
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    request.Headers.Accept.ParseAdd("application/scim+json");
    if (x["requestBody"]?.GetValue<string>() is { } body)
    {
        var type = x["requestHeaders"]!.AsArray().FirstOrDefault(h => string.Equals(h!["key"]!.GetValue<string>(), "Content-Type", StringComparison.OrdinalIgnoreCase))?["value"]?.GetValue<string>();
        request.Content = new StringContent(body, Encoding.UTF8);
        if (type is not null && MediaTypeHeaderValue.TryParse(type, out var mediaType)) request.Content.Headers.ContentType = mediaType;
    }
    var clock = Stopwatch.StartNew();
    try
    {
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        clock.Stop();
        if ((int)response.StatusCode == 201 && response.Headers.Location is { } location) created.Add(location.ToString());
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        clock.Stop();
    }
    raw.Add(clock.Elapsed.TotalMilliseconds);
    recorded.Add(TimeSpan.Parse(x["duration"]!.GetValue<string>(), CultureInfo.InvariantCulture).TotalMilliseconds);
}
total.Stop();

// What the replay created is the replay's to delete (newest first).
foreach (var location in Enumerable.Reverse(created))
{
    using var delete = new HttpRequestMessage(HttpMethod.Delete, location);
    delete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    try { using var _ = await http.SendAsync(delete); } catch (HttpRequestException) { }
}

static double P(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count), 1, sorted.Count) - 1];
}

var n = exchanges.Count;
var runSeconds = TimeSpan.Parse(run["duration"]!.GetValue<string>(), CultureInfo.InvariantCulture).TotalSeconds;
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"requests recorded by checks: {n}"));
Console.WriteLine(string.Create(inv, $"harness client (RestSharp, as recorded): sum {recorded.Sum() / 1000:0.00} s, p50 {P(recorded, 50):0.00} ms, p95 {P(recorded, 95):0.00} ms"));
Console.WriteLine(string.Create(inv, $"bare HttpClient replay:                  sum {raw.Sum() / 1000:0.00} s, p50 {P(raw, 50):0.00} ms, p95 {P(raw, 95):0.00} ms (wall {total.Elapsed.TotalSeconds:0.00} s)"));
var overheadMs = (recorded.Sum() - raw.Sum()) / Math.Max(n, 1);
var rawMeanMs = raw.Sum() / Math.Max(n, 1);
Console.WriteLine(string.Create(inv, $"client stack overhead per request (recorded - replay, means): {overheadMs:0.00} ms = {(rawMeanMs > 0 ? overheadMs / rawMeanMs * 100 : 0):0.0}% of the replay's {rawMeanMs:0.00} ms per request"));
Console.WriteLine(string.Create(inv, $"run duration {runSeconds:0.00} s: harness cost beyond the wire per request ((run - replay wall) / n): {(runSeconds - total.Elapsed.TotalSeconds) * 1000 / Math.Max(n, 1):0.00} ms"));
Console.WriteLine(string.Create(inv, $"replay created {created.Count} resources and deleted them"));
return 0;
