using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Patch;

/// <summary>How a PATCH answer is read: RFC 7644 §3.5.2 allows 200 with the resource or 204 with no body.</summary>
public enum PatchAnswer
{
    /// <summary>200 with the patched resource in the body.</summary>
    Resource,

    /// <summary>204 No Content: the change is seen only by reading the resource back.</summary>
    NoContent,

    /// <summary>A 2xx that is neither of the two forms RFC 7644 §3.5.2 allows (e.g. 200 without a resource).</summary>
    MalformedSuccess,

    /// <summary>The endpoint refused or failed the request (any non-2xx).</summary>
    Refused,
}

/// <summary>Classifies PATCH answers so that every check treats 200-with-resource and 204 alike.</summary>
public static class PatchResponses
{
    public static PatchAnswer Classify(ScimResponse response, string expectedId)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.IsSuccess) return PatchAnswer.Refused;
        if (response.Status == 204) return string.IsNullOrWhiteSpace(response.Body) ? PatchAnswer.NoContent : PatchAnswer.MalformedSuccess;
        return response.Status == 200 && response.Object is JsonObject body && string.Equals(body.Text("id"), expectedId, StringComparison.Ordinal)
            ? PatchAnswer.Resource
            : PatchAnswer.MalformedSuccess;
    }

    /// <summary>True for the two answers RFC 7644 §3.5.2 allows for a successful PATCH.</summary>
    public static bool IsAccepted(PatchAnswer answer) => answer is PatchAnswer.Resource or PatchAnswer.NoContent;
}
