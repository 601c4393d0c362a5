using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Resources.Seams;

/// <summary>Points of versioning (RFC 7644 section 3.14): If-Match is a precondition, and every change gives a new version.</summary>
internal interface IVersionSeam
{
    /// <summary>Whether an If-Match header is evaluated before PUT, PATCH and DELETE.</summary>
    bool EvaluatesIfMatch => true;

    /// <summary>The meta a changed resource is stored with, given the meta of its stored form.</summary>
    JsonObject Modified(JsonObject stored, JsonObject modifiedMeta) => modifiedMeta;
}
