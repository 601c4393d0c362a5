using System.Xml;
using System.Xml.Linq;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Cli.Configuration;

/// <summary>
/// Reads the TestRunParameters of a .runsettings file, the format `dotnet test --settings` uses, so one
/// file configures both `scimconf run --settings` and an IDE run of the suites.
/// </summary>
public static class RunSettingsFile
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (FileNotFoundException)
        {
            throw new ConfigurationException($"Settings file not found: {path}");
        }
        catch (DirectoryNotFoundException)
        {
            throw new ConfigurationException($"Settings file not found: {path}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ConfigurationException($"Settings file is not readable: {path}");
        }
        catch (XmlException e)
        {
            throw new ConfigurationException($"Settings file {path} is not valid XML (line {e.LineNumber}): {e.Message}");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in document.Root?.Elements("TestRunParameters").Elements("Parameter") ?? [])
        {
            var name = parameter.Attribute("name")?.Value;
            var value = parameter.Attribute("value")?.Value;
            if (string.IsNullOrWhiteSpace(name) || value is null)
                throw new ConfigurationException($"Settings file {path}: every <Parameter> needs a name and a value attribute.");
            parameters[name] = value;
        }
        return parameters;
    }
}
