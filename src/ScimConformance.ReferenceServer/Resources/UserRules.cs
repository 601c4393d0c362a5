using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>User rules: userName required and unique without regard to case; password never kept; groups computed.</summary>
internal sealed class UserRules(ResourceKind kind, DefectSwitches defects) : IResourceRules
{
    public ResourceKind Kind => kind;

    public void Prepare(JsonObject content, string id, ResourceStore store, ResourceWrite write)
    {
        if (content["userName"] is not JsonValue userNameValue || !userNameValue.TryGetValue(out string? userName)
            || string.IsNullOrWhiteSpace(userName))
        {
            throw write == ResourceWrite.Patch
                ? ScimException.BadRequest(ScimErrorType.Mutability, "userName is required and cannot be removed.")
                : ScimException.BadRequest(ScimErrorType.InvalidValue, "userName is required.");
        }

        var caseSensitive = defects.IsOn(FoundationDefects.UserNameUniquenessCaseSensitive);
        if (store.UserNameTaken(userName, id, caseSensitive, prepared: !defects.IsOn(EdgeCoverageDefects.UserNameUnprepared)))
        {
            throw new ScimException(409, ScimErrorType.Uniqueness, "Another User already has this userName.");
        }

        if (write == ResourceWrite.Create && content["externalId"] is null && defects.IsOn(CoverageDefects.ExternalIdInvented))
        {
            content["externalId"] = "ext-" + id;
        }

        if (write == ResourceWrite.Create && content["active"] is null && defects.IsOn(WriteQuirks.ActiveDefaulted))
        {
            content["active"] = true;
        }

        // RFC 7643 section 4.1.2: email values SHOULD be canonicalised; the domain of an address is case-insensitive (RFC 5321 section 2.4).
        if (!defects.IsOn(ValueCoverageDefects.EmailDomainKept))
        {
            LowerEmailDomains(content);
        }

        // The password is write-only (RFC 7643 section 4.1.1); this server has no sign-in, so it keeps nothing.
        if (!defects.IsOn(FoundationDefects.PasswordReturned))
        {
            content.Remove("password");
        }

        // The provider assigns the readOnly accountNumber to every user that carries its extension (the client's value was disregarded).
        if (content[ReferenceExtension.UserUrn] is JsonObject extension)
        {
            extension[ReferenceExtension.AccountNumber] = "acct-" + id;
        }
    }

    private static void LowerEmailDomains(JsonObject content)
    {
        foreach (var email in (content["emails"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (email["value"] is JsonValue value && value.TryGetValue(out string? address) && address.LastIndexOf('@') is var at and > 0)
            {
                email["value"] = address[..at] + address[at..].ToLowerInvariant();
            }
        }
    }

    public void Decorate(JsonObject rendered, ResourceStore store, ScimUrls urls)
    {
        // defaulted-active-unfilterable: the default is shown but never stored, so filters (on the stored rows) miss it.
        if (rendered["active"] is null && defects.IsOn(QueryDefects.DefaultedActiveUnfilterable))
        {
            rendered["active"] = true;
        }

        // RFC 7643 section 4.3: a manager that names a user by id also carries that user's URI.
        if (rendered[ScimUrns.EnterpriseUser] is JsonObject { } enterprise && enterprise["manager"] is JsonObject manager
            && manager["value"] is JsonValue managerValue && managerValue.TryGetValue(out string? managerId)
            && store.Get(kind.Name, managerId) is not null && !defects.IsOn(WriteSemanticsDefects.ManagerRefMissing))
        {
            manager["$ref"] = urls.Of(kind.Endpoint, managerId);
        }

        if (defects.IsOn(SchemaFidelityDefects.UserGroupsNeverFilled))
        {
            return;
        }

        var id = (string)rendered["id"]!;
        var groups = new JsonArray();
        foreach (var (groupId, displayName) in store.GroupNamesContaining(id))
        {
            groups.Add(new JsonObject
            {
                ["value"] = groupId,
                ["$ref"] = urls.Of("/Groups", groupId),
                ["display"] = displayName,
                ["type"] = "direct",
            });
        }

        if (groups.Count > 0)
        {
            rendered.Remove("meta", out var meta);
            rendered["groups"] = groups;
            rendered["meta"] = meta;
        }
    }
}
