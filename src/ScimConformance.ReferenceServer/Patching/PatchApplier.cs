using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Resources;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>
/// Applies PATCH operations (RFC 7644 sections 3.5.2.1-3.5.2.3) to a resource's writable content, in
/// order, each on the result of the one before. Values are converted as on create, except that the
/// strings "True"/"False" are accepted for booleans.
/// </summary>
internal static class PatchApplier
{
    public static void Apply(JsonObject content, ResourceKind kind, PatchOperation operation, DefectSwitches defects)
    {
        if (operation.Op == "remove")
        {
            if (operation.Path is null)
            {
                if (defects.IsOn(PatchDefects.RemoveWithoutPathAccepted))
                {
                    return;
                }

                throw ScimException.BadRequest(ScimErrorType.NoTarget, "A remove operation needs a path.");
            }

            PatchRemover.Remove(content, kind, PatchPathParser.Parse(operation.Path, kind), operation.Value, defects);
        }
        else if (operation.Value is null)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidValue, $"An {operation.Op} operation needs a value.");
        }
        else if (PatchSchemas.Targets(operation))
        {
            PatchSchemas.Check(kind, operation);
        }
        else if (operation.Path is null)
        {
            if (operation.Value is not JsonObject attributes)
            {
                throw ScimException.BadRequest(ScimErrorType.InvalidValue, $"An {operation.Op} without a path needs an object of attributes as its value.");
            }

            // Each key is itself a path: a name, "name.sub", a URN-qualified name, or an extension URN.
            foreach (var (key, value) in attributes.ToArray())
            {
                if (string.Equals(key, "schemas", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                Set(content, kind, PatchPathParser.Parse(key, kind), operation.Op, value, defects);
            }
        }
        else
        {
            Set(content, kind, PatchPathParser.Parse(operation.Path, kind), operation.Op, operation.Value, defects);
        }

        PatchContent.RemoveEmpty(content, kind);
    }

    private static void Set(JsonObject content, ResourceKind kind, PatchPath path, string op, JsonNode? value, DefectSwitches defects)
    {
        if (path.WholeExtension is { } extension)
        {
            if (value is not JsonObject attributes)
            {
                throw ScimException.BadRequest(ScimErrorType.InvalidValue, $"The value for \"{extension.Id}\" must be an object.");
            }

            foreach (var (key, subValue) in attributes.ToArray())
            {
                Set(content, kind, PatchPathParser.Parse(extension.Id + ":" + key, kind), op, subValue, defects);
            }

            return;
        }

        if (PatchDefectBehaviour.Skips(defects, path))
        {
            return;
        }

        PatchContent.CheckWritable(path);
        if (path.Filter is not null && path.SubAttribute is { IsImmutable: true } && !defects.IsOn(WriteSemanticsDefects.MemberValueRewritten))
        {
            // RFC 7643 section 4.2: members are added or removed whole; the sub-attributes of one already held are immutable.
            throw ScimException.BadRequest(ScimErrorType.Mutability, $"'{path.Target!.Display}' is a sub-attribute of an existing value and is immutable.");
        }

        var attribute = path.Attribute;
        if (defects.IsOn(PatchDefects.StringBoolean500) && path.Target!.Target.Type == "boolean" && value?.GetValueKind() == JsonValueKind.String)
        {
            throw new InvalidCastException($"Unable to cast a string to System.Boolean for '{attribute.Name}'.");
        }

        var holder = PatchContent.Holder(content, path.Target!.Extension, create: true)!;
        var singlePrimary = !defects.IsOn(PatchDefects.PrimaryNotUnique);
        if (path.Filter is not null)
        {
            SetFiltered(holder, path, op, value, singlePrimary);
        }
        else if (path.SubAttribute is { } sub)
        {
            SetSubAttribute(holder, attribute, sub, value);
        }
        else if (attribute.MultiValued)
        {
            var values = value is JsonArray ? value : new JsonArray(value?.DeepClone());
            var converted = ValueConverter.Convert(values, attribute, lenientBooleans: true) as JsonArray ?? [];
            if ((op == "replace" && !defects.IsOn(PatchDefects.ReplaceMultiValuedAppends)) || holder[attribute.Name] is not JsonArray existing)
            {
                holder[attribute.Name] = converted;
                return;
            }

            foreach (var item in converted.ToArray())
            {
                if (!existing.Any(e => JsonNode.DeepEquals(e, item)))
                {
                    converted.Remove(item);
                    existing.Add(item);
                    if (singlePrimary)
                    {
                        PatchContent.KeepSinglePrimary(existing, item);
                    }
                }
            }
        }
        else if (attribute.IsComplex)
        {
            // Replacing or adding a complex value updates the sub-attributes given and keeps the others.
            var converted = ValueConverter.ConvertSingle(value, attribute, lenientBooleans: true) as JsonObject;
            var existing = holder[attribute.Name] as JsonObject ?? new JsonObject();
            foreach (var (key, subValue) in converted?.ToArray() ?? [])
            {
                existing[key] = subValue?.DeepClone();
            }

            holder[attribute.Name] = existing;
        }
        else
        {
            holder[attribute.Name] = ValueConverter.ConvertSingle(value, attribute, lenientBooleans: true);
        }
    }

    private static void SetFiltered(JsonObject holder, PatchPath path, string op, JsonNode? value, bool singlePrimary)
    {
        var attribute = path.Attribute;
        var array = holder[attribute.Name] as JsonArray ?? [];
        var matches = array.OfType<JsonObject>().Where(e => ValueFilterMatcher.Matches(path.Filter!, e, attribute)).ToList();
        if (matches.Count == 0)
        {
            if (op != "add")
            {
                throw ScimException.BadRequest(ScimErrorType.NoTarget, $"No value of '{attribute.Name}' matches the path's filter.");
            }

            // add through a filter that matches nothing creates the value the filter describes.
            var created = SeedFromFilter(path.Filter!, attribute);
            array.Add(created);
            holder[attribute.Name] = array;
            matches.Add(created);
        }

        foreach (var match in matches)
        {
            if (path.SubAttribute is { } sub)
            {
                match[sub.Name] = ValueConverter.ConvertSingle(value, sub, lenientBooleans: true);
            }
            else if (op == "replace")
            {
                var replacement = ValueConverter.ConvertSingle(value, attribute, lenientBooleans: true) as JsonObject ?? new JsonObject();
                match.Clear();
                foreach (var (key, subValue) in replacement.ToArray())
                {
                    replacement.Remove(key);
                    match[key] = subValue;
                }
            }
            else
            {
                var addition = ValueConverter.ConvertSingle(value, attribute, lenientBooleans: true) as JsonObject ?? new JsonObject();
                foreach (var (key, subValue) in addition.ToArray())
                {
                    addition.Remove(key);
                    match[key] = subValue;
                }
            }

            if (singlePrimary)
            {
                PatchContent.KeepSinglePrimary(array, match);
            }
        }
    }

    private static JsonObject SeedFromFilter(FilterNode filter, SchemaAttribute attribute)
    {
        var seed = new JsonObject();
        foreach (var term in EqualityTerms(filter))
        {
            var sub = attribute.FindSub(term.AttributePath)
                ?? throw FilterErrors.Invalid($"'{attribute.Name}' has no sub-attribute '{term.AttributePath}'.");
            seed[sub.Name] = term.Value!.DeepClone();
        }

        return seed;
    }

    private static IEnumerable<ComparisonFilter> EqualityTerms(FilterNode filter) => filter switch
    {
        ComparisonFilter { Operator: "eq", Value: not null } term => [term],
        LogicalFilter { IsAnd: true } and => EqualityTerms(and.Left).Concat(EqualityTerms(and.Right)),
        _ => throw ScimException.BadRequest(ScimErrorType.NoTarget, "No value matches the path's filter, and the filter does not describe a value to add."),
    };

    private static void SetSubAttribute(JsonObject holder, SchemaAttribute attribute, SchemaAttribute sub, JsonNode? value)
    {
        var converted = ValueConverter.ConvertSingle(value, sub, lenientBooleans: true);
        if (attribute.MultiValued)
        {
            if (holder[attribute.Name] is not JsonArray { Count: > 0 } array)
            {
                throw ScimException.BadRequest(ScimErrorType.NoTarget, $"'{attribute.Name}' has no values whose '{sub.Name}' could be set.");
            }

            foreach (var item in array.OfType<JsonObject>())
            {
                item[sub.Name] = converted?.DeepClone();
            }

            return;
        }

        var existing = holder[attribute.Name] as JsonObject ?? new JsonObject();
        existing[sub.Name] = converted;
        holder[attribute.Name] = existing;
    }
}
