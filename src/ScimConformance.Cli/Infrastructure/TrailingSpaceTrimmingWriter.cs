using System.Text;

namespace ScimConformance.Cli.Infrastructure;

/// <summary>
/// Passes text through but drops the spaces at the end of each line. Spectre pads tables, grids and help to the
/// console width; in a terminal that is invisible, in a CI log or a file it is hundreds of trailing spaces per line.
/// </summary>
public sealed class TrailingSpaceTrimmingWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _pendingSpaces = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        switch (value)
        {
            case ' ' or '\t':
                _pendingSpaces.Append(value);
                break;
            case '\n' or '\r':
                _pendingSpaces.Clear();
                inner.Write(value);
                break;
            default:
                if (_pendingSpaces.Length > 0)
                {
                    inner.Write(_pendingSpaces.ToString());
                    _pendingSpaces.Clear();
                }
                inner.Write(value);
                break;
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        foreach (var c in value) Write(c);
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Flush();
        base.Dispose(disposing);
    }
}
