namespace ScimConformance.Authoring;

/// <summary>
/// The one outcome policy for the common response classes (docs/verdicts.md). A pure function of the status and the
/// exchange's role, so the same evidence ends the same in every check: a deviation only when the endpoint refused or broke
/// a valid request the check is about; a skip only when an endpoint the RFC lets a server leave out is absent; an error
/// whenever the answer says nothing about what the check judges (a refused set-up step, the harness's own credentials refused).
/// </summary>
public static class ResponsePolicy
{
    public static ResponseDecision Decide(int status, ExchangeRole role)
    {
        var kind = ResponseClasses.Of(status);
        if (kind == ResponseClass.Success) return new(VerdictKind.Proceed, kind, "answered " + status);
        var optional = role is ExchangeRole.OptionalSubject or ExchangeRole.OptionalSetUp;
        if (optional && kind is ResponseClass.NotFound or ResponseClass.MethodNotAllowed or ResponseClass.NotImplemented)
            return new(VerdictKind.Skip, kind, $"answered {status} ({Meaning(kind)}): the endpoint does not offer this optional feature");
        if (role is ExchangeRole.SetUp or ExchangeRole.OptionalSetUp)
            return new(VerdictKind.Error, kind, $"answered {status} ({Meaning(kind)}): this check builds on that step, so it cannot be judged; the check about that step judges the answer");
        return kind switch
        {
            ResponseClass.Unauthenticated or ResponseClass.Forbidden =>
                new(VerdictKind.Error, kind, $"answered {status}: the harness's credentials were not accepted for this request, so nothing about the endpoint's behaviour could be observed; check the token and its scopes"),
            ResponseClass.Throttled =>
                new(VerdictKind.Error, kind, $"answered {status} after the client's own waiting; no evidence could be had"),
            _ => new(VerdictKind.Deviation, kind, $"answered {status} ({Meaning(kind)}) to a valid request"),
        };
    }

    private static string Meaning(ResponseClass kind) => kind switch
    {
        ResponseClass.Redirect => "a redirect instead of an answer",
        ResponseClass.Refused => "refused",
        ResponseClass.Unauthenticated => "credentials not accepted",
        ResponseClass.Forbidden => "forbidden",
        ResponseClass.NotFound => "not found",
        ResponseClass.MethodNotAllowed => "method not allowed",
        ResponseClass.Throttled => "too many requests",
        ResponseClass.NotImplemented => "not implemented",
        ResponseClass.ServerError => "server error",
        _ => "success",
    };
}
