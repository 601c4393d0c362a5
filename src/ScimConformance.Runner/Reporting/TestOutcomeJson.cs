using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ScimConformance.Authoring;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// Writes a <see cref="TestOutcome"/> as one flat object, the declaration's members (id, title, ...) followed by
/// the verdict's (outcome, message, ...), and reads it back. results.json, the HTML report and every tool
/// that reads them keep the shape they had before the model held the declaration as one <see cref="CheckInfo"/>.
/// </summary>
/// <param name="forPage">
/// For the report page: a passing or skipped check carries only its first <see cref="EvidenceBudget.PageExchanges"/>
/// exchanges (of those it kept whole) and counts the rest in "exchangesOmitted"; results.json has them all.
/// </param>
internal sealed class TestOutcomeJson(bool forPage = false) : JsonConverter<TestOutcome>
{
    public const string OmittedMember = "exchangesOmitted";

    private (JsonSerializerOptions Source, JsonSerializerOptions Plain)? _plain;

    public override TestOutcome Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var flat = JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException("A test in results.json is not an object.");
        var check = flat.Deserialize<CheckInfo>(options) ?? throw new JsonException("A test in results.json has no declaration.");
        // The verdict's members are read by the default contract; the declaration's are unknown to it and skipped.
        flat[CheckMember(options)] = JsonSerializer.SerializeToNode(check, options);
        return flat.Deserialize<TestOutcome>(Plain(options)) ?? throw new JsonException("A test in results.json holds no verdict.");
    }

    public override void Write(Utf8JsonWriter writer, TestOutcome value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var member in JsonSerializer.SerializeToElement(value.Check, options).EnumerateObject())
            member.WriteTo(writer);
        var checkMember = CheckMember(options);
        var omitted = forPage && EvidenceBudget.Thins(value.Outcome) ? Math.Max(0, value.Exchanges.Count - EvidenceBudget.PageExchanges) : 0;
        var shown = omitted > 0 ? value with { Exchanges = value.Exchanges.Take(EvidenceBudget.PageExchanges).ToArray() } : value;
        foreach (var member in JsonSerializer.SerializeToElement(shown, Plain(options)).EnumerateObject())
            if (member.Name != checkMember) member.WriteTo(writer);
        if (omitted > 0) writer.WriteNumber(OmittedMember, omitted);
        writer.WriteEndObject();
    }

    private static string CheckMember(JsonSerializerOptions options) =>
        options.PropertyNamingPolicy?.ConvertName(nameof(TestOutcome.Check)) ?? nameof(TestOutcome.Check);

    /// <summary>The same options without this converter, for the verdict's default contract.</summary>
    private JsonSerializerOptions Plain(JsonSerializerOptions options)
    {
        if (_plain is { } cached && ReferenceEquals(cached.Source, options)) return cached.Plain;
        var plain = new JsonSerializerOptions(options);
        plain.Converters.Remove(this);
        plain.MakeReadOnly(populateMissingResolver: true);
        _plain = (options, plain);
        return plain;
    }
}
