using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>Builds the 400 invalidFilter answer for a filter that breaks RFC 7644 Figure 1 or uses an unsupported pairing.</summary>
internal static class FilterErrors
{
    public static ScimException Invalid(string detail) => ScimException.BadRequest(ScimErrorType.InvalidFilter, detail);
}
