namespace ScimConformance.ReferenceServer;

/// <summary>The set of defects switched on for one host; each behaviour asks it at the point where it differs.</summary>
internal sealed class DefectSwitches
{
    private readonly HashSet<string> _on;

    public DefectSwitches(IEnumerable<string> names)
    {
        _on = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var defect = DefectCatalog.Find(name)
                ?? throw new ArgumentException(
                    $"Unknown defect '{name}'. Valid names: {string.Join(", ", DefectCatalog.Known.Select(d => d.Name))}.",
                    nameof(names));
            _on.Add(defect.Name);
        }
    }

    public bool IsOn(string name) => _on.Contains(name);

    /// <summary>True when at least one switch is on.</summary>
    public bool Any => _on.Count > 0;
}
