using System.Text.RegularExpressions;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Sharding;

namespace ScimConformance.Runner.Selection;

/// <summary>
/// Which checks a run or a listing covers, from --include / --exclude terms. A term is a check-id glob
/// (`USR-*`, `FLT-01?`), `area:Users`, `category:Slow`, `severity:high` or `requirement:R7644-3.3-*`.
/// A check is selected when it matches some include (or there is none) and no exclude. Only conformance
/// checks are ever selected: ordinary NUnit tests in a suite assembly do not run.
/// </summary>
public sealed class TestSelection
{
    private readonly SelectionTerm[] _include;
    private readonly SelectionTerm[] _exclude;
    private readonly ShardAssignment? _shard;
    private readonly bool _readOnly;

    /// <param name="shard">When set, only the checks of this shard of the plan (see <see cref="SelectionPlanner"/>) are selected.</param>
    /// <param name="readOnly">When true, only checks declared non-mutating (<c>Mutates = false</c>) are selected.</param>
    public TestSelection(IEnumerable<string>? include, IEnumerable<string>? exclude, ShardAssignment? shard = null, bool readOnly = false)
        : this(Parse(include), Parse(exclude), shard, readOnly)
    {
    }

    private TestSelection(SelectionTerm[] include, SelectionTerm[] exclude, ShardAssignment? shard, bool readOnly)
    {
        _include = include;
        _exclude = exclude;
        _shard = shard;
        _readOnly = readOnly;
    }

    /// <summary>The same selection, narrowed to one shard.</summary>
    public TestSelection WithShard(ShardAssignment shard) => new(_include, _exclude, shard, _readOnly);

    /// <summary>The --include terms that match none of <paramref name="checks"/> (a typo, most likely).</summary>
    public IReadOnlyList<string> IncludesMatchingNone(IEnumerable<ITest> checks)
    {
        var list = checks.Select(t => (Check: CheckInfo.Read(t), Test: t)).Where(c => c.Check is not null).ToArray();
        return _include.Where(term => !list.Any(c => term.Matches(c.Check!, c.Test))).Select(term => term.Text).ToArray();
    }

    public static TestSelection All { get; } = new(null, null);

    public bool Selects(ITest test) => CheckInfo.Read(test) is { } check && Selects(check, test);

    private bool Selects(CheckInfo check, ITest test) =>
        (_include.Length == 0 || _include.Any(t => t.Matches(check, test)))
        && !_exclude.Any(t => t.Matches(check, test))
        && (!_readOnly || !check.Mutates)
        && (_shard is null || _shard.Includes(test));

    /// <summary>The NUnit filter that runs exactly the selected checks (and the fixtures that hold them).</summary>
    public TestFilter ToFilter() => new SelectionFilter(this);

    private static SelectionTerm[] Parse(IEnumerable<string>? terms) =>
        (terms ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(SelectionTerm.Parse).ToArray();

    private sealed class SelectionFilter(TestSelection selection) : TestFilter
    {
        public override bool Match(ITest test) => selection.Selects(test);

        public override TNode AddToXml(TNode parentNode, bool recursive) => parentNode.AddElement("scimconf-selection");
    }
}

/// <summary>One --include/--exclude term.</summary>
internal sealed class SelectionTerm
{
    private static readonly string[] Kinds = ["area", "category", "severity", "requirement", "id"];
    private readonly string _kind;
    private readonly Regex _pattern;

    private SelectionTerm(string text, string kind, Regex pattern)
    {
        Text = text;
        _kind = kind;
        _pattern = pattern;
    }

    /// <summary>The term as the user wrote it.</summary>
    public string Text { get; }

    public static SelectionTerm Parse(string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        var kind = colon > 0 ? term[..colon].Trim().ToLowerInvariant() : "id";
        var value = colon > 0 ? term[(colon + 1)..].Trim() : term.Trim();
        if (!Kinds.Contains(kind))
            throw new ConfigurationException($"Unknown selection '{term}': use a check id glob (USR-*), or area:, category:, severity:, requirement: followed by a value.");
        if (value.Length == 0)
            throw new ConfigurationException($"Selection '{term}' has no value after '{kind}:'.");
        return new SelectionTerm(term, kind, Glob(value));
    }

    public bool Matches(CheckInfo check, ITest test) => _kind switch
    {
        "area" => _pattern.IsMatch(check.Area),
        "category" => InCategory(test),
        "severity" => _pattern.IsMatch(check.Severity.ToString()),
        "requirement" => check.Requirements.Any(_pattern.IsMatch),
        _ => _pattern.IsMatch(check.Id),
    };

    /// <summary>Categories are NUnit's own, not the check's declaration, and can sit on the fixture too.</summary>
    private bool InCategory(ITest test)
    {
        for (var node = test; node is not null; node = node.Parent)
        {
            if (node.Properties.ContainsKey(PropertyNames.Category)
                && node.Properties[PropertyNames.Category].Cast<object>().Any(v => _pattern.IsMatch(v.ToString() ?? "")))
                return true;
        }
        return false;
    }

    private static Regex Glob(string glob) =>
        new("^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
