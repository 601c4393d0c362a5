using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Suites.Query;

/// <summary>
/// Draws random, well-formed and type-valid filters over the query dataset's attributes. Operands are mostly
/// taken from the dataset (whole values, or fragments for co/sw/ew, in flipped case now and then) so that
/// filters select something; the same seed gives the same filters.
/// </summary>
public sealed class FilterGenerator
{
    private const int MaxDepth = 3;
    private static readonly ComparisonOperator[] StringOperators = Enum.GetValues<ComparisonOperator>();
    private static readonly ComparisonOperator[] OrderOperators =
        [ComparisonOperator.Gt, ComparisonOperator.Ge, ComparisonOperator.Lt, ComparisonOperator.Le];

    private readonly Random _random;
    private readonly IReadOnlyDictionary<string, string[]> _strings;
    private readonly string[] _created;
    private readonly string[] _emailTypes;
    private readonly string[] _emailValues;

    public FilterGenerator(QueryDataset dataset, int seed)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _random = new Random(seed);
        var paths = new List<string> { "userName", "name.familyName", "name.givenName", "title", "emails.value", "emails.type", "externalId" };
        if (dataset.HasEnterprise) paths.Add(EnterprisePath("department"));
        _strings = paths.ToDictionary(p => p, p => dataset.Users.SelectMany(u => ValuesAt(u, p)).Distinct(StringComparer.Ordinal).ToArray());
        _created = dataset.Users.Select(u => u.Text("meta.created")).OfType<string>().ToArray();
        _emailTypes = _strings["emails.type"];
        _emailValues = _strings["emails.value"];
    }

    public static string EnterprisePath(string attribute) => $"{ScimUris.EnterpriseUser}:{attribute}";

    public FilterNode Next() => Node(MaxDepth);

    /// <summary>The string values of a dataset attribute path, multi-valued emails and extension attributes included.</summary>
    public static IEnumerable<string> ValuesAt(JsonObject user, string path)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith(ScimUris.EnterpriseUser + ":", StringComparison.Ordinal))
            return (user.Attr(ScimUris.EnterpriseUser) as JsonObject).Text(path[(ScimUris.EnterpriseUser.Length + 1)..]) is { } v ? [v] : [];
        if (path.StartsWith("emails.", StringComparison.Ordinal))
            return user.Array("emails")?.OfType<JsonObject>().Select(e => e.Text(path["emails.".Length..])).OfType<string>().ToArray() ?? [];
        return user.Text(path) is { } text ? [text] : [];
    }

    private FilterNode Node(int depth)
    {
        if (depth == 0 || _random.Next(10) < 4) return Leaf();
        return _random.Next(5) switch
        {
            0 or 1 => new And(Node(depth - 1), Node(depth - 1)),
            2 or 3 => new Or(Node(depth - 1), Node(depth - 1)),
            _ => new Not(Node(depth - 1)),
        };
    }

    private FilterNode Leaf() => _random.Next(20) switch
    {
        0 or 1 => new Presence(FilterParser.ParsePath(Pick([.. _strings.Keys, "active", "name", "emails"]))),
        2 or 3 => new Comparison(Path("active"), _random.Next(2) == 0 ? ComparisonOperator.Eq : ComparisonOperator.Ne, JsonValue.Create(_random.Next(2) == 0)),
        4 when _created.Length > 0 => new Comparison(Path("meta.created"), Pick(OrderOperators), JsonValue.Create(Pick(_created))),
        5 or 6 => EmailValuePath(),
        _ => StringAttributeComparison(),
    };

    private Comparison StringAttributeComparison()
    {
        var path = Pick(_strings.Keys.ToArray());
        var op = Pick(StringOperators);
        return new Comparison(Path(path), op, JsonValue.Create(Operand(_strings[path], op)));
    }

    // emails[type eq "work" and value co "x"]: both conditions must hold on the same email (RFC 7644 §3.4.2.2).
    private ValuePath EmailValuePath()
    {
        FilterNode type = new Comparison(Path("type"), ComparisonOperator.Eq, JsonValue.Create(Operand(_emailTypes, ComparisonOperator.Eq)));
        FilterNode inner = _random.Next(3) switch
        {
            0 => type,
            1 => new And(type, new Comparison(Path("value"), ComparisonOperator.Co, JsonValue.Create(Operand(_emailValues, ComparisonOperator.Co)))),
            _ => new Or(new Comparison(Path("primary"), ComparisonOperator.Eq, JsonValue.Create(true)), type),
        };
        return new ValuePath(Path("emails"), inner);
    }

    private string Operand(string[] pool, ComparisonOperator op)
    {
        if (pool.Length == 0 || _random.Next(8) == 0) return "zq" + _random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var value = Pick(pool);
        var operand = op switch
        {
            ComparisonOperator.Co => Fragment(value, _random.Next(value.Length), 1 + _random.Next(Math.Min(6, value.Length))),
            ComparisonOperator.Sw => value[..(1 + _random.Next(value.Length))],
            ComparisonOperator.Ew => value[_random.Next(value.Length)..],
            _ => value,
        };
        return _random.Next(4) == 0 ? CaseVariants.Flip(operand) : operand;
    }

    private static string Fragment(string value, int start, int length) => value.Substring(start, Math.Min(length, value.Length - start));

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];

    private static AttributePath Path(string path) => FilterParser.ParsePath(path);
}
