using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScimConformance.ReferenceServer.Http;

/// <summary>
/// JSON writing options: only what JSON requires is escaped, so values such as W/"1" read as sent.
/// Bodies are served as application/scim+json, never embedded in HTML.
/// </summary>
internal static class ScimJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
