namespace ScimConformance.ReferenceServer;

/// <summary>Defects of the basic resource operations, errors and discovery.</summary>
public static class FoundationDefects
{
    public const string NoLocationHeader = "no-location-header";
    public const string PasswordReturned = "password-returned";
    public const string UserNameUniquenessCaseSensitive = "username-uniqueness-case-sensitive";
    public const string DeleteReturns200 = "delete-returns-200";
    public const string SoftDeleteReadable = "soft-delete-readable";
    public const string ErrorStatusNumber = "error-status-number";
    public const string ClientIdHonoured = "client-id-honoured";
    public const string GroupMembersIgnored = "group-members-ignored";
    public const string FilterEqCaseSensitive = "filter-eq-case-sensitive";
    public const string MissingTotalResults = "missing-total-results";
    public const string JsonContentType = "json-content-type";
    public const string MetaLocationMissing = "meta-location-missing";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(NoLocationHeader, "POST answers 201 without a Location header.", ["USR-002"]),
        new(PasswordReturned, "The password attribute is stored in clear and echoed in POST, GET and list responses.", ["USR-008", "USR-009", "USR-010", "USR-011", "QRY-065", "SEC-060", "ATT-User-password-never-returned", "ATT-User-reference.pin-never-returned"]),
        new(UserNameUniquenessCaseSensitive, "A userName that differs from an existing one only in case is accepted as new.", ["USR-026", "ATT-User-userName-uniqueness"]),
        new(DeleteReturns200, "DELETE answers 200 with a body instead of 204 No Content.", ["USR-020", "DPR-011", "ENT-023", "ENT-036", "OKT-028"]),
        new(SoftDeleteReadable, "DELETE only deactivates the resource, which GET and lists still return.", ["USR-024", "GRP-006", "DPR-012", "DPR-013", "DPR-014", "DPR-015", "DPR-016", "DPR-017", "DPR-018", "DPR-019", "DPR-022", "DPR-029", "DPR-030", "DPR-032", "DPR-033"]),
        new(ErrorStatusNumber, "Error bodies carry status as a JSON number instead of a string.", ["ERR-003", "ERR-009", "ERR-013"]),
        new(ClientIdHonoured, "POST keeps an id supplied by the client instead of assigning one.", ["USR-006", "SEC-057"]),
        new(GroupMembersIgnored, "POST and PUT on /Groups silently drop the members attribute.", ["GRP-001", "GRP-002", "GRP-004", "GRP-011", "BLK-004", "ATT-Group-members-roundtrip"]),
        new(FilterEqCaseSensitive, "The eq filter operator compares case-sensitively even on caseExact=false attributes such as userName.", ["USR-028", "QRY-001", "QRY-002", "QRY-008", "QRY-029", "QRY-032", "QRY-039", "OKT-031",
            "ATT-User-userName-caseexact", "ATT-User-displayName-caseexact", "ATT-User-nickName-caseexact", "ATT-User-title-caseexact", "ATT-User-userType-caseexact", "ATT-User-preferredLanguage-caseexact", "ATT-User-locale-caseexact", "ATT-User-timezone-caseexact", "ATT-User-enterprise.employeeNumber-caseexact", "ATT-User-enterprise.costCenter-caseexact", "ATT-User-enterprise.organization-caseexact", "ATT-User-enterprise.division-caseexact", "ATT-User-enterprise.department-caseexact", "ATT-User-reference.employeeCode-caseexact", "ATT-User-reference.shift-caseexact", "ATT-User-reference.skills-caseexact", "ATT-Group-displayName-caseexact", "ATT-Group-reference.groupCode-caseexact", "ATT-Group-reference.visibility-caseexact"]),
        new(MissingTotalResults, "ListResponse messages omit totalResults.", ["USR-031", "QRY-057", "QRY-060", "QRY-061", "ENT-001", "ENT-003", "ENT-004", "ENT-028", "OKT-001", "OKT-002", "OKT-003", "OKT-011", "OKT-016", "OKT-017", "OKT-031", "ONE-001", "ONE-011"]),
        new(JsonContentType, "Responses are labelled Content-Type application/json instead of application/scim+json.", ["DSC-022", "USR-013", "USR-042", "ERR-007"]),
        new(MetaLocationMissing, "Resources are returned without meta.location.", ["USR-003"]),
    ];
}
