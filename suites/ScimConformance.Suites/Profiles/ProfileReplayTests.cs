using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// Replays one identity provider's profile (profiles/&lt;name&gt;.json) step by step against the endpoint:
/// run-scoped values, ids captured from earlier answers, and checks of what the provider relies on
/// (status, captured values, filter lookups returning exactly the expected matches). A failing
/// high-confidence step fails; a medium/low one warns that the shape is unconfirmed; an informational
/// step is skipped with its note; a step whose inputs an earlier step did not produce is "could not decide", and one
/// whose inputs come from a step that failed or errored is an error "blocked by" that step, never a failure of its own.
/// </summary>
// Each provider's steps run in order (they build on each other), but providers replay side by side with the other
// fixtures: every value they create or look up is their own, and unfiltered pages are judged by status and shape only.
[TestFixtureSource(typeof(ProfileReplayTests), nameof(Providers))]
public sealed class ProfileReplayTests(string provider) : ScimFixture
{
    private readonly ProviderProfile _profile = ProfileCatalog.Get(provider);
    private ReplayValues? _values;
    private readonly ReplayModel _model = new();
    private readonly ReplayDependencies _dependencies = new();

    public static IEnumerable<TestFixtureData> Providers() =>
        ProfileCatalog.Selected().Select(name => new TestFixtureData(name).SetArgDisplayNames(name));

    private ReplayValues Values => _values ??= new ReplayValues(Run.Prefix, provider, Run.Data);

    [ProfileSteps]
    public async Task Replay(int index)
    {
        var step = _profile.Steps[index];
        var id = _profile.CheckId(index);
        if (step.Informational)
            Assert.Ignore($"Note ({provider}, not sent): {ReplayValues.Template(step.Notes)}");
        try
        {
            await ReplayStepAsync(step, id);
        }
        catch (Exception e) when (e is not IgnoreException and not SuccessException)
        {
            // Failed (an assertion) or errored (could not decide, no answer): what it bound, or was to bind, is not reused.
            _dependencies.Broke(id, MeantToBind(step));
            throw;
        }
    }

    private async Task ReplayStepAsync(ProfileStep step, string id)
    {
        await EnsureHelpersAsync(step);
        if (_dependencies.BlockerOf(Needed(step)) is { } blocker)
            Assert.Inconclusive($"blocked by {blocker}: {provider} {step.Step} [{step.Variant}] uses a value that step bound or was to bind, and it failed or errored.");
        var missing = Needed(step).Where(p => !Values.Has(p)).ToArray();
        Verify.Precondition(missing.Length == 0, string.Join("; ", missing.Select(p => Values.CapturedBy(p) is { } by
            ? $"the value {p} was to come from step {by}, which did not produce it"
            : $"no step of the profile provides the value {p}")));

        var path = Values.Substitute(step.Path!, Uri.EscapeDataString);
        var request = new ScimRequest(new HttpMethod(step.Method!), path.TrimStart('/'))
        {
            Json = Values.Substitute(step.Body),
            // The harness's own credentials replace the provider's Authorization; Content-Type travels without its
            // charset parameter (the HTTP client refuses it in that form; SCIM bodies are UTF-8 either way).
            Headers = step.Headers.Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                    && !h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                .Select(h => new KeyValuePair<string, string>(h.Key, Values.Substitute(h.Value))).ToArray(),
            ContentType = step.Headers.Where(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                .Select(h => h.Value.Split(';')[0].Trim()).FirstOrDefault() ?? "application/scim+json",
        };
        string? filter = null;
        if (step.QueryRaw is { } raw)
        {
            request = request with { Path = request.Path + "?" + Values.Substitute(raw, Uri.EscapeDataString) };
            filter = Values.Substitute(Uri.UnescapeDataString(raw.Replace('+', ' ')));
            filter = QueryValue(filter, "filter");
        }
        else if (step.Query is { } query)
        {
            var pairs = Values.Substitute(query).Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? p[1] : "")).ToArray();
            request = request with { Query = pairs };
            filter = pairs.FirstOrDefault(p => p.Key == "filter").Value;
        }
        var collection = path.TrimStart('/').Split('/')[0];
        var target = path.TrimStart('/').Split('/').ElementAtOrDefault(1);
        IReadOnlyList<string> unmapped = [];
        if (collection == "Users" && step.Method is "POST" or "PUT" or "PATCH")
        {
            (var body, unmapped) = new UndeclaredAttributes(Run.Discovery).Strip(step.Method, request.Json);
            request = request with { Json = body };
            if (unmapped.Count > 0 && body?["Operations"] is JsonArray { Count: 0 })
                Assert.Ignore($"Skipped: {provider} {step.Step} [{step.Variant}] writes only {string.Join(", ", unmapped)}, which the target's /Schemas does not declare; "
                    + $"an administrator unmaps such attributes, so {provider} would not send this request.");
        }
        var expectedMatches = step.Method == "GET" && target is null ? _model.ExpectedMatches(collection, filter) : null;

        var response = await Client.SendAsync(request);
        string? adaptedFrom = null;
        if (step.Method == "POST" && target is null && request.Json is JsonObject sent
            && Run.Adapter.Learn(collection.TrimEnd('s'), sent, response) is { } adapted)
        {
            // The target demands an attribute the provider's body leaves out (RFC 7644 §3.3 lets it refuse with 400 and say why):
            // sent again with it, so the steps that build on this one still run; the provider must map it, which warns below.
            adaptedFrom = $"{Describe(response)} {Excerpt(response.Body)}";
            request = request with { Json = adapted };
            response = await Client.SendAsync(request);
        }
        Record(step, id, collection, target, request, response);

        // The request as sent, with the ids and names this run bound (never the profile's {{placeholders}}).
        var what = $"{provider} {step.Step} [{step.Variant}]: {step.Method} {path}";
        // The provider's notes are its documentation: placeholders in them stay names (a bound password must not be quoted).
        var notes = ReplayValues.Template(step.Notes);
        var statusOk = step.ExpectedStatus.Contains(response.Status);
        if (!statusOk && step.Method == "PATCH" && response.Status is 200 or 204 && step.ExpectedStatus.All(s => s is 200 or 204))
        {
            // RFC 7644 §3.5.2 lets a server answer a PATCH with 200 and the resource or with 204; the provider documents only the other.
            Verify.Should(false, StepRequirements.Compatibility,
                $"{what} answered {response.Status}; {provider} documents {Statuses(step)}. RFC 7644 allows both, so this is only a warning. {notes}");
        }
        else
        {
            Judge(step, statusOk, $"{what} answered {Describe(response)}; {provider} needs {Statuses(step)}. {Excerpt(response.Body)} Provider notes: {notes}");
        }

        if (unmapped.Count > 0)
            Verify.Should(false, StepRequirements.Compatibility,
                $"{what} was sent without {string.Join(", ", unmapped)}, which the target's /Schemas does not declare (RFC 7643 §8.7.1 lets it publish fewer attributes); "
                + $"{provider} sends {(unmapped.Count == 1 ? "it" : "them")} unless the administrator unmaps {(unmapped.Count == 1 ? "it" : "them")}.");

        if (adaptedFrom is not null)
            Verify.Should(false, StepRequirements.Compatibility,
                $"{what} as {provider} sends it was refused ({adaptedFrom}); sent again with the attribute the target named, it answered {Describe(response)}. "
                + $"{provider} sends that attribute only when the administrator maps it.");

        foreach (var (name, jsonPath) in step.Captures)
        {
            if (!response.IsSuccess) break;
            var value = Capture(response.Object, jsonPath);
            Judge(step, value is not null, $"{what} answered {response.Status} without {jsonPath}, which {provider} keeps as {name} for later requests.");
        }

        if (response.Status == 200 && step.Method == "GET" && target is null && !collection.Equals("ServiceProviderConfig", StringComparison.OrdinalIgnoreCase))
        {
            var list = response.Object;
            var total = list?["totalResults"] is JsonValue t && t.GetValueKind() == JsonValueKind.Number ? (int?)t.GetValue<double>() : null;
            Judge(step, total is not null && list.Attr("schemas")?.ToJsonString().Contains("ListResponse", StringComparison.Ordinal) == true,
                $"{what} answered 200 but not a ListResponse with an integer totalResults: {Excerpt(response.Body)}");
            if (expectedMatches is { } expected)
            {
                var returned = ResourcesOf(response).Count;
                Judge(step, total == expected && returned == expected,
                    $"{what} with filter '{filter}' must return exactly {expected} match(es) (the replay {(expected == 0 ? "has not created or has deleted it" : "created it and it still exists")}), but totalResults is {total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "absent"} and Resources holds {returned}.");
            }
        }
        else if (response.Status == 404 && expectedMatches is > 0)
        {
            Judge(step, false, $"{what} with filter '{filter}' answered 404, yet the user or group it looks up exists.");
        }

        // A (de)activation only counts when it took effect: read the user back, as the provider's next sync would.
        if (response.IsSuccess && target is not null && collection == "Users" && IntendedActive.Of(step.Method!, request.Json as JsonObject) is { } active)
        {
            var readBack = await Client.GetAsync(path.TrimStart('/'));
            var stored = readBack.Object.Attr("active") is JsonValue a && a.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? a.GetValue<bool>() : (bool?)null;
            Judge(step, readBack.Status == 200 && stored == active,
                $"{what} answered {response.Status}, but reading the user back gives {(readBack.Status == 200 ? "active=" + (stored is { } s ? (s ? "true" : "false") : "absent") : "HTTP " + readBack.Status)}; " +
                $"{provider} relies on the user being {(active ? "active" : "inactive")} now ({StepRequirements.Deprovisioning}: a deactivated user must no longer be active).");
        }
    }

    private static void Judge(ProfileStep step, bool condition, string message)
    {
        if (step.IsHighConfidence) Verify.Must(condition, StepRequirements.Compatibility, $"Incompatible (high-confidence step): {message}");
        else Verify.Should(condition, StepRequirements.Compatibility, $"Shape not confirmed (confidence {step.Confidence}), so only a warning: {message}");
    }

    private void Record(ProfileStep step, string id, string collection, string? target, ScimRequest request, ScimResponse response)
    {
        if (response.IsSuccess && step.Method == "POST" && target is null && response.Object.Text("id") is { Length: > 0 } created)
        {
            Run.Ledger.Record($"{collection}/{Uri.EscapeDataString(created)}", collection == "Groups" ? "Group" : "User", created);
            _model.Created(collection, created, request.Json as JsonObject);
            foreach (var (name, jsonPath) in step.Captures)
                if (Capture(response.Object, jsonPath) is { } value) Bind(Bare(name), value, id);
            // A create whose file declares no capture still becomes the resource later steps address.
            if (step.Captures.Count == 0 && response.Status == 201)
                Bind(collection == "Groups" ? "groupId" : "id", created, id);
        }
        if (target is null) return;
        var resourceId = Uri.UnescapeDataString(target);
        if (step.Method == "DELETE" && response.Status is 200 or 204 or 404)
        {
            Run.Ledger.Forget($"{collection}/{target}");
            _model.Deleted(collection, resourceId);
        }
        if (!response.IsSuccess) return;
        if (step.Method == "PUT") _model.Replaced(collection, resourceId, request.Json as JsonObject);
        if (step.Method == "PATCH") _model.Patched(collection, resourceId, request.Json as JsonObject);
        _ = id;
    }

    private void Bind(string name, string value, string stepId)
    {
        Values.Set(name, value);
        _dependencies.Bound(name, stepId);
    }

    /// <summary>The values a step binds when it succeeds: its captures, or the id of what a capture-less create creates.</summary>
    private static IEnumerable<string> MeantToBind(ProfileStep step)
    {
        if (step.Captures.Count > 0) return step.Captures.Select(c => Bare(c.Key));
        var segments = (step.Path ?? "").TrimStart('/').Split('/');
        return step.Method == "POST" && segments.Length == 1 ? [segments[0] == "Groups" ? "groupId" : "id"] : [];
    }

    private IEnumerable<string> Needed(ProfileStep step)
    {
        foreach (var (name, _) in step.Captures) Values.ExpectCapture(Bare(name), _profile.CheckId(step.Index));
        return ReplayValues.PlaceholdersIn(step.Path).Concat(ReplayValues.PlaceholdersIn(step.Query ?? step.QueryRaw))
            .Concat(ReplayValues.PlaceholdersIn(step.Body))
            .Concat(step.Headers.Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).SelectMany(h => ReplayValues.PlaceholdersIn(h.Value)))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>Creates (through the ledger) the helper users a step refers to: group members and a manager.</summary>
    private async Task EnsureHelpersAsync(ProfileStep step)
    {
        // Later captures may provide a placeholder; every capture a profile declares is registered up front.
        foreach (var s in _profile.Steps)
            foreach (var (name, _) in s.Captures) Values.ExpectCapture(Bare(name), _profile.CheckId(s.Index));
        var needed = Needed(step).ToHashSet(StringComparer.Ordinal);
        foreach (var (idName, userNameName) in new[] { ("memberId", "memberUserName"), ("memberId2", "memberUserName2"), ("managerId", "managerDisplayName") })
        {
            if (Values.Has(idName) || !(needed.Contains(idName) || needed.Contains(userNameName))) continue;
            var user = await CreateUserAsync();
            Values.Set(idName, IdOf(user));
            Values.Set(userNameName, idName == "managerId" ? user.Text("displayName") ?? UserNameOf(user) : UserNameOf(user));
            if (idName == "managerId") Values.Set("managerExternalId", user.Text("externalId") ?? IdOf(user));
        }
        if (needed.Contains("managerExternalId") && !Values.Has("managerExternalId") && !Values.Has("managerId"))
        {
            var user = await CreateUserAsync();
            Values.Set("managerId", IdOf(user));
            Values.Set("managerExternalId", user.Text("externalId") ?? IdOf(user));
        }
    }

    private static string Bare(string placeholder) => placeholder.Trim('{', '}');

    private static string? Capture(JsonObject? body, string jsonPath)
    {
        JsonNode? node = body;
        foreach (var part in jsonPath.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
            node = (node as JsonObject).Attr(part);
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s ? s : null;
    }

    private static string? QueryValue(string query, string name) =>
        query.Split('&').Select(p => p.Split('=', 2)).Where(p => p.Length == 2 && p[0] == name).Select(p => p[1]).FirstOrDefault();

    private static string Statuses(ProfileStep step) => string.Join(" or ", step.ExpectedStatus);

    private static string Excerpt(string body)
    {
        var line = body.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 ? "(empty body)" : line.Length <= 300 ? "Body: " + line : "Body: " + line[..300] + "...";
    }
}
