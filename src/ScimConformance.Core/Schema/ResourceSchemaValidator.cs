using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Schema;

/// <summary>
/// Validates resources the endpoint returns against JSON Schemas built (with JsonSchema.Net) from the
/// endpoint's own /Schemas definitions, naming the attribute that is wrong.
/// </summary>
public sealed class ResourceSchemaValidator
{
    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    private readonly DiscoveryResult _discovery;
    private readonly ConcurrentDictionary<string, Compiled> _byResourceType = new(StringComparer.OrdinalIgnoreCase);
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };
    private readonly Lock _buildGate = new();
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public ResourceSchemaValidator(DiscoveryResult discovery)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        _discovery = discovery;
    }

    /// <summary>The JSON Schema document used for a resource type (for reports and debugging).</summary>
    public JsonObject SchemaFor(string resourceType) => Compile(resourceType).Document;

    /// <summary>Validates a resource of the named resource type ("User", "Group"); empty when valid.</summary>
    public IReadOnlyList<SchemaViolation> Validate(string resourceType, JsonNode resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var compiled = Compile(resourceType);
        if (resource is not JsonObject)
            return [new SchemaViolation("", $"expected a JSON object, got {Describe(resource)}")];
        var canonical = AttributeNameCanonicaliser.Canonicalise(resource, compiled.Document);
        var results = compiled.Schema.Evaluate(JsonSerializer.SerializeToElement(canonical), Evaluation);
        if (results.IsValid) return [];
        var violations = new List<SchemaViolation>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null) continue;
            var pointer = detail.InstanceLocation.ToString();
            foreach (var keyword in detail.Errors.Keys)
                violations.AddRange(Explain(keyword, pointer, canonical, compiled.Document));
        }
        if (violations.Count == 0 && results.Errors is { } top)
            violations.AddRange(top.Select(e => new SchemaViolation("", e.Value)));
        return violations.Distinct().ToArray();
    }

    private Compiled Compile(string resourceType) => _byResourceType.GetOrAdd(resourceType, name =>
    {
        var definition = _discovery.ResourceType(name)
            ?? throw new ArgumentException($"The endpoint advertises no resource type named '{name}'.", nameof(resourceType));
        var document = ScimJsonSchemaBuilder.Build(definition, _discovery);
        var uri = new Uri($"https://scimconf.invalid/{_instance}/{Uri.EscapeDataString(definition.Name)}");
        // The schema registry is shared by builds; serialise them so two tests validating at once do not race.
        lock (_buildGate)
            return new Compiled(document, JsonSchema.Build(JsonSerializer.SerializeToElement(document), _build, uri));
    });

    private static IEnumerable<SchemaViolation> Explain(string keyword, string pointer, JsonNode resource, JsonObject schema)
    {
        var instance = Resolve(resource, pointer);
        var fragment = SchemaAt(schema, pointer);
        switch (keyword)
        {
            case "type":
                yield return new(pointer, $"expected {ScimType(fragment)}, got {Describe(instance)}");
                break;
            case "required":
                var present = (instance as JsonObject)?.Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal) ?? [];
                foreach (var name in ((fragment as JsonObject)?["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()))
                    if (!present.Contains(name)) yield return new($"{pointer}/{Escape(name)}", "required attribute is missing");
                break;
            case "format":
                yield return new(pointer, $"\"{Text(instance)}\" is not a valid dateTime (RFC 7643 §2.3.5, e.g. 2008-01-23T04:56:22Z)");
                break;
            case "minItems":
                yield return new(pointer, "must be a non-empty array");
                break;
            case "minLength":
                yield return new(pointer, "must be a non-empty string");
                break;
            case "":
            case "false":
                yield return new(pointer, "is returned=never in the endpoint's schema and must not appear in responses");
                break;
            default:
                yield return new(pointer, $"violates \"{keyword}\"");
                break;
        }
    }

    /// <summary>Walks the generated schema along an instance pointer (objects by name, arrays by items).</summary>
    private static JsonNode? SchemaAt(JsonObject schema, string pointer)
    {
        JsonNode? current = schema;
        foreach (var segment in Segments(pointer))
        {
            if (current is not JsonObject obj) return current;
            current = obj["items"] is { } items && int.TryParse(segment, out _) ? items : (obj["properties"] as JsonObject)?[segment];
        }
        return current;
    }

    private static JsonNode? Resolve(JsonNode root, string pointer)
    {
        JsonNode? current = root;
        foreach (var segment in Segments(pointer))
        {
            current = current switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var i) && i >= 0 && i < array.Count => array[i],
                _ => null,
            };
        }
        return current;
    }

    private static IEnumerable<string> Segments(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string ScimType(JsonNode? fragment) => fragment is JsonObject f ? f["type"]?.GetValue<string>() switch
    {
        "number" => "decimal",
        "object" => "complex object",
        "array" => "multi-valued array",
        "string" when f["format"] is not null => "dateTime string",
        { } other => other,
        null => "a value",
    } : "a value";

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => v.GetValueKind().ToString().ToLowerInvariant(),
        },
        _ => node.GetValueKind().ToString().ToLowerInvariant(),
    };

    private static string Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString() ?? "null";

    private sealed record Compiled(JsonObject Document, JsonSchema Schema);
}

/// <summary>One problem: the JSON pointer of the attribute and what is wrong with it.</summary>
public sealed record SchemaViolation(string Pointer, string Message)
{
    public override string ToString() => $"{Pointer}: {Message}";
}
