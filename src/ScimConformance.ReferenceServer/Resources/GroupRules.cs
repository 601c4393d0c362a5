using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>Group rules: displayName required (RFC 7643 section 4.2); members must name existing Users or Groups.</summary>
internal sealed class GroupRules(ResourceKind kind, DefectSwitches defects) : IResourceRules
{
    public ResourceKind Kind => kind;

    public void Prepare(JsonObject content, string id, ResourceStore store, ResourceWrite write)
    {
        var nameless = content["displayName"] is not JsonValue name || !name.TryGetValue(out string? displayName) || string.IsNullOrWhiteSpace(displayName);
        if (nameless && !(write != ResourceWrite.Patch && defects.IsOn(CoverageDefects.GroupDisplayNameOptional)))
        {
            throw write == ResourceWrite.Patch
                ? ScimException.BadRequest(ScimErrorType.Mutability, "displayName is required and cannot be removed.")
                : ScimException.BadRequest(ScimErrorType.InvalidValue, "displayName is required.");
        }

        if (write != ResourceWrite.Patch && defects.IsOn(FoundationDefects.GroupMembersIgnored))
        {
            content.Remove("members");
            return;
        }

        if (content["members"] is JsonArray members)
        {
            content["members"] = ResolveMembers(members, id, store);
        }
    }

    private JsonArray ResolveMembers(JsonArray members, string groupId, ResourceStore store)
    {
        var resolved = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members.OfType<JsonObject>())
        {
            if (member["value"] is not JsonValue v || !v.TryGetValue(out string? memberId) || string.IsNullOrEmpty(memberId))
            {
                throw ScimException.BadRequest(ScimErrorType.InvalidValue, "Every member needs a \"value\" holding the id of a User or Group.");
            }

            if (memberId == groupId)
            {
                throw ScimException.BadRequest(ScimErrorType.InvalidValue, "A group cannot be a member of itself.");
            }

            if (!seen.Add(memberId))
            {
                continue;
            }

            var user = store.Get("User", memberId);
            var target = user ?? store.Get("Group", memberId);
            if (target is null && !defects.IsOn(WriteQuirks.GroupMembersUnresolved))
            {
                throw ScimException.BadRequest(ScimErrorType.InvalidValue, $"Member \"{memberId}\" is not an existing User or Group.");
            }

            var display = member["display"]?.DeepClone() ?? (target?["displayName"] ?? target?["userName"])?.DeepClone();
            var entry = new JsonObject { ["value"] = memberId };
            if (display is not null)
            {
                entry["display"] = display;
            }

            entry["type"] = user is null && target is not null ? "Group" : "User";
            resolved.Add(entry);
        }

        return resolved;
    }

    public void Decorate(JsonObject rendered, ResourceStore store, ScimUrls urls)
    {
        if (rendered["members"] is not JsonArray members)
        {
            return;
        }

        var wrong = defects.IsOn(SchemaFidelityDefects.MembersDisplayRefWrong);
        foreach (var member in members.OfType<JsonObject>())
        {
            var endpoint = (string?)member["type"] == "Group" ? "/Groups" : "/Users";
            member["$ref"] = urls.Of(endpoint, (string)member["value"]!);
            if (wrong)
            {
                // members-display-ref-wrong: the group's own URI and name end up in every member.
                member["$ref"] = urls.Of(Kind.Endpoint, (string)rendered["id"]!);
                member["display"] = rendered["displayName"]?.DeepClone();
            }
        }
    }
}
