using System.Security.Cryptography;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Cli.Commands.Serve;

/// <summary>
/// The token `serve` demands: from the named variable or file, or generated and written to a file only
/// the owner can read, so it never has to appear on a console or in shell history.
/// </summary>
public static class ServeToken
{
    public static (string Token, string? WrittenTo) Resolve(ServeCommandSettings settings, CliContext cli)
    {
        if (settings.TokenEnv is not null)
        {
            var value = cli.GetEnvironment(settings.TokenEnv);
            if (string.IsNullOrWhiteSpace(value)) throw new ConfigurationException($"Environment variable {settings.TokenEnv} (--token-env) is not set or empty.");
            return (value.Trim(), null);
        }
        if (settings.TokenFile is not null)
        {
            var path = cli.FullPath(settings.TokenFile);
            if (!File.Exists(path)) throw new ConfigurationException($"Token file not found: {path}");
            var value = File.ReadAllText(path).Trim();
            if (value.Length == 0) throw new ConfigurationException($"Token file is empty: {path}");
            return (value, null);
        }

        var token = "serve-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var outPath = cli.FullPath(settings.TokenOut);
        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(outPath, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(token);
        // An existing file keeps its old mode on truncation; make sure it is private either way.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(outPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return (token, outPath);
    }
}
