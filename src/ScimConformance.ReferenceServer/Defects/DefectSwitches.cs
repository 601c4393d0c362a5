namespace ScimConformance.ReferenceServer;

/// <summary>The set of defects switched on for one host; each behaviour asks it at the point where it differs.</summary>
internal sealed class DefectSwitches
{
    private readonly HashSet<string> _on;
    private readonly Action<string>? _asked;

    /// <param name="names">The switches to turn on.</param>
    /// <param name="asked">Told the name of every switch a behaviour asks about, on or off (see <see cref="ReferenceServerOptions.DefectAsked"/>).</param>
    public DefectSwitches(IEnumerable<string> names, Action<string>? asked = null)
    {
        _asked = asked;
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

    public bool IsOn(string name)
    {
        _asked?.Invoke(name);
        return _on.Contains(name);
    }

    /// <summary>
    /// True when at least one switch is on, or when a listener records where switches are asked: that probe needs the
    /// switched behaviours to ask even though none is on.
    /// </summary>
    public bool Any => _on.Count > 0 || _asked is not null;
}
