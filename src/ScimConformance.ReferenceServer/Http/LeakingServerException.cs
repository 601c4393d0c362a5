namespace ScimConformance.ReferenceServer.Http;

/// <summary>
/// A server failure whose internal text a defect sends to the client as the 500 detail (the disclosure that
/// the security checks look for). Only defect code throws it.
/// </summary>
internal sealed class LeakingServerException(string detail) : Exception(detail);
