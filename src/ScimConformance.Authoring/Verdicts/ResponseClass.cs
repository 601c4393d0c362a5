namespace ScimConformance.Authoring;

/// <summary>The common classes of answer a check meets, by HTTP status; what each means is decided by <see cref="ResponsePolicy"/>.</summary>
public enum ResponseClass
{
    Success,
    Redirect,
    /// <summary>400, 409, 412, 413 and the other client errors not listed apart.</summary>
    Refused,
    /// <summary>401: the harness's own credentials were not accepted.</summary>
    Unauthenticated,
    /// <summary>403: the harness's credentials do not allow the operation.</summary>
    Forbidden,
    NotFound,
    MethodNotAllowed,
    /// <summary>429 that outlasted the client's own waiting.</summary>
    Throttled,
    NotImplemented,
    ServerError,
}
