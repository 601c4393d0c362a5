using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>What differs between resource types: validation before storing, and computed attributes on output.</summary>
internal interface IResourceRules
{
    ResourceKind Kind { get; }

    /// <summary>Validates and completes the content about to be stored; throws <see cref="ScimException"/> to refuse.</summary>
    void Prepare(JsonObject content, string id, ResourceStore store, ResourceWrite write);

    /// <summary>Adds attributes the server computes at read time.</summary>
    void Decorate(JsonObject rendered, ResourceStore store, ScimUrls urls);
}
