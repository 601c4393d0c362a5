namespace ScimConformance.ReferenceServer;

/// <summary>Defects of PATCH (RFC 7644 §3.5.2), each a bug class seen in real service providers.</summary>
public static class PatchDefects
{
    public const string ReplaceMultiValuedAppends = "patch-replace-multivalued-appends";
    public const string FilteredRemoveRemovesAll = "patch-filtered-remove-removes-all";
    public const string StringBoolean500 = "patch-string-boolean-500";
    public const string PrimaryNotUnique = "patch-primary-not-unique";
    public const string RemoveWithoutPathAccepted = "patch-remove-without-path-accepted";
    public const string MemberRemoveIgnored = "patch-member-remove-ignored";
    public const string ExtensionPathIgnored = "patch-extension-path-ignored";
    public const string ReadOnlyAccepted = "patch-readonly-accepted";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(ReplaceMultiValuedAppends, "PATCH replace on a multi-valued attribute without a filter appends the values instead of replacing all of them.",
            ["PAT-023", "PAT-046", "PAT-060"]),
        new(FilteredRemoveRemovesAll, "PATCH remove with a value filter (emails[type eq \"work\"], members[value eq \"id\"]) removes every value of the attribute.",
            ["PAT-025", "PAT-045", "GRP-010", "PAT-060", "DPR-026"]),
        new(StringBoolean500, "PATCH with the string \"True\"/\"False\" for a boolean attribute (as identity providers send for active) fails with 500.",
            ["PAT-042", "PAT-043", "ENT-017"]),
        new(PrimaryNotUnique, "PATCH that sets primary=true on one value leaves primary=true on the others.",
            ["PAT-029", "PAT-030", "PAT-060"]),
        new(RemoveWithoutPathAccepted, "PATCH remove without a path answers 200 and changes nothing instead of 400 noTarget.",
            ["PAT-050"]),
        new(MemberRemoveIgnored, "PATCH remove of members[value eq \"id\"] answers 200 but leaves the member in the group.",
            ["PAT-045", "GRP-010", "PAT-060", "DPR-026", "DPR-027", "DPR-031"]),
        new(ExtensionPathIgnored, "PATCH operations on URN-qualified extension attributes answer 200 but are silently dropped.",
            ["PAT-031", "PAT-032", "PAT-033", "PAT-034", "PAT-035", "PAT-060", "PAT-101",
             // Every extension attribute the workbench patches keeps its replaced value; the immutable one's PATCH is not refused.
             "ATT-User-enterprise.employeeNumber-roundtrip", "ATT-User-enterprise.costCenter-roundtrip", "ATT-User-enterprise.organization-roundtrip",
             "ATT-User-enterprise.division-roundtrip", "ATT-User-enterprise.department-roundtrip", "ATT-User-reference.employeeCode-roundtrip",
             "ATT-User-reference.remote-roundtrip", "ATT-User-reference.fte-roundtrip", "ATT-User-reference.badgeId-immutable",
             "ATT-User-reference.seniority-roundtrip", "ATT-User-reference.clearanceLevel-roundtrip", "ATT-User-reference.hireDate-roundtrip",
             "ATT-User-reference.avatar-roundtrip", "ATT-User-reference.workLocation-roundtrip", "ATT-User-reference.certifications-roundtrip",
             "ATT-User-reference.shift-roundtrip", "ATT-User-reference.skills-roundtrip", "ATT-Group-reference.groupCode-roundtrip",
             "ATT-Group-reference.visibility-roundtrip"]),
        new(ReadOnlyAccepted, "PATCH operations on readOnly attributes (id, meta, groups) answer 200 and are ignored instead of 400 mutability.",
            ["PAT-053"]),
    ];
}
