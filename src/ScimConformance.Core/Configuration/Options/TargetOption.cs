namespace ScimConformance.Core.Configuration.Options;

/// <summary>
/// One option of a run's target, declared once in <see cref="TargetOptions"/>: its command-line flag, its key in a
/// .runsettings file (and NUnit test parameter), the form and default of its value, its help line and how the
/// reproduce line repeats it. The CLI's flags, the settings reader, the validation messages and the reproduce
/// line are all derived from the declaration.
/// </summary>
public abstract record TargetOption
{
    /// <summary>"--timeout"; null for a parameter only a settings file or the runner sets.</summary>
    public string? Flag { get; init; }
    /// <summary>What the flag's value is called in help ("SECONDS"); null for a switch, which takes none.</summary>
    public string? ValueName { get; init; }
    /// <summary>The .runsettings / NUnit parameter name (<see cref="ParameterNames"/>); null for a command-line-only option.</summary>
    public string? Key { get; init; }
    public string Help { get; init; } = "";
    public ReproduceForm Reproduce { get; init; } = ReproduceForm.Always;
    /// <summary>Options sharing a group name are alternative sources of one value (a variable or a file): give one.</summary>
    public string? ExclusiveGroup { get; init; }
    /// <summary>The flag may be given more than once; its values join as a comma-separated list.</summary>
    public bool Repeatable { get; init; }

    public bool IsSwitch => ValueName is null;

    public abstract bool IsPath { get; }

    /// <summary>A valid value (for a switch, "true").</summary>
    public abstract string Example { get; }

    /// <summary>Throws a <see cref="ConfigurationException"/> naming <paramref name="source"/> when the text is not a value of this option.</summary>
    public abstract void Check(string text, string source);

    /// <summary>How messages name the option when its value came from a settings file: the key, and the flag that also sets it.</summary>
    public string SettingsLabel => Flag is null ? Key ?? "?" : $"{Key} ({Flag})";

    /// <summary>The flag, or the key of a settings-only parameter (test names, messages).</summary>
    public sealed override string ToString() => Flag ?? Key ?? "?";

    /// <summary>How help shows the flag: "--timeout &lt;SECONDS&gt;".</summary>
    public string Usage => IsSwitch ? Flag ?? "" : $"{Flag} <{ValueName}>";
}

/// <summary>A <see cref="TargetOption"/> whose value reads as a <typeparamref name="T"/>.</summary>
public sealed record TargetOption<T> : TargetOption
{
    public required OptionValue<T> Value { get; init; }
    /// <summary>The value when the option is not given (also shown in help when the help line does not say).</summary>
    public T Default { get; init; } = default!;

    public override bool IsPath => Value.IsPath;

    public override string Example => Value.Example;

    public T Parse(string text, string source)
    {
        var trimmed = text.Trim();
        try
        {
            if (trimmed.Length == 0) throw new OptionFormatException("is empty");
            return Value.Parse(trimmed);
        }
        catch (OptionFormatException e)
        {
            throw new ConfigurationException(Value.EchoValue && !e.HidesValue ? $"{source} '{trimmed}' {e.Message}." : $"{source} {e.Message}.");
        }
    }

    public override void Check(string text, string source) => Parse(text, source);
}
