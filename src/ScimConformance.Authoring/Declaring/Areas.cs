namespace ScimConformance.Authoring;

/// <summary>Area names; each is also an NUnit category, so `--include area:Users` and IDE filters agree.</summary>
public static class Areas
{
    public const string Discovery = "Discovery";
    public const string Schema = "Schema";
    public const string Users = "Users";
    public const string Groups = "Groups";
    public const string Errors = "Errors";
    public const string Query = "Query";
    public const string Patch = "Patch";
    public const string Bulk = "Bulk";
    public const string Versioning = "Versioning";
    public const string Security = "Security";
    public const string Deprovisioning = "Deprovisioning";
    public const string Profiles = "Profiles";
}
