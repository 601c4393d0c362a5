namespace ScimConformance.Core.Scoping;

/// <summary>The construct a run uses to narrow a query to its own data, narrowest first (see <see cref="ScopeProbe"/>).</summary>
public enum ScopeConstruct
{
    /// <summary><c>userName sw "&lt;prefix&gt;"</c>: one comparison covers everything the run named.</summary>
    StartsWith,

    /// <summary><c>userName eq "a" or userName eq "b" ...</c>: one comparison per resource the query is about.</summary>
    EqualsAny,

    /// <summary>No filter narrows: a check reads unfiltered pages and narrows them itself, under a page cap, or skips.</summary>
    None,
}
