using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>Turns a stored resource into the client's view: never-returned attributes gone, meta.location and computed attributes added.</summary>
internal sealed class ResourceRenderer(DefectSwitches defects)
{
    public JsonObject Render(JsonObject stored, IResourceRules rules, ResourceStore store, ScimUrls urls, AttributeSelection selection)
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

        withLocation["version"] = meta["version"]?.DeepClone();
        rendered["meta"] = withLocation;

        rules.Decorate(rendered, store, urls);
        AttributeProjection.Apply(rendered, rules.Kind, selection);
        return rendered;
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
