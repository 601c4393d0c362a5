namespace ScimConformance.ReferenceServer;

/// <summary>Every defect switch the reference server knows.</summary>
public static class DefectCatalog
{
    public static IReadOnlyList<Defect> All { get; } =
    [
        new(DefectNames.NoLocationHeader, "POST answers 201 without a Location header.", ["USR-002"]),
        new(DefectNames.PasswordReturned, "The password attribute is stored in clear and echoed in POST, GET and list responses.", ["USR-008", "USR-009", "USR-010", "USR-011"]),
        new(DefectNames.UserNameUniquenessCaseSensitive, "A userName that differs from an existing one only in case is accepted as new.", ["USR-026"]),
        new(DefectNames.DeleteReturns200, "DELETE answers 200 with a body instead of 204 No Content.", ["USR-020"]),
        new(DefectNames.SoftDeleteReadable, "DELETE only deactivates the resource, which GET and lists still return.", ["USR-021", "USR-022", "USR-023", "USR-024", "GRP-006"]),
        new(DefectNames.ErrorStatusNumber, "Error bodies carry status as a JSON number instead of a string.", ["ERR-003", "ERR-009", "ERR-013"]),
        new(DefectNames.ClientIdHonoured, "POST keeps an id supplied by the client instead of assigning one.", ["USR-006"]),
        new(DefectNames.GroupMembersIgnored, "POST and PUT on /Groups silently drop the members attribute.", ["GRP-001", "GRP-002", "GRP-004"]),
        new(DefectNames.FilterEqCaseSensitive, "The eq filter operator compares case-sensitively even on caseExact=false attributes such as userName.", ["USR-028", "QRY-001", "QRY-002"]),
        new(DefectNames.MissingTotalResults, "ListResponse messages omit totalResults.", ["USR-031"]),
        new(DefectNames.JsonContentType, "Responses are labelled Content-Type application/json instead of application/scim+json.", ["DSC-022", "USR-013", "ERR-007"]),
        new(DefectNames.MetaLocationMissing, "Resources are returned without meta.location.", ["USR-003"]),
        new(DefectNames.FilterPrecedenceWrong, "Filters group \"or\" before \"and\", so a or b and c reads as (a or b) and c.", ["QRY-001", "QRY-004"]),
        new(DefectNames.InvalidFilter500, "A malformed filter or unknown operator answers 500 instead of 400 invalidFilter.", ["QRY-006"]),
        new(DefectNames.StartIndexZeroBased, "A startIndex sent by the client is read as a 0-based offset, so startIndex=1 skips the first result.", ["QRY-001", "QRY-002", "QRY-003", "QRY-004", "QRY-005", "QRY-007"]),
        new(DefectNames.FilterNeIncludesMissingMultiValued, "ne on a multi-valued attribute such as emails.value also matches resources that have no values for it.", ["QRY-001"]),
    ];

    public static Defect? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
