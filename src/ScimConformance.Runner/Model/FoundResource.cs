namespace ScimConformance.Runner.Model;

/// <summary>A resource the target created while its answer said otherwise, found by a lookup and deleted by the cleanup.</summary>
public sealed record FoundResource(string RelativePath, string ResourceType, string FoundBy);
