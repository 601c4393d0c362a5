using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// Turns a stored resource into the client's view: never-returned attributes gone, request-only attributes gone unless
/// asked for, meta.location and computed attributes added, then the attribute selection applied.
/// </summary>
internal sealed class ResourceRenderer(DefectSwitches defects)
{
    /// <param name="specified">Attributes the write being answered named (see <see cref="RequestedAttributes"/>); null for reads.</param>
    public JsonObject Render(JsonObject stored, IResourceRules rules, ResourceStore store, ScimUrls urls, AttributeSelection selection,
        IReadOnlySet<string>? specified = null)
    {
        var rendered = stored.DeepClone().AsObject();
        if (!defects.IsOn(FoundationDefects.PasswordReturned))
        {
            RemoveNeverReturned(rendered, rules);
        }

        var id = (string)rendered["id"]!;
        var meta = rendered["meta"]!.AsObject();
        var withLocation = new JsonObject
        {
            ["resourceType"] = meta["resourceType"]?.DeepClone(),
            ["created"] = meta["created"]?.DeepClone(),
            ["lastModified"] = meta["lastModified"]?.DeepClone(),
        };
        if (!defects.IsOn(FoundationDefects.MetaLocationMissing))
        {
            withLocation["location"] = urls.Of(rules.Kind.Endpoint, id);
        }

        if (!defects.IsOn(BenignVariations.MetaVersionAbsent))
        {
            withLocation["version"] = meta["version"]?.DeepClone();
        }

        if (defects.IsOn(BenignVariations.DateTimeWithOffset))
        {
            WithOffset(withLocation, "created");
            WithOffset(withLocation, "lastModified");
        }

        rendered["meta"] = withLocation;

        rules.Decorate(rendered, store, urls);
        if (defects.IsOn(BenignVariations.GroupMembersWithoutDisplay) && rendered["members"] is JsonArray members)
        {
            foreach (var member in members.OfType<JsonObject>())
            {
                member.Remove("display");
            }
        }

        if (!defects.IsOn(SchemaFidelityDefects.ReturnedRequestUnasked))
        {
            var asked = new HashSet<string>(RequestedAttributes.OfSelection(rules.Kind, selection), StringComparer.OrdinalIgnoreCase);
            asked.UnionWith(specified ?? new HashSet<string>());
            RemoveUnrequested(rendered, rules.Kind, asked);
        }

        AttributeProjection.Apply(rendered, rules.Kind, selection);
        if (defects.IsOn(BenignVariations.ExtraUnknownAttributes))
        {
            // Declared returned "always", so no projection removes them.
            rendered["schemas"]!.AsArray().Add(BenignVariations.VendorExtensionUrn);
            rendered[BenignVariations.VendorExtensionUrn] = new JsonObject { ["tier"] = "gold", ["region"] = "eu-central" };
        }

        return rendered;
    }

    /// <summary>returned "request" (RFC 7643 section 7): only when the request named the attribute.</summary>
    private static void RemoveUnrequested(JsonObject rendered, ResourceKind kind, HashSet<string> asked)
    {
        foreach (var schema in kind.AllSchemas)
        {
            var holder = schema == kind.Core ? rendered : rendered[schema.Id] as JsonObject;
            foreach (var attribute in schema.Attributes.Where(a => a.IsReturnedOnRequest && !asked.Contains(RequestedAttributes.Key(schema, a.Name))))
            {
                holder?.Remove(attribute.Name);
            }

            if (schema != kind.Core && holder is { Count: 0 })
            {
                rendered.Remove(schema.Id);
            }
        }
    }

    /// <summary>The same instant written with a +02:00 offset instead of Z (RFC 7643 section 2.3.5 allows either).</summary>
    private static void WithOffset(JsonObject meta, string name)
    {
        if (meta[name] is JsonValue value && value.TryGetValue(out string? text)
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var instant))
        {
            meta[name] = instant.ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static void RemoveNeverReturned(JsonObject rendered, IResourceRules rules)
    {
        foreach (var attribute in rules.Kind.Core.Attributes.Where(a => a.IsNeverReturned))
        {
            rendered.Remove(attribute.Name);
        }

        foreach (var extension in rules.Kind.Extensions)
        {
            if (rendered[extension.Id] is JsonObject holder)
            {
                foreach (var attribute in extension.Attributes.Where(a => a.IsNeverReturned))
                {
                    holder.Remove(attribute.Name);
                }
            }
        }
    }
}
