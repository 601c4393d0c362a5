namespace ScimConformance.ReferenceServer.Http;

/// <summary>A protocol error to be answered as a SCIM Error message; the detail is written for the client.</summary>
internal sealed class ScimException(int status, string? scimType, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string? ScimType { get; } = scimType;

    public static ScimException BadRequest(string scimType, string detail) => new(400, scimType, detail);
    public static ScimException NotFound(string detail) => new(404, null, detail);
}
