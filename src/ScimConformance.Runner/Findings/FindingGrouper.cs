using System.Globalization;
using ScimConformance.Authoring;
using ScimConformance.Core.Catalog;
using ScimConformance.Core.Redaction;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Findings;

/// <summary>
/// Groups a run's failures into findings by the first <see cref="FindingRule"/> that takes each one, then joins the findings
/// about one attribute (<see cref="AttributeJoin"/>). Accepted failures
/// (baseline) are not findings: they stay in their own table. The reproduction is the evidence of the finding's check
/// that made the fewest requests to show it, its smallest request first among equals.
/// </summary>
public sealed class FindingGrouper(IReadOnlyList<FindingRule>? rules = null, RequirementCatalog? catalogue = null)
{
    private readonly IReadOnlyList<FindingRule> _rules = rules ?? FindingRules.Default;
    private readonly RequirementCatalog _catalogue = catalogue ?? RequirementCatalog.Default;

    public static IReadOnlyList<Finding> Of(IReadOnlyList<TestOutcome> tests, string baseUrl) => new FindingGrouper().Group(tests, baseUrl);

    public IReadOnlyList<Finding> Group(IReadOnlyList<TestOutcome> tests, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var groups = new Dictionary<string, List<(FailureFacts Facts, FindingRule Rule)>>(StringComparer.Ordinal);
        var order = new List<string>();
        var folding = new List<(FailureFacts Facts, FindingRule Rule)>();
        void Join(string key, FailureFacts facts, FindingRule rule)
        {
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
                order.Add(key);
            }
            members.Add((facts, rule));
        }
        foreach (var test in tests.Where(t => t.Outcome == Outcome.Fail))
        {
            var facts = FailureFacts.Of(test, baseUrl);
            var rule = _rules.FirstOrDefault(r => r.Matches(facts));
            if (rule is null) continue;
            if (rule.Folds) folding.Add((facts, rule));
            else Join(KeyOf(rule, facts), facts, rule);
        }
        // Second views join the first finding about the same attribute, else the first that got the same answer to the same
        // kind of request, else the first whose failures cite a requirement of the same topic (the view restates it).
        var byAttribute = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byKind = new Dictionary<string, string>(StringComparer.Ordinal);
        var byTopic = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in order)
            foreach (var (facts, _) in groups[key])
            {
                if (facts.Attribute is { } attribute) byAttribute.TryAdd(attribute, key);
                byKind.TryAdd(facts.RequestKind, key);
                if (RestatesRfc(facts)) byTopic.TryAdd(TopicId(facts), key);
            }
        foreach (var (facts, rule) in folding)
        {
            var key = facts.Attribute is { } attribute && byAttribute.TryGetValue(attribute, out var same) ? same
                : facts.Exchange is not null && byKind.TryGetValue(facts.RequestKind, out var kind) ? kind
                : RestatesRfc(facts) && byTopic.TryGetValue(TopicId(facts), out var topic) ? topic
                : KeyOf(rule, facts);
            Join(key, facts, rule);
        }
        // Each finding's own wording is kept before the join: a joint keeps its own, or lists them all.
        var alone = order.ToDictionary(key => key, key => Build(key, groups[key]), StringComparer.Ordinal);
        var joints = AttributeJoin.Apply(groups, order, member => member.Facts.Attribute);
        // Only a joint's members changed in the join; every other finding is the one already built.
        var findings = order.Select(key => joints.TryGetValue(key, out var joint) ? Joined(Build(key, groups[key]), joint, alone) : alone[key])
            .OrderByDescending(f => f.Severity).ThenByDescending(f => f.Checks.Count).ThenBy(f => f.Key, StringComparer.Ordinal).ToArray();
        return findings.Select((f, i) => f with { Id = "F" + (i + 1).ToString(CultureInfo.InvariantCulture) }).ToArray();
    }

    // Only an RFC requirement is narrow enough to join on: a practice family (PSEED-DEPROV) spans many causes.
    private static bool RestatesRfc(FailureFacts facts) => facts.Requirements.Count > 0 && facts.Requirements[0].StartsWith("R7", StringComparison.Ordinal);

    private string KeyOf(FindingRule rule, FailureFacts facts) => rule.Name + ":" + string.Join("|", rule.Key.Select(k => Fact(facts, k)));

    private Finding Build(string key, List<(FailureFacts Facts, FindingRule Rule)> members)
    {
        // The group's own rule words it (a folded second view never leads), from the member that shows the cause most
        // plainly: one with the fewest evidence exchanges and the smallest request.
        var rule = members[0].Rule;
        var shown = members.Where(m => m.Rule == rule).OrderBy(m => m.Facts.Exchange is null ? 1 : 0).ThenBy(m => m.Facts.Test.Evidence.Count)
            .ThenBy(m => RequestSize(m.Facts)).First().Facts;
        return new Finding
        {
            Id = "",
            Rule = rule.Name,
            Key = key,
            // Status, scimType and the fallback message came from the endpoint: the texts lose escapes and bidi controls.
            Title = DisplayText.Clean(Fill(rule.Title, shown, single: false)),
            // When every member cites the one requirement, its catalogue text says the cause more exactly than the topic.
            Cause = DisplayText.Clean(Fill(rule.Cause, shown, single: members.SelectMany(m => m.Facts.Requirements).Distinct(StringComparer.Ordinal).Count() == 1)),
            Severity = members.Max(m => m.Facts.Severity),
            Requirements = [.. members.SelectMany(m => m.Facts.Requirements).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Checks = [.. members.Select(m => m.Facts.Test.Check.Id).Distinct(StringComparer.Ordinal)],
            Reproduction = ReproductionOf(shown),
        };
    }

    /// <summary>
    /// A finding that took in the findings about one attribute: named by the attribute when it was about that attribute
    /// alone (its cause lists the parts of the protocol that showed it), else worded as before the join (its member that
    /// shows the cause most plainly may now be a joined one) with the joined parts named.
    /// </summary>
    private static Finding Joined(Finding finding, AttributeJoin.Joint joint, Dictionary<string, Finding> alone)
    {
        var attributes = string.Join(" and ", joint.Attributes);
        string Parts(IEnumerable<string> keys) => string.Join("; ", keys.Select(k => alone[k].Title).Distinct(StringComparer.Ordinal));
        var own = alone[joint.Keys[0]];
        return joint.Sole
            ? finding with
            {
                Rule = "attribute",
                Key = "attribute:" + attributes,
                Title = DisplayText.Clean($"{attributes} is not kept or served as the RFCs define it"),
                Cause = DisplayText.Clean($"one attribute, {attributes}, goes wrong under several parts of the protocol at once: {Parts(joint.Keys)}."),
            }
            : finding with
            {
                Title = own.Title,
                Cause = DisplayText.Clean($"{own.Cause} The failures about {attributes} also show it as: {Parts(joint.Keys.Skip(1))}."),
            };
    }

    private static long RequestSize(FailureFacts facts) =>
        facts.Exchange is { } i ? (facts.Test.Exchanges[i].RequestBody?.Length ?? 0) + facts.Test.Exchanges[i].Url.Length : long.MaxValue;

    private static Reproduction? ReproductionOf(FailureFacts facts)
    {
        var test = facts.Test;
        IReadOnlyList<int> indexes = test.Evidence.Count > 0 ? test.Evidence : facts.Exchange is { } i ? [i] : [];
        indexes = [.. indexes.Where(i => i >= 0 && i < test.Exchanges.Count)];
        if (indexes.Count == 0) return null;
        var exchanges = indexes.Select(i => test.Exchanges[i]).ToArray();
        return new Reproduction
        {
            Check = test.Check.Id,
            Exchanges = indexes,
            Curl = string.Join("\n\n", exchanges.Select(CurlCommand.From)),
            Status = exchanges[^1].Status,
            Expected = test.Expected,
            Observed = test.Observed,
        };
    }

    private string Fact(FailureFacts facts, FindingKey key) => key switch
    {
        FindingKey.Method => facts.Method,
        FindingKey.Resource => facts.Resource,
        FindingKey.Construct => facts.Construct,
        FindingKey.Status => facts.Status?.ToString(CultureInfo.InvariantCulture) ?? "",
        FindingKey.ScimType => facts.ScimType ?? "",
        FindingKey.Topic => TopicId(facts),
        FindingKey.Weakness => facts.Test.Check.Cwe ?? facts.Section,
        FindingKey.Section => facts.Section,
        FindingKey.RequestKind => facts.RequestKind,
        FindingKey.ErrorForm => facts.ErrorForm ?? "",
        _ => "",
    };

    private string TopicId(FailureFacts facts) =>
        facts.Requirements.Count > 0 ? FindingTopics.Of(facts.Requirements[0])?.Id ?? facts.Section : facts.Section;

    private string Fill(string template, FailureFacts facts, bool single)
    {
        var id = facts.Requirements.Count > 0 ? facts.Requirements[0] : null;
        var topic = id is null ? null : FindingTopics.Of(id);
        var summary = id is not null && _catalogue.Contains(id) ? _catalogue.Get(id).Summary : null;
        var constructTopic = FindingTopics.OfConstruct(facts.Construct);
        return template
            .Replace("{answer}", facts.StatusClass == "4xx" ? $" ({Request(facts)} answers {facts.Status}{(facts.ScimType is { } t ? " " + t : "")})" : "", StringComparison.Ordinal)
            .Replace("{request}", Request(facts), StringComparison.Ordinal)
            .Replace("{method}", facts.Method, StringComparison.Ordinal)
            .Replace("{resource}", facts.Resource, StringComparison.Ordinal)
            .Replace("{constructTopic}", constructTopic?.Title ?? facts.Test.Check.Title, StringComparison.Ordinal)
            .Replace("{constructCause}", constructTopic?.Cause ?? summary ?? facts.Test.Message, StringComparison.Ordinal)
            .Replace("{construct}", facts.Construct, StringComparison.Ordinal)
            .Replace("{with}", With(facts.Construct), StringComparison.Ordinal)
            .Replace("{errorForm}", facts.ErrorForm ?? "", StringComparison.Ordinal)
            .Replace("{status}", facts.Status?.ToString(CultureInfo.InvariantCulture) ?? "no status", StringComparison.Ordinal)
            .Replace("{scimType}", facts.ScimType is { } type ? " " + type : "", StringComparison.Ordinal)
            .Replace("{topic}", topic?.Title ?? facts.Test.Check.Title, StringComparison.Ordinal)
            .Replace("{cause}", (single ? summary : null) ?? topic?.Cause ?? summary ?? facts.Test.Message, StringComparison.Ordinal);
    }

    private static string Request(FailureFacts facts)
    {
        if (facts.Exchange is null) return "the request";
        return facts.Method + " " + facts.Resource + With(facts.Construct);
    }

    private static string With(string construct) => construct switch
    {
        "" => "",
        "filter" => " with a filter",
        "sort" => " with sortBy",
        "projection" => " with attributes or excludedAttributes",
        "paging" => " with startIndex",
        "count" => " with count",
        FailureFacts.Precondition => " with a version precondition (If-Match, If-None-Match or a bulk version)",
        var other => " with " + other,
    };
}
