using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources.Seams;

/// <summary>
/// Where a new resource's id comes from. RFC 7643 section 3.1: the service provider assigns it, unique across
/// resources, stable and never reassigned; the client's id is ignored.
/// </summary>
internal interface IIdSource
{
    string NewId(string tenant, ResourceKind kind, JsonObject body, ResourceStore store) => Guid.NewGuid().ToString();

    /// <summary>Told when a resource is deleted and its id stops being used.</summary>
    void Released(string tenant, ResourceKind kind, string id)
    {
    }
}
