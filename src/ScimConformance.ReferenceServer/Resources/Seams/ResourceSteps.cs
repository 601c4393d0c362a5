using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Resources.Seams;

/// <summary>The steps of a write that a seam may reuse instead of repeating them: storing changed content and ending a resource's memberships.</summary>
/// <param name="Store">Stores new content for a stored resource, with a new version when it changed.</param>
/// <param name="LeaveGroups">Removes a resource id from every group's members.</param>
internal sealed record ResourceSteps(Action<JsonObject, JsonObject> Store, Action<string> LeaveGroups);
