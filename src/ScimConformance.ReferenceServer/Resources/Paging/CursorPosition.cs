namespace ScimConformance.ReferenceServer.Resources.Paging;

/// <summary>
/// Where a cursor-paged query goes on (RFC 9865): bound to the tenant, the resource type and the query it was issued
/// for, and valid until <paramref name="Expires"/> (Unix seconds).
/// </summary>
/// <param name="AfterSeq">Unsorted queries: the storage sequence of the last resource served; the next page starts after it.</param>
/// <param name="Offset">Sorted queries: how many results were served, for when <paramref name="LastId"/> has gone.</param>
/// <param name="LastId">Sorted queries: the id of the last resource served; the next page starts after it.</param>
internal sealed record CursorPosition(string Tenant, string Type, string Query, long AfterSeq, int Offset, string? LastId, long Expires);
