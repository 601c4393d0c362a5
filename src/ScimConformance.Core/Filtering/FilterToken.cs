namespace ScimConformance.Core.Filtering;

internal enum FilterTokenKind
{
    Word,
    String,
    Number,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    End,
}

/// <summary>A lexeme of a filter. <see cref="SpacedBefore"/> records whether whitespace preceded it, because the ABNF requires SP between operands.</summary>
internal sealed record FilterToken(FilterTokenKind Kind, string Text, int Position, bool SpacedBefore, string? StringValue = null)
{
    public bool IsWord(string word) => Kind == FilterTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        FilterTokenKind.End => "end of filter",
        FilterTokenKind.String => "a string",
        FilterTokenKind.Number => "a number",
        _ => $"'{Text}'",
    };
}
