using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Resources.Seams;

/// <summary>
/// Points of DELETE (RFC 7644 section 3.6): a deleted resource is gone for every request, 404 afterwards, and its
/// memberships end; the groups it belonged to and their other members stay.
/// </summary>
internal interface IDeleteSeam
{
    /// <summary>True for an id whose row exists but that every request by id treats as absent.</summary>
    bool Hides(string id) => false;

    /// <summary>True when a DELETE of an id that does not exist is answered as if it had been deleted.</summary>
    bool AnswersMissing(ResourceStore store, ResourceKind kind, string id) => false;

    /// <summary>Does something in place of the deletion and returns true, in which case nothing is deleted.</summary>
    bool Instead(ResourceStore store, ResourceKind kind, JsonObject existing, ResourceSteps steps) => false;

    /// <summary>Just before the resource's row is deleted.</summary>
    void Deleting(ResourceStore store, ResourceKind kind, JsonObject existing, ResourceSteps steps)
    {
    }

    /// <summary>Whether deleting a resource of this kind removes it from the groups it was a member of.</summary>
    bool EndsMemberships(ResourceKind kind) => true;
}
