using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// Predicts what a compliant service provider does with a PATCH request (RFC 7644 §3.5.2), using the
/// schemas the endpoint advertises: the patched resource, or the 400 error and scimType it must answer with.
/// The input resource is never modified; the request is atomic (any failing operation fails all).
/// </summary>
public sealed class PatchOracle
{
    private readonly DiscoveryResult discovery;
    private readonly PatchOracleOptions options;
    private readonly IValueFilterParser filters = new SharedValueFilterParser();
    private readonly ConcurrentDictionary<string, ResourceShape> shapes = new(StringComparer.OrdinalIgnoreCase);

    public PatchOracle(DiscoveryResult discovery, PatchOracleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        this.discovery = discovery;
        this.options = options ?? new PatchOracleOptions();
    }

    /// <param name="resourceType">The resource type's name as /ResourceTypes lists it ("User", "Group").</param>
    /// <exception cref="ArgumentException">The discovery result does not know <paramref name="resourceType"/>.</exception>
    public PatchOutcome Apply(JsonObject resource, string resourceType, JsonObject patchRequest)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(resourceType);
        ArgumentNullException.ThrowIfNull(patchRequest);
        var shape = shapes.GetOrAdd(resourceType, type => ResourceShape.For(discovery, type));
        var working = (JsonObject)resource.DeepClone();
        try
        {
            var paths = new PatchPathParser(shape, filters);
            var writer = new PatchWriter(shape, new ValueNormalizer(options));
            var remover = new PatchRemover(shape);
            foreach (var operation in PatchRequestReader.Read(patchRequest))
                ApplyOne(working, operation, paths, writer, remover);
            ResourceTidy.Tidy(shape, working);
            return PatchOutcome.Success(working);
        }
        catch (PatchRejectedException rejected)
        {
            return PatchOutcome.Failure(new PatchError(400, rejected.ScimType, rejected.Message));
        }
    }

    private static void ApplyOne(JsonObject resource, PatchOperation operation, PatchPathParser paths, PatchWriter writer, PatchRemover remover)
    {
        try
        {
            if (operation.Kind == PatchOpKind.Remove)
            {
                if (operation.Path is null) throw PatchRejectedException.NoTarget("remove requires a \"path\" (RFC 7644 §3.5.2.2).");
                remover.Remove(resource, paths.Parse(operation.Path), operation.Value);
                return;
            }
            var value = operation.Value;
            if (value is null || value.GetValueKind() == JsonValueKind.Null)
                throw PatchRejectedException.InvalidValue($"{operation.Kind.ToString().ToLowerInvariant()} requires a \"value\".");
            if (operation.Path is not null)
            {
                writer.Write(resource, paths.Parse(operation.Path), value, operation.Kind);
                return;
            }
            // Without a path the value's members name the targets, each as an attribute path or extension URN.
            if (value is not JsonObject members)
                throw PatchRejectedException.InvalidValue("Without a \"path\", \"value\" must be an object of attributes.");
            foreach (var (name, member) in members.ToArray())
            {
                if (name.Contains('[', StringComparison.Ordinal))
                    throw PatchRejectedException.InvalidPath($"\"{name}\" in a path-less value cannot carry a value filter.");
                writer.Write(resource, paths.Parse(name), member, operation.Kind);
            }
        }
        catch (PatchRejectedException rejected)
        {
            var where = operation.Path is null ? "" : $" \"{operation.Path}\"";
            throw new PatchRejectedException(rejected.ScimType, $"Operations[{operation.Index}] ({operation.Kind.ToString().ToLowerInvariant()}{where}): {rejected.Message}");
        }
    }
}
