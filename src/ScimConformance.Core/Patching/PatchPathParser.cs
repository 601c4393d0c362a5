using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Core.Patching;

/// <summary>
/// Resolves PATH = attrPath / valuePath [subAttr] (RFC 7644 §3.5.2, Figure 7) against the resource type's
/// schemas. Names are case-insensitive; the resolved definitions carry the schema's spelling.
/// Extension attributes must be URN-qualified; anything unresolvable is invalidPath.
/// </summary>
internal sealed class PatchPathParser(ResourceShape shape, IValueFilterParser filters)
{
    public PatchPath Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) throw PatchRejectedException.InvalidPath("The path is empty.");
        var open = trimmed.IndexOf('[', StringComparison.Ordinal);
        if (open < 0) return ResolveHead(text, trimmed, allowExtensionItself: true);

        var close = ClosingBracket(trimmed, open)
            ?? throw PatchRejectedException.InvalidPath($"The value filter in path \"{text}\" is not closed.");
        var head = ResolveHead(text, trimmed[..open], allowExtensionItself: false);
        if (head.SubAttribute is not null || !head.Attribute.MultiValued)
            throw PatchRejectedException.InvalidPath($"Path \"{text}\" filters \"{trimmed[..open]}\", which is not a multi-valued attribute.");
        IValueFilter filter;
        try
        {
            filter = filters.Parse(trimmed[(open + 1)..close], head.Attribute);
        }
        catch (Exception e) when (e is FilterParseException or FilterSemanticException)
        {
            throw PatchRejectedException.InvalidPath($"Path \"{text}\" has an invalid value filter: {e.Message}");
        }
        var tail = trimmed[(close + 1)..];
        if (tail.Length == 0) return head with { Filter = filter };
        if (tail[0] != '.' || !IsAttributeName(tail[1..]) || head.Attribute.Type != "complex")
            throw PatchRejectedException.InvalidPath($"Path \"{text}\" continues with \"{tail}\" after its value filter.");
        var sub = head.Attribute.Sub(tail[1..])
            ?? throw PatchRejectedException.InvalidPath($"\"{head.Attribute.Name}\" has no sub-attribute \"{tail[1..]}\".");
        return head with { Filter = filter, SubAttribute = sub };
    }

    private PatchPath ResolveHead(string text, string head, bool allowExtensionItself)
    {
        var container = shape.Root;
        var parents = new List<AttributeDefinition>();
        var rest = head;
        if (head.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            var (schemaId, extension) = SchemaPrefix(head)
                ?? throw PatchRejectedException.InvalidPath($"Path \"{text}\" names a schema this resource type does not have.");
            if (head.Length == schemaId.Length)
            {
                if (extension is null || !allowExtensionItself)
                    throw PatchRejectedException.InvalidPath($"Path \"{text}\" names a schema, not an attribute.");
                return new PatchPath(text, [], extension);
            }
            rest = head[(schemaId.Length + 1)..];
            if (extension is not null)
            {
                container = extension;
                parents.Add(extension);
            }
        }
        var names = rest.Split('.');
        if (names.Length > 2 || !names.All(IsAttributeName))
            throw PatchRejectedException.InvalidPath($"Path \"{text}\" is not a valid attribute path.");
        var first = container.Sub(names[0])
            ?? throw PatchRejectedException.InvalidPath($"Path \"{text}\": \"{names[0]}\" is not an attribute of {Describe(container)}.");
        if (names.Length == 1) return new PatchPath(text, parents, first);
        if (first.Type != "complex")
            throw PatchRejectedException.InvalidPath($"Path \"{text}\": \"{first.Name}\" is not complex and has no sub-attributes.");
        var second = first.Sub(names[1])
            ?? throw PatchRejectedException.InvalidPath($"Path \"{text}\": \"{first.Name}\" has no sub-attribute \"{names[1]}\".");
        if (first.MultiValued) return new PatchPath(text, parents, first, SubAttribute: second);
        parents.Add(first);
        return new PatchPath(text, parents, second);
    }

    /// <summary>Schema URNs contain dots and colons, so the longest known schema id that prefixes the path wins.</summary>
    private (string Id, AttributeDefinition? Extension)? SchemaPrefix(string head)
    {
        var candidates = shape.Extensions.Select(e => (e.Name, (AttributeDefinition?)e)).Append((shape.CoreSchemaId, null));
        foreach (var (id, extension) in candidates.OrderByDescending(c => c.Item1.Length))
        {
            if (head.Length == id.Length && string.Equals(head, id, StringComparison.OrdinalIgnoreCase)) return (id, extension);
            if (head.Length > id.Length + 1 && head.StartsWith(id + ":", StringComparison.OrdinalIgnoreCase)) return (id, extension);
        }
        return null;
    }

    private string Describe(AttributeDefinition container) =>
        ReferenceEquals(container, shape.Root) ? $"resource schema {shape.CoreSchemaId}" : container.Name;

    private static int? ClosingBracket(string text, int open)
    {
        var inString = false;
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (inString && c == '\\') { i++; continue; }
            if (c == '"') inString = !inString;
            else if (!inString && c == ']') return i;
        }
        return null;
    }

    /// <summary>ATTRNAME = ALPHA *(nameChar), nameChar = "-" / "_" / DIGIT / ALPHA; "$ref" is allowed as RFC 7643 defines it.</summary>
    private static bool IsAttributeName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '$')
        && name.Skip(1).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
