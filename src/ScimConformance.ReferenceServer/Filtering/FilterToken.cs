namespace ScimConformance.ReferenceServer.Filtering;

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

/// <summary>One lexical token of a filter; <see cref="Text"/> is the decoded value for strings.</summary>
internal sealed record FilterToken(FilterTokenKind Kind, string Text, int Position);
