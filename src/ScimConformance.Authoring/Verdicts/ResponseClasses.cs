namespace ScimConformance.Authoring;

/// <summary>Sorts a status into its <see cref="ResponseClass"/>; 401, 403, 404, 405, 429 and 501 each stand apart from their range.</summary>
public static class ResponseClasses
{
    public static ResponseClass Of(int status) => status switch
    {
        >= 200 and < 300 => ResponseClass.Success,
        >= 300 and < 400 => ResponseClass.Redirect,
        401 => ResponseClass.Unauthenticated,
        403 => ResponseClass.Forbidden,
        404 => ResponseClass.NotFound,
        405 => ResponseClass.MethodNotAllowed,
        429 => ResponseClass.Throttled,
        501 => ResponseClass.NotImplemented,
        >= 500 => ResponseClass.ServerError,
        _ => ResponseClass.Refused,
    };
}
