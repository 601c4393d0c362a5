namespace ScimConformance.Cli.Commands.Load;

/// <summary>The steps of one user's provisioning flow, in order, as an identity provider runs them.</summary>
public enum LoadStep
{
    Create,
    Lookup,
    Update,
    Deactivate,
    Delete,
}
