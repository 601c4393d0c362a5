namespace ScimConformance.ReferenceServer.Resources;

/// <summary>Which kind of write is storing a resource.</summary>
internal enum ResourceWrite
{
    Create,
    Replace,
    Patch,
}
