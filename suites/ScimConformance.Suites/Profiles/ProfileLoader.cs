using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// Reads profile files and checks each against profiles/profile.schema.json (JsonSchema.Net) before use,
/// so a contributor's typo stops the load with the file name and the JSON pointer of the problem.
/// </summary>
public static partial class ProfileLoader
{
    private const string ProfilePrefix = "profiles/";
    private const string SchemaResource = "profile-schema/profile.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(ProfileLoader).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new ProfileLoadException($"The suites assembly carries no {SchemaResource}.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        return JsonSchema.Build(JsonDocument.Parse(text).RootElement,
            new BuildOptions { SchemaRegistry = new SchemaRegistry() },
            new Uri("https://scimconf.invalid/profiles/profile.schema.json"));
    });

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };

    /// <summary>Every profile embedded in an assembly (default: the built-in suites), in name order.</summary>
    public static IReadOnlyList<ProviderProfile> LoadEmbedded(Assembly? assembly = null)
    {
        assembly ??= typeof(ProfileLoader).Assembly;
        var profiles = new List<ProviderProfile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ProfilePrefix, StringComparison.Ordinal)
                     && n.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            profiles.Add(Parse(name[ProfilePrefix.Length..], reader.ReadToEnd()));
        }
        var clash = profiles.GroupBy(p => p.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new ProfileLoadException(
                $"Profiles {string.Join(" and ", clash.Select(p => p.Name + ".json"))} would both use check ids {clash.Key}-nnn: rename one file so the first three letters differ.");
        return profiles;
    }

    /// <summary>Parses and validates one profile file; throws <see cref="ProfileLoadException"/> naming the file and the pointer.</summary>
    public static ProviderProfile Parse(string fileName, string json)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var letters = new string(stem.Where(char.IsAsciiLetter).Take(3).ToArray()).ToUpperInvariant();
        if (!StemPattern().IsMatch(stem) || letters.Length < 3)
            throw new ProfileLoadException($"Profile {fileName}: the file name must be lower-case letters, digits and '-' and start with three letters (it names the provider and its check ids).");

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ProfileLoadException($"Profile {fileName} is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", e);
        }
        using (document)
        {
            var result = Schema.Value.Evaluate(document.RootElement, Evaluation);
            if (!result.IsValid)
            {
                var problems = (result.Details ?? [])
                    .Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{Pointer(d.InstanceLocation.ToString())}: {e.Value}"))
                    .Distinct()
                    .Take(5)
                    .ToArray();
                throw new ProfileLoadException(
                    $"Profile {fileName} does not match profiles/profile.schema.json at {string.Join("; ", problems.DefaultIfEmpty("/: invalid"))}");
            }
        }

        var steps = JsonNode.Parse(json)!.AsArray().Select((node, i) => ToStep(i, node!.AsObject())).ToArray();
        return new ProviderProfile(stem.ToLowerInvariant(), letters, steps);
    }

    private static string Pointer(string location) => location.Length == 0 ? "/" : location;

    private static ProfileStep ToStep(int index, JsonObject o) => new()
    {
        Index = index,
        Step = (string)o["step"]!,
        Variant = (string)o["variant"]!,
        Method = (string?)o["method"],
        Path = (string?)o["path"],
        Query = (string?)o["query"],
        QueryRaw = (string?)o["query_raw"],
        Headers = (o["headers"] as JsonObject)?.Select(kv => new KeyValuePair<string, string>(kv.Key, (string)kv.Value!)).ToArray() ?? [],
        Body = o["body"]?.DeepClone() as JsonObject,
        ExpectedStatus = o["expect"]!["status"]!.AsArray().Select(s => (int)s!).ToArray(),
        Notes = (string?)o["expect"]!["notes"] ?? "",
        Captures = (o["captures"] as JsonObject)?.Select(kv => new KeyValuePair<string, string>(kv.Key, (string)kv.Value!)).ToArray() ?? [],
        Source = (string)o["source"]!,
        Confidence = ((string)o["confidence"]!).ToLower(CultureInfo.InvariantCulture),
        Informational = (bool?)o["informational"] ?? false,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex StemPattern();
}
