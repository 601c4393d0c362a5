using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Patching;
using ScimConformance.ReferenceServer.Resources;
using ScimConformance.ReferenceServer.Resources.Seams;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Defects.Seams;

/// <summary>Writes under the switches that change what is accepted or stored: required emails, undeclared attributes, passwords, the active flag, the body's id, immutables, canonical values.</summary>
internal sealed class SwitchedWrites(DefectSwitches defects) : IWriteSeam
{
    public JsonObject Normalizing(JsonObject body, ResourceKind kind, ResourceWrite write)
    {
        if (defects.IsOn(CoverageDefects.SchemasOrderDependent) && !CoverageDefects.SchemasLeadWithCore(body, kind.Core.Id))
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, $"The body must open with \"schemas\", and it must name \"{kind.Core.Id}\" first.");
        }

        if (defects.IsOn(SchemaFidelityDefects.CanonicalValueRewritten))
        {
            CanonicalRewrite.Apply(body, kind);
        }

        var content = ResourceNormalizer.Normalize(body, kind,
            extensionsMustBeListed: !defects.IsOn(WriteQuirks.ExtensionWithoutSchemasUrn),
            refuseUnknown: kind.Name == "User" && defects.IsOn(DiscoveryQuirks.MinimalUserSchema));
        if (kind.Name == "User" && defects.IsOn(WriteQuirks.EmailsRequired) && content["emails"] is null)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidValue, "emails is required.");
        }

        if (kind.Name == "User" && defects.IsOn(ValueCoverageDefects.CountryExpanded))
        {
            ValueCoverageDefects.ExpandCountries(content);
        }

        if (defects.IsOn(ValueCoverageDefects.IntegerWithFraction))
        {
            ValueCoverageDefects.AddFractions(content, kind);
        }

        if (kind.Name == "User" && defects.IsOn(ValueCoverageDefects.PrimaryMoved))
        {
            ValueCoverageDefects.MovePrimary(content);
        }

        if (kind.Name == "User" && defects.IsOn(ValueCoverageDefects.CertificatePemWrapped))
        {
            ValueCoverageDefects.WrapCertificates(content);
        }

        if (write == ResourceWrite.Replace && content["password"] is not null && defects.IsOn(DiscoveryQuirks.ChangePasswordRefused))
        {
            throw PasswordRefused();
        }

        return content;
    }

    /// <summary>put-overwrites-other-user: a body id naming another existing resource redirects the whole PUT to it.</summary>
    public string Target(ResourceStore store, ResourceKind kind, string id, JsonObject body) =>
        defects.IsOn(WriteQuirks.PutOverwritesOtherUser) && body["id"] is JsonValue value && value.TryGetValue(out string? other)
            && other != id && store.Get(kind.Name, other) is not null
            ? other
            : id;

    // immutable-extension-changes: no value is kept once set; immutable-first-value-refused: no value may be set at all.
    public void Immutable(ResourceKind kind, JsonObject stored, JsonObject changed, ResourceWrite write)
    {
        if (defects.IsOn(WriteSemanticsDefects.ImmutableFirstValueRefused))
        {
            RefuseFirstValues(kind, stored, changed);
        }

        if (!defects.IsOn(SchemaFidelityDefects.ImmutableExtensionChanges))
        {
            ImmutableRule.Check(kind, stored, changed, write);
        }
    }

    private static void RefuseFirstValues(ResourceKind kind, JsonObject stored, JsonObject changed)
    {
        foreach (var extension in kind.Extensions)
        {
            foreach (var attribute in extension.Attributes.Where(a => a.IsImmutable))
            {
                if ((stored[extension.Id] as JsonObject)?[attribute.Name] is null && (changed[extension.Id] as JsonObject)?[attribute.Name] is not null)
                {
                    throw ScimException.BadRequest(ScimErrorType.Mutability, $"{attribute.Name} is immutable; it cannot be changed.");
                }
            }
        }
    }

    /// <summary>null-unassign-ignored: a member the PUT body sets to null or [] keeps its stored value, as if left out of a merge.</summary>
    public void Unassigning(JsonObject body, JsonObject stored, JsonObject replacement)
    {
        if (!defects.IsOn(WriteSemanticsDefects.NullUnassignIgnored)) return;
        var content = ResourceDocument.ContentOf(stored);
        foreach (var (name, value) in body)
        {
            if (value is null or JsonArray { Count: 0 } && content.Member(name) is { } kept)
            {
                replacement[name] = kept.DeepClone();
            }
        }
    }

    public void Replacing(JsonObject stored, JsonObject replacement)
    {
        if (defects.IsOn(LifecycleDefects.PutActiveIgnored))
        {
            KeepStoredActive(stored, replacement);
        }

        IgnoreReactivation(stored, replacement);
    }

    /// <summary>The put-body-id-honoured defect: the resource moves to the (readOnly) id the PUT body carries.</summary>
    public JsonObject? MovedBy(ResourceStore store, ResourceKind kind, string id, JsonObject body)
    {
        if (!defects.IsOn(WriteDefects.PutBodyIdHonoured) || body["id"] is not JsonValue value || !value.TryGetValue(out string? newId)
            || string.IsNullOrEmpty(newId) || newId == id || store.IdInUse(newId))
        {
            return null;
        }

        var moved = store.Get(kind.Name, id)!;
        moved["id"] = newId;
        store.Delete(kind.Name, id);
        store.Insert(kind.Name, newId, moved);
        return moved;
    }

    /// <summary>patch-schemas-seen-late: after a schemas operation, an extension the resource did not hold before the request is unknown to later operations.</summary>
    public void Sequencing(JsonObject stored, ResourceKind kind, IReadOnlyList<PatchOperation> operations, int index)
    {
        if (!defects.IsOn(WriteSemanticsDefects.PatchSchemasSeenLate) || !operations.Take(index).Any(PatchSchemas.Targets)) return;
        if (PatchSchemas.ExtensionOf(kind, operations[index]) is { } extension && ResourceDocument.ContentOf(stored)[extension.Id] is null)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidPath, $"'{operations[index].Path}' names {extension.Id}, which is not among the resource's schemas.");
        }
    }

    // The patch-readonly-id-rejected defect keeps the own id, which then fails the readOnly check.
    public PatchOperation Reading(PatchOperation operation, string id)
    {
        if (defects.IsOn(DiscoveryQuirks.ChangePasswordRefused) && SetsPassword(operation))
        {
            throw PasswordRefused();
        }

        return defects.IsOn(ProfileDefects.PatchReadOnlyIdRejected) ? operation : PatchOwnId.Drop(operation, id);
    }

    private static bool SetsPassword(PatchOperation operation) => operation.Op != "remove" && (operation.Path is { } path
        ? path.Equals("password", StringComparison.OrdinalIgnoreCase) || path.EndsWith(":password", StringComparison.OrdinalIgnoreCase)
        : operation.Value is JsonObject value && value.Member("password") is not null);

    private static ScimException PasswordRefused() =>
        ScimException.BadRequest(ScimErrorType.Mutability, "Changing a password is not supported (changePassword.supported is false).");

    public JsonObject Storing(JsonObject stored, JsonObject patched)
    {
        IgnoreReactivation(stored, patched);
        if (defects.IsOn(LifecycleDefects.DeactivationIgnored) && ActiveOf(patched) == false && ActiveOf(ResourceDocument.ContentOf(stored)) != false)
        {
            // The deactivation-ignored defect answers with the patched view but stores the user still active.
            var kept = patched.DeepClone().AsObject();
            KeepStoredActive(stored, kept);
            return kept;
        }

        return patched;
    }

    /// <summary>The reactivation-ignored defect: a deactivated user stays inactive whatever the write says.</summary>
    private void IgnoreReactivation(JsonObject stored, JsonObject content)
    {
        if (defects.IsOn(LifecycleDefects.ReactivationIgnored) && ActiveOf(ResourceDocument.ContentOf(stored)) == false && ActiveOf(content) == true)
        {
            content["active"] = false;
        }
    }

    private static bool? ActiveOf(JsonObject content) =>
        content["active"] is JsonValue value && value.TryGetValue(out bool active) ? active : null;

    /// <summary>Puts the stored active value back into content about to be stored.</summary>
    private static void KeepStoredActive(JsonObject stored, JsonObject content)
    {
        var active = ResourceDocument.ContentOf(stored)["active"];
        content.Remove("active");
        if (active is not null)
        {
            content["active"] = active.DeepClone();
        }
    }
}
