using System.Globalization;
using System.Reflection;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Infrastructure;

/// <summary>One option a command's settings class declares with Spectre's <see cref="CommandOptionAttribute"/>.</summary>
public sealed record SettingsOption(string Flag, string? ValueName, bool ValueIsOptional, PropertyInfo Property)
{
    public bool TakesValue => ValueName is not null && !ValueIsOptional;

    /// <summary>The numeric type the value converts to, or null for text, lists and switches.</summary>
    public Type? NumberType
    {
        get
        {
            var type = Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;
            return type == typeof(int) || type == typeof(long) || type == typeof(double) ? type : null;
        }
    }
}

/// <summary>
/// Reads the options of Spectre settings classes by reflection, so checks of the command line and the reproduce
/// line are derived from the same declarations Spectre binds, never from a second list.
/// </summary>
public static class SettingsOptions
{
    public static IReadOnlyList<SettingsOption> Of(Type settingsType) =>
        settingsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<CommandOptionAttribute>()))
            .Where(x => x.Attribute is { LongNames.Count: > 0 })
            .Select(x => new SettingsOption("--" + x.Attribute!.LongNames[0], x.Attribute.ValueName, x.Attribute.ValueIsOptional, x.Property))
            .ToArray();

    /// <summary>The options set on <paramref name="settings"/> as command-line words, in declaration order (switches that are off and empty values left out).</summary>
    public static IEnumerable<(string Flag, string? Value)> Given(CommandSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var option in Of(settings.GetType()))
        {
            switch (option.Property.GetValue(settings))
            {
                case null or false:
                    break;
                case true:
                    yield return (option.Flag, null);
                    break;
                case string text when text.Length > 0:
                    yield return (option.Flag, text);
                    break;
                case string[] values:
                    foreach (var value in values) yield return (option.Flag, value);
                    break;
                case IFormattable number:
                    yield return (option.Flag, number.ToString(null, CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    /// <summary>The settings class a Spectre command type binds (<c>Command&lt;T&gt;</c> / <c>AsyncCommand&lt;T&gt;</c>).</summary>
    public static Type? SettingsTypeOf(Type commandType)
    {
        for (var type = commandType; type is not null; type = type.BaseType)
            if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Command<>) || type.GetGenericTypeDefinition() == typeof(AsyncCommand<>)))
                return type.GetGenericArguments()[0];
        return null;
    }
}
