using System.Globalization;
using System.Text.Json;
using NUnit.Framework.Interfaces;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Runner.Model.Verdicts;

/// <summary>
/// Reads the <see cref="EvidenceProperties.Verdict"/> notes a check left and names its evidence: for each note, the
/// exchange that finished last before the verdict (the answer the check had just judged), and when that was a read, the
/// last write to the same resource before it (the request whose effect the read shows). A non-pass with no note (an
/// assertion outside <see cref="Verify"/>, an exception) rests on the check's last exchange.
/// </summary>
public static class VerdictNotes
{
    /// <summary>
    /// One verdict as noted: when, the cited id (null for a precondition), the outcome word, expected and observed, and the
    /// attribute it was about ("User.active"; null when the check did not say).
    /// </summary>
    public sealed record Note(DateTimeOffset At, string? Requirement, string Outcome, string? Expected, string? Observed, string? About = null);

    public static IReadOnlyList<Note> Read(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (!test.Properties.ContainsKey(EvidenceProperties.Verdict)) return [];
        return Parse(test.Properties[EvidenceProperties.Verdict].Cast<object>().Select(v => v.ToString() ?? ""));
    }

    public static IReadOnlyList<Note> Parse(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var notes = new List<Note>();
        foreach (var value in values)
        {
            try
            {
                using var document = JsonDocument.Parse(value);
                var note = document.RootElement;
                if (note.ValueKind != JsonValueKind.Object) continue;
                if (Text(note, "at") is not { } at || !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when)) continue;
                notes.Add(new Note(when, Text(note, "requirement"), Text(note, "outcome") ?? "", Text(note, "expected"), Text(note, "observed"), Text(note, "about")));
            }
            catch (JsonException)
            {
                // not a note: skipped, a suite's mistake must not cost the run its results
            }
        }
        return notes;
    }

    /// <summary>The notes that decided an outcome: the failing ones for a failure, the warning ones for a warning, the rest otherwise.</summary>
    public static IReadOnlyList<Note> Deciding(IReadOnlyList<Note> notes, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var word = outcome switch { Outcome.Fail => "fail", Outcome.Warn => "warn", Outcome.Error => "error", _ => null };
        if (word is null) return [];
        var deciding = notes.Where(n => n.Outcome == word).ToArray();
        return deciding.Length > 0 ? deciding : notes;
    }

    /// <summary>Indexes of the exchanges the deciding notes rest on, ascending; the last exchange when a non-pass left no note.</summary>
    public static IReadOnlyList<int> Evidence(IReadOnlyList<Note> deciding, IReadOnlyList<Exchange> exchanges, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(deciding);
        ArgumentNullException.ThrowIfNull(exchanges);
        if (exchanges.Count == 0 || outcome is Outcome.Pass or Outcome.Skip or Outcome.NotRun) return [];
        if (deciding.Count == 0) return [exchanges.Count - 1];
        var marked = new SortedSet<int>();
        foreach (var note in deciding)
        {
            var last = LastBefore(exchanges, note.At);
            if (last < 0) continue;
            marked.Add(last);
            if (WriteShown(exchanges, last) is { } write) marked.Add(write);
        }
        if (marked.Count == 0) marked.Add(exchanges.Count - 1);
        return marked.ToArray();
    }

    private static string? Text(JsonElement note, string name) =>
        note.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int LastBefore(IReadOnlyList<Exchange> exchanges, DateTimeOffset at)
    {
        var found = -1;
        for (var i = 0; i < exchanges.Count; i++)
            if (exchanges[i].StartedAt + exchanges[i].Duration <= at && (found < 0 || exchanges[i].StartedAt >= exchanges[found].StartedAt)) found = i;
        return found;
    }

    /// <summary>For a GET of a resource, the last earlier write (PUT, PATCH, POST, DELETE) to the same path; null otherwise.</summary>
    private static int? WriteShown(IReadOnlyList<Exchange> exchanges, int read)
    {
        if (!string.Equals(exchanges[read].Method, "GET", StringComparison.OrdinalIgnoreCase)) return null;
        var path = PathOf(exchanges[read].Url);
        for (var i = read - 1; i >= 0; i--)
        {
            var x = exchanges[i];
            if (x.Method is "PUT" or "PATCH" or "POST" or "DELETE" && string.Equals(PathOf(x.Url), path, StringComparison.Ordinal)) return i;
        }
        return null;
    }

    private static string PathOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath.TrimEnd('/') : url.Split('?', 2)[0].TrimEnd('/');
}
