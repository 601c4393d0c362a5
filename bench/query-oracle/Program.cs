using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;
using ScimConformance.Suites.Query;

// The filter oracle's evaluation rate: generated filters (the QRY-001 generator) evaluated against a synthetic
// copy of the query dataset, with the attribute definitions of the reference server's /Schemas.
// Usage: QueryOracleBench <repo root> [filters] [resources]
var root = args.Length > 0 ? args[0] : ".";
var filterCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
var resourceCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;

var problems = new List<string>();
var schemaDocuments = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "src/ScimConformance.ReferenceServer/Discovery/schemas.json")))!;
var schemaArray = schemaDocuments as JsonArray ?? schemaDocuments["Resources"]!.AsArray();
var schemas = schemaArray.OfType<JsonObject>().Select(s => SchemaParser.Parse(s, problems)).OfType<SchemaDefinition>().ToArray();
var discovery = new DiscoveryResult
{
    Capabilities = new Capabilities { Filter = true },
    Schemas = schemas,
    ResourceTypes = [new ResourceTypeDefinition("User", "User", "/Users", ScimUris.User, [new SchemaExtensionRef(ScimUris.EnterpriseUser, false)])],
};

var users = new List<JsonObject>();
var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
for (var batch = 0; users.Count < resourceCount; batch++)
{
    foreach (var body in QueryDatasetBuilder.Bodies($"bench-{batch}-", 4242 + batch, withEnterprise: true))
    {
        if (users.Count == resourceCount) break;
        body["id"] = Guid.NewGuid().ToString();
        body["meta"] = new JsonObject { ["resourceType"] = "User", ["created"] = start.AddSeconds(users.Count).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) };
        users.Add(body);
    }
}

var dataset = new QueryDataset("bench-", users, hasEnterprise: true);
var generator = new FilterGenerator(dataset, 4242);
var filters = Enumerable.Range(0, filterCount).Select(_ => generator.Next()).ToArray();
var oracle = new FilterEvaluator(discovery);

// Warm-up, then the measured pass.
foreach (var filter in filters.Take(50)) foreach (var user in users) oracle.Matches(filter, user, ScimUris.User);
var matches = 0L;
var watch = Stopwatch.StartNew();
foreach (var filter in filters)
    foreach (var user in users)
        if (oracle.Matches(filter, user, ScimUris.User)) matches++;
watch.Stop();

var evaluations = (double)filterCount * users.Count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"oracle: {filterCount} filters x {users.Count} resources = {evaluations:N0} evaluations in {watch.Elapsed.TotalSeconds:F2} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"oracle: {evaluations / watch.Elapsed.TotalSeconds:N0} evaluations/s (filters x resources per second), {matches:N0} matches"));
if (problems.Count > 0) Console.WriteLine($"schema problems: {problems.Count}");
