namespace ScimConformance.Runner.Model;

/// <summary>Where the run pointed and how it authenticated; never the credential itself.</summary>
public sealed record TargetInfo(string BaseUrl, string AuthScheme);
